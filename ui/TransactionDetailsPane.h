// The details of the selected transaction, under its table: every field, the status history as a
// timeline, the provider's raw answer (indented, secrets already redacted when it was stored) and
// the actions that fit it: refresh now, copy id, open the payment link, a receipt to print or
// save as PDF, cancel (with a confirmation) where the provider's API can.
#pragma once

#include "models/table/TransactionPageReader.h"

#include <QWidget>

#include <QSet>

#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sarraf {

class TransactionDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionDetailsPane(QWidget *parent = nullptr);

    void showDetails(const std::optional<TransactionDetails> &details);
    void clear();
    std::optional<TrackedTransaction> shown() const;
    // The shown transaction's receipt as PDF; asks where when path is empty. Answers with
    // receiptSaved.
    void saveReceipt(QString path = {});
    void printReceipt();
    // The provider answered a cancel of this transaction (whatever it said): it may be asked again.
    void cancelFinished(const QString &provider, const QString &providerId);

Q_SIGNALS:
    // Ask the provider again about the shown transaction (the window passes it to the scheduler).
    void refreshRequested(const QString &provider, const QString &providerId);
    // The person confirmed cancelling the shown order (a GREENGO order or Premium Exchanger bid).
    void cancelRequested(const sarraf::TrackedTransaction &record);
    void receiptSaved(bool ok, const QString &message); // a sentence for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirmCancel();
    void retranslate();
    void fill();

    std::optional<TransactionDetails> m_details;
    QSet<QString> m_cancelling; // "provider/id" of cancels sent and not answered yet
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_fieldsPage = nullptr;
    QFormLayout *m_fields = nullptr;
    QListWidget *m_history = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_copyId = nullptr;
    QPushButton *m_openLink = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_receipt = nullptr;
    QAction *m_saveReceipt = nullptr;
    QAction *m_printReceipt = nullptr;
};

} // namespace sarraf
