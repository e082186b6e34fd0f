#include "ui/PayoutReconcileDialog.h"

#include "models/payouts/PayoutDesk.h"
#include "models/table/DisplayText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {

PayoutReconcileDialog::PayoutReconcileDialog(const Payout &payout, PayoutDesk *desk, QWidget *parent)
    : QDialog(parent), m_payout(payout), m_desk(desk)
{
    setObjectName(u"payoutReconcileDialog"_s);
    setWindowTitle(tr("Reconcile payout %1").arg(payout.id));
    auto *layout = new QVBoxLayout(this);
    //: %1 amount, %2 provider, %3 destination
    auto *intro = new QLabel(tr("%1 through %2 to %3.")
                                 .arg(display::amount(payout.amount.amountText(), payout.amount.currency()),
                                      display::providerName(payout.provider), payout.destination)
                                 + u"\n\n"
                                 + tr("Sarraf does not know whether the provider carried it out: %1 It will not be "
                                      "sent again. Find out what happened and record it here.")
                                       .arg(payout.reason),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    auto *provider = new QGroupBox(tr("What the provider says"), this);
    auto *providerLayout = new QVBoxLayout(provider);
    m_ask = new QPushButton(tr("Ask the provider"), provider);
    m_ask->setObjectName(u"askProvider"_s);
    m_said = new QLabel(tr("Not asked yet."), provider);
    m_said->setObjectName(u"providerSays"_s);
    m_said->setTextFormat(Qt::PlainText);
    m_said->setWordWrap(true);
    m_said->setTextInteractionFlags(Qt::TextSelectableByMouse);
    providerLayout->addWidget(m_ask, 0, Qt::AlignLeading);
    providerLayout->addWidget(m_said);
    layout->addWidget(provider);
    connect(m_ask, &QPushButton::clicked, this, &PayoutReconcileDialog::askProvider);

    auto *decision = new QGroupBox(tr("What happened"), this);
    auto *form = new QFormLayout(decision);
    m_outcome = new QButtonGroup(this);
    const QList<std::pair<PayoutState, QString>> outcomes{
        {PayoutState::Submitted, tr("The provider received it and is paying it out")},
        {PayoutState::Completed, tr("The provider paid it out")},
        {PayoutState::Failed, tr("The provider did not pay it: no money left")},
    };
    auto *choices = new QVBoxLayout;
    for (const auto &[state, text] : outcomes) {
        auto *button = new QRadioButton(text, decision);
        button->setObjectName(u"outcome-"_s + PayoutStates::key(state));
        m_outcome->addButton(button, int(state));
        choices->addWidget(button);
    }
    form->addRow(tr("Outcome:"), choices);
    m_reference = new QLineEdit(decision);
    m_reference->setObjectName(u"reference"_s);
    m_reference->setLayoutDirection(Qt::LeftToRight);
    m_reference->setPlaceholderText(tr("the provider's id for it, when known"));
    form->addRow(tr("Provider's reference:"), m_reference);
    m_checked = new QPlainTextEdit(decision);
    m_checked->setObjectName(u"checked"_s);
    m_checked->setPlaceholderText(tr("What you checked, and where: the provider's list, its balance, a message from "
                                     "their support. Kept in the audit log."));
    m_checked->setFixedHeight(80);
    form->addRow(tr("What you checked:"), m_checked);
    layout->addWidget(decision);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_settle = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_settle->setObjectName(u"settle"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_outcome, &QButtonGroup::idClicked, this, &PayoutReconcileDialog::updateButtons);
    connect(m_checked, &QPlainTextEdit::textChanged, this, &PayoutReconcileDialog::updateButtons);
    setMinimumWidth(560);
    updateButtons();
}

PayoutState PayoutReconcileDialog::outcome() const
{
    return PayoutState(m_outcome->checkedId());
}

QString PayoutReconcileDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString PayoutReconcileDialog::checked() const
{
    return m_checked->toPlainText().trimmed();
}

void PayoutReconcileDialog::updateButtons()
{
    m_settle->setEnabled(m_outcome->checkedId() >= 0 && !checked().isEmpty());
}

void PayoutReconcileDialog::askProvider()
{
    if (!m_desk)
        return;
    m_ask->setEnabled(false);
    m_said->setText(tr("Asking…"));
    m_desk->investigate(m_payout.id, [self = QPointer<PayoutReconcileDialog>(this)](Result<PayoutSighting> sighting) {
        if (!self)
            return;
        self->m_ask->setEnabled(true);
        if (!sighting) {
            self->m_said->setText(tr("The provider could not be asked: %1").arg(sighting.error().message));
            return;
        }
        QString text = sighting->summary;
        if (sighting->found == PayoutSighting::Found::Yes && sighting->answer) {
            //: %1 the provider's reference, %2 the state it reports
            text = tr("Found: %1, %2.").arg(sighting->answer->reference,
                                            PayoutStates::displayName(sighting->answer->state))
                   + u'\n' + text;
            if (QAbstractButton *button = self->m_outcome->button(int(sighting->answer->state)))
                button->setChecked(true);
            self->m_reference->setText(sighting->answer->reference);
            // What was checked stays the person's own words: they confirm what they saw.
        } else if (sighting->found == PayoutSighting::Found::No) {
            text = tr("Not found at the provider.") + u'\n' + text;
        }
        self->m_said->setText(text);
        self->updateButtons();
    });
}

} // namespace sarraf
