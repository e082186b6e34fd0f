// The Audit page: whether the audit log's hash chain is intact (and where it breaks when it is
// not), over its newest rows: who did what to which payout or limit, from which state to which.
#pragma once

#include "models/payouts/PayoutDesk.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sarraf {

class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ShownRows = 1000;

    explicit AuditPage(QWidget *parent = nullptr);
    void setDesk(PayoutDesk *desk);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void present(const AuditSnapshot &snapshot);

    QPointer<PayoutDesk> m_desk;
    std::optional<AuditSnapshot> m_snapshot;
    QLabel *m_state;
    QPushButton *m_verify;
    QTableView *m_table;
    QStandardItemModel *m_model;
};

} // namespace sarraf
