// What an approver must check before approving a payout, on one screen: the destination in full
// with the provider's check, the amount, fee and what arrives, who asked and why, earlier payouts
// to the same destination, and the limits. Approve stays disabled until the approver types the
// amount again; a person cannot approve what they requested (the dialog says so and offers only
// Close). Rejecting needs a reason.
#pragma once

#include "models/payouts/PayoutStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sarraf {

class PayoutApprovalDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { None, Approve, Reject };

    PayoutApprovalDialog(const Payout &payout, const QList<Payout> &earlierToSameDestination,
                         const PayoutLimits &limits, const Decimal &approvedToday, const QString &operatorName,
                         QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    QString rejectionReason() const;
    // Why this operator may not approve (self-approval, already approved), empty when they may.
    QString refusal() const { return m_refusal; }

private:
    void updateButtons();

    Payout m_payout;
    QString m_refusal;
    Decision m_decision = Decision::None;
    QLineEdit *m_retype = nullptr;
    QLabel *m_retypeState = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace sarraf
