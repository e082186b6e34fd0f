#include "ui/PayoutApprovalDialog.h"

#include "models/domain/Bidi.h"
#include "models/table/DisplayText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

QString money(const Money &m)
{
    return display::amount(m.amountText(), m.currency());
}

QLabel *valueLabel(const QString &text, QWidget *parent, bool leftToRightText = false)
{
    auto *label = new QLabel(leftToRightText ? leftToRight(text) : text, parent);
    // What a requester or a provider wrote is shown as written, never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PayoutApprovalDialog::PayoutApprovalDialog(const Payout &payout, const QList<Payout> &earlierToSameDestination,
                                           const PayoutLimits &limits, const Decimal &approvedToday,
                                           const QString &operatorName, QWidget *parent)
    : QDialog(parent), m_payout(payout)
{
    setObjectName(u"payoutApprovalDialog"_s);
    //: %1 payout number
    setWindowTitle(tr("Review payout %1").arg(payout.id));
    auto *layout = new QVBoxLayout(this);
    // Two columns, so everything fits on a laptop's screen: the payout and the provider's word on the
    // leading side, its history and the limits beside them.
    auto *columns = new QHBoxLayout;
    auto *leading = new QVBoxLayout;
    auto *trailing = new QVBoxLayout;
    columns->addLayout(leading, 3);
    columns->addLayout(trailing, 2);
    layout->addLayout(columns);

    auto *what = new QGroupBox(tr("The payout"), this);
    auto *form = new QFormLayout(what);
    form->addRow(tr("Provider:"), valueLabel(display::providerName(payout.provider), what));
    auto *destination = valueLabel(payout.destination, what, true);
    destination->setObjectName(u"destination"_s);
    QFont mono = destination->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    destination->setFont(mono);
    form->addRow(tr("Destination:"), destination);
    if (!payout.method.isEmpty())
        form->addRow(tr("Payout currency id:"), valueLabel(payout.method, what, true));
    auto *amount = valueLabel(money(payout.amount), what);
    amount->setObjectName(u"amount"_s);
    QFont bold = amount->font();
    bold.setBold(true);
    amount->setFont(bold);
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("Fee:"), valueLabel(payout.fee ? money(*payout.fee) : tr("not estimated"), what));
    if (payout.check && payout.check->net)
        form->addRow(tr("Arrives:"), valueLabel(money(*payout.check->net), what));
    //: %1 operator name, %2 date and time
    const QString requested = tr("%1 on %2").arg(payout.requestedBy, display::dateTime(payout.requestedAt));
    form->addRow(tr("Requested by:"), valueLabel(requested, what));
    if (!payout.reason.isEmpty())
        form->addRow(tr("Note:"), valueLabel(payout.reason, what));
    if (!payout.approvers.isEmpty())
        form->addRow(tr("Approved by:"), valueLabel(payout.approvers.join(u", "), what));
    leading->addWidget(what);

    auto *provider = new QGroupBox(tr("What the provider said"), this);
    auto *providerLayout = new QVBoxLayout(provider);
    QLabel *check = nullptr;
    if (!payout.check) {
        check = valueLabel(tr("The provider has not checked this destination yet: it cannot be approved."), provider);
    } else {
        //: %1 operator, %2 time, %3 the provider's findings
        check = valueLabel((payout.check->valid ? tr("Valid. Checked by %1 on %2. %3")
                                                : tr("NOT valid. Checked by %1 on %2. %3"))
                               .arg(payout.check->checkedBy, display::dateTime(payout.check->checkedAt),
                                    payout.check->summary),
                           provider);
    }
    check->setObjectName(u"providerCheck"_s);
    if (!payout.check || !payout.check->valid)
        check->setStyleSheet(u"color: #b31b1b;"_s);
    providerLayout->addWidget(check);
    leading->addWidget(provider);
    leading->addStretch(1);

    auto *history = new QGroupBox(tr("Earlier payouts to this destination"), this);
    auto *historyLayout = new QVBoxLayout(history);
    QStringList earlier;
    for (const Payout &p : earlierToSameDestination.mid(0, 5))
        //: One earlier payout: %1 number, %2 amount, %3 state, %4 date
        earlier.append(tr("#%1: %2, %3, %4").arg(p.id).arg(money(p.amount), PayoutStates::displayName(p.state),
                                                           display::dateTime(p.requestedAt)));
    auto *earlierLabel = valueLabel(earlier.isEmpty()
                                        ? tr("None: this is the first payout to this destination. Check it with "
                                             "particular care.")
                                        : tr("%Ln earlier payout(s):", nullptr, int(earlierToSameDestination.size()))
                                              + u'\n' + earlier.join(u'\n'),
                                    history);
    earlierLabel->setObjectName(u"earlierPayouts"_s);
    historyLayout->addWidget(earlierLabel);
    trailing->addWidget(history);

    auto *limitBox = new QGroupBox(tr("Limits"), this);
    auto *limitLayout = new QVBoxLayout(limitBox);
    const QString currency = payout.amount.currency();
    QStringList limitLines;
    const auto single = limits.singleApprovalUpTo.constFind(currency);
    if (single == limits.singleApprovalUpTo.constEnd())
        limitLines.append(tr("%1 has no single-approval limit: every payout needs two approvers.").arg(currency));
    else
        limitLines.append(limits.needsTwoApprovals(payout.amount)
                              ? tr("Above the single-approval limit of %1: two different people must approve.")
                                    .arg(display::amount(single->toString(), currency))
                              : tr("Within the single-approval limit of %1: one approval is enough.")
                                    .arg(display::amount(single->toString(), currency)));
    const auto daily = limits.dailyLimit.constFind(currency);
    if (daily != limits.dailyLimit.constEnd()) {
        //: %1 approved today, %2 the daily limit
        limitLines.append(tr("Approved today: %1 of the daily limit %2.")
                              .arg(display::amount(approvedToday.toString(), currency),
                                   display::amount(daily->toString(), currency)));
        if (payout.state == PayoutState::Requested && approvedToday + payout.amount.amount() > *daily)
            limitLines.append(tr("Approving this payout would pass the daily limit: it will be refused."));
    }
    auto *limitLabel = valueLabel(limitLines.join(u'\n'), limitBox);
    limitLabel->setObjectName(u"limits"_s);
    limitLayout->addWidget(limitLabel);
    trailing->addWidget(limitBox);
    trailing->addStretch(1);

    // The deliberate part: who may approve, and the amount typed again.
    const QString me = PayoutStore::operatorKey(operatorName);
    if (me.isEmpty())
        m_refusal = tr("Set your operator name on the Payouts page first: every approval records who gave it.");
    else if (PayoutStore::operatorKey(payout.requestedBy) == me)
        m_refusal = tr("You requested this payout, so you cannot approve it. Another person must.");
    else if (std::any_of(payout.approvers.cbegin(), payout.approvers.cend(),
                         [&me](const QString &a) { return PayoutStore::operatorKey(a) == me; }))
        m_refusal = tr("You have already approved this payout. The second approval must come from another person.");
    else if (!payout.check || !payout.check->valid)
        m_refusal = tr("The provider has not found this destination valid, so it cannot be approved.");
    else if (payout.state == PayoutState::SecondApproved
             || (payout.state == PayoutState::Approved && !limits.needsTwoApprovals(payout.amount)))
        m_refusal = tr("This payout has all the approvals it needs. You can still reject it before it is sent.");
    auto *confirm = new QGroupBox(tr("Your decision"), this);
    auto *confirmLayout = new QFormLayout(confirm);
    if (!m_refusal.isEmpty()) {
        auto *refusal = valueLabel(m_refusal, confirm);
        refusal->setObjectName(u"refusal"_s);
        refusal->setStyleSheet(u"color: #b31b1b; font-weight: bold;"_s);
        confirmLayout->addRow(refusal);
    } else {
        m_retype = new QLineEdit(confirm);
        m_retype->setObjectName(u"retypeAmount"_s);
        m_retype->setPlaceholderText(tr("the amount, as shown above"));
        m_retypeState = new QLabel(confirm);
        m_retypeState->setObjectName(u"retypeState"_s);
        //: %1 the currency code
        confirmLayout->addRow(tr("Type the amount in %1 to approve:").arg(currency), m_retype);
        confirmLayout->addRow(QString(), m_retypeState);
        connect(m_retype, &QLineEdit::textChanged, this, &PayoutApprovalDialog::updateButtons);
    }
    m_reason = new QLineEdit(confirm);
    m_reason->setObjectName(u"rejectReason"_s);
    m_reason->setPlaceholderText(tr("why, for the requester"));
    confirmLayout->addRow(tr("Reason to reject:"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &PayoutApprovalDialog::updateButtons);
    layout->addWidget(confirm);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(u"approve"_s);
    if (m_refusal.isEmpty())
        buttons->addButton(m_approve, QDialogButtonBox::AcceptRole);
    else
        m_approve->hide(); // nothing to approve with: the refusal above says why
    m_reject = buttons->addButton(tr("Reject"), QDialogButtonBox::DestructiveRole);
    m_reject->setObjectName(u"reject"_s);
    buttons->addButton(QDialogButtonBox::Close);
    // Nothing is the default: Enter in the amount field must not approve.
    m_approve->setAutoDefault(false);
    m_reject->setAutoDefault(false);
    const bool beforeSending = PayoutStates::isBeforeSending(payout.state);
    m_reason->setEnabled(beforeSending);
    m_reject->setVisible(beforeSending);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Approve;
        accept();
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Reject;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(860);
    updateButtons();
    if (m_retype)
        m_retype->setFocus();
}

QString PayoutApprovalDialog::rejectionReason() const
{
    return m_reason->text().trimmed();
}

void PayoutApprovalDialog::updateButtons()
{
    bool matches = false;
    if (m_retype) {
        const QString typed = display::amountFromPeople(m_retype->text().trimmed(), locale());
        const Result<Decimal> value = Decimal::parse(typed);
        matches = value && *value == m_payout.amount.amount();
        m_retypeState->setText(m_retype->text().trimmed().isEmpty() ? QString()
                               : matches                           ? tr("The amount matches.")
                                                                   : tr("This is not the payout's amount."));
    }
    m_approve->setEnabled(m_refusal.isEmpty() && matches);
    m_reject->setEnabled(!rejectionReason().isEmpty());
}

} // namespace sarraf
