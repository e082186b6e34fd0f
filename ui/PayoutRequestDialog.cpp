#include "ui/PayoutRequestDialog.h"

#include "models/domain/Bidi.h"
#include "models/payouts/PayoutDesk.h"
#include "models/table/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

struct Destination
{
    QString provider, kind;
    QStringList currencies;
};

const QList<Destination> &destinations()
{
    static const QList<Destination> list{
        {u"cryptofuse"_s, u"address"_s, {u"USDTTRC20"_s, u"USDTERC20"_s, u"BTC"_s}},
        {u"premiumexchanger"_s, u"partner"_s, {u"USDT"_s, u"RUB"_s}},
    };
    return list;
}

} // namespace

PayoutRequestDialog::PayoutRequestDialog(PayoutDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setObjectName(u"payoutRequestDialog"_s);
    setWindowTitle(tr("New payout"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"provider"_s);
    m_provider->addItem(tr("Cryptofuse: a withdrawal to a crypto address"), 0);
    m_provider->addItem(tr("Premium Exchanger: a partner payout to an account"), 1);
    form->addRow(tr("Pay through:"), m_provider);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(u"destination"_s);
    m_destination->setLayoutDirection(Qt::LeftToRight); // addresses and accounts read left to right
    form->addRow(tr("To:"), m_destination);
    m_methodLabel = new QLabel(tr("Payout currency id:"), this);
    m_method = new QLineEdit(this);
    m_method->setObjectName(u"method"_s);
    m_method->setLayoutDirection(Qt::LeftToRight);
    m_method->setPlaceholderText(tr("as Premium Exchanger's partner information lists it, such as 2"));
    form->addRow(m_methodLabel, m_method);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amount"_s);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"currency"_s);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    form->addRow(tr("Amount:"), amountRow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("what it is for, for the approvers"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b31b1b;"_s);
    layout->addWidget(m_problem);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"estimate"_s);
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_estimate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Request payout"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"requestPayout"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &PayoutRequestDialog::askProvider);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &PayoutRequestDialog::providerChanged);
    for (QLineEdit *edit : {m_destination, m_method, m_amount})
        connect(edit, &QLineEdit::textChanged, this, &PayoutRequestDialog::fieldsChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PayoutRequestDialog::fieldsChanged);
    providerChanged();
}

void PayoutRequestDialog::providerChanged()
{
    const Destination &d = destinations().at(m_provider->currentData().toInt());
    m_currency->clear();
    m_currency->addItems(d.currencies);
    const bool partner = d.kind == u"partner";
    m_methodLabel->setVisible(partner);
    m_method->setVisible(partner);
    m_destination->setPlaceholderText(partner ? tr("the account the exchanger pays into")
                                              : tr("the full address, such as T… on TRON"));
    fieldsChanged();
}

PayoutRequest PayoutRequestDialog::request() const
{
    const Destination &d = destinations().at(m_provider->currentData().toInt());
    PayoutRequest r;
    r.provider = d.provider;
    r.destinationKind = d.kind;
    r.destination = m_destination->text().trimmed();
    r.method = d.kind == u"partner" ? m_method->text().trimmed() : QString();
    r.amount = Money::parse(display::amountFromPeople(m_amount->text().trimmed(), locale()), m_currency->currentText())
                   .valueOr(Money());
    r.note = m_note->text().trimmed();
    return r;
}

QString PayoutRequestDialog::problem() const
{
    if (m_destination->text().trimmed().isEmpty())
        return tr("Enter where the payout goes.");
    if (m_method->isVisible() && m_method->text().trimmed().isEmpty())
        return tr("Enter the payout currency id.");
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount.");
    const Result<Money> amount
        = Money::parse(display::amountFromPeople(m_amount->text().trimmed(), locale()), m_currency->currentText());
    if (!amount)
        return amount.error().message;
    if (amount->isNegative() || amount->isZero())
        return tr("A payout's amount must be greater than zero.");
    return {};
}

void PayoutRequestDialog::fieldsChanged()
{
    const QString why = problem();
    m_problem->setText(why);
    m_refused = false;
    ++m_asked; // an answer to the old fields no longer counts
    m_estimate->clear();
    m_ok->setEnabled(why.isEmpty());
    if (why.isEmpty() && m_desk)
        m_debounce->start();
    else
        m_debounce->stop();
}

void PayoutRequestDialog::askProvider()
{
    const int asked = ++m_asked;
    m_estimate->setText(tr("Asking %1…").arg(display::providerName(request().provider)));
    m_desk->preview(request(), [self = QPointer<PayoutRequestDialog>(this), asked](Result<PayoutCheckResult> result) {
        if (!self || asked != self->m_asked)
            return;
        if (!result) {
            //: %1 why the provider could not be asked
            self->m_estimate->setText(tr("The provider could not be asked: %1 The request can still be made; it is "
                                         "checked again before anyone approves it.")
                                          .arg(result.error().message));
            return;
        }
        self->m_refused = !result->valid;
        // The provider's own words carry the fee and what arrives, where it gives them.
        const QString text = result->summary;
        self->m_estimate->setText(text);
        self->m_estimate->setStyleSheet(result->valid ? QString() : u"color: #b31b1b;"_s);
        self->m_ok->setEnabled(result->valid && self->problem().isEmpty());
    });
}

} // namespace sarraf
