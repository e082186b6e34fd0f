// The Payouts page: the queue by state with totals per currency and today's approved total against
// the daily limit, and the moves a finance person makes (request, review and approve or reject,
// send, follow up, reconcile). Everything runs through the PayoutDesk, off the GUI thread.
#pragma once

#include "models/payouts/PayoutDesk.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sarraf {

class PayoutsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PayoutsPage(QWidget *parent = nullptr);

    void setDesk(PayoutDesk *desk);
    void refresh();
    // The selected payout's number, 0 when none.
    qint64 selectedId() const;
    void selectPayout(qint64 id);
    // The dialogs, opened for the selected payout (also what the buttons do).
    void requestPayout();
    void reviewSelected();
    void reconcileSelected();
    void sendSelected();
    void followUpSelected();
    void checkSelected();
    void changeOperatorName();

Q_SIGNALS:
    // The person chose the name they act under; the window keeps it in the profile.
    void operatorNameChosen(const QString &name);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void present(const PayoutSnapshot &snapshot);
    void fillTable();
    void updateButtons();
    std::optional<Payout> selected() const;
    using Said = std::function<QString(const Payout &)>;
    // Starts one of the desk's moves; the page waits (its buttons off) for the answer, then shows the
    // error, or says `said` of the payout in the status bar and selects it.
    void act(const std::function<void(PayoutDesk::Callback<Payout>)> &move, const Said &said);
    static QString stateSaid(const Payout &payout);

    QPointer<PayoutDesk> m_desk;
    PayoutSnapshot m_snapshot;
    QLabel *m_operator;
    QPushButton *m_changeOperator;
    QLabel *m_summary;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QPushButton *m_new;
    QPushButton *m_refresh;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QPushButton *m_review;
    QPushButton *m_send;
    QPushButton *m_followUp;
    QPushButton *m_reconcile;
    QPushButton *m_checkAgain;
    QLabel *m_error;
    bool m_busy = false;
};

} // namespace sarraf
