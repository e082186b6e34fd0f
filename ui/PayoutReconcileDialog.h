// Settling a payout that needs reconciliation: what happened when it was sent, what the provider
// says when asked (its payout list, the imported webhooks, the balance), and the person's decision
// with the words on what they checked, which the audit log keeps.
#pragma once

#include "models/domain/Payout.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sarraf {

class PayoutDesk;

class PayoutReconcileDialog final : public QDialog
{
    Q_OBJECT
public:
    PayoutReconcileDialog(const Payout &payout, PayoutDesk *desk, QWidget *parent = nullptr);

    // Valid once accepted.
    PayoutState outcome() const;
    QString reference() const;
    QString checked() const;

private:
    void askProvider();
    void updateButtons();

    Payout m_payout;
    PayoutDesk *m_desk;
    QPushButton *m_ask;
    QLabel *m_said;
    QButtonGroup *m_outcome;
    QLineEdit *m_reference;
    QPlainTextEdit *m_checked;
    QPushButton *m_settle;
};

} // namespace sarraf
