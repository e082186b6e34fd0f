#include "ui/CreateTransactionDialog.h"

#include "models/table/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// Addresses, ids and amounts read left to right inside a right-to-left window.
QLineEdit *leftToRightEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}

QUrl typedUrl(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

CreateTransactionDialog::CreateTransactionDialog(const QStringList &providers, Validator validate, QWidget *parent)
    : QDialog(parent), m_validate(std::move(validate))
{
    setObjectName(u"createTransactionDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"provider"_s);
    for (const QString &provider : providers)
        m_provider->addItem(display::providerName(provider), provider);
    m_kindHint = new QLabel(this);
    m_kindHint->setWordWrap(true);
    m_kindHint->setObjectName(u"kindHint"_s);

    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    m_amount->setObjectName(u"amount"_s);
    m_currency = new QComboBox(amountRow);
    m_currency->setObjectName(u"currency"_s);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);

    m_paymentMethod = new QComboBox(this);
    m_paymentMethod->setObjectName(u"paymentMethod"_s);
    m_payCurrency = new QComboBox(this);
    m_payCurrency->setObjectName(u"payCurrency"_s);
    m_payCurrency->setEditable(true);
    m_payCurrency->setInsertPolicy(QComboBox::NoInsert);
    m_wallet = leftToRightEdit(this, u"wallet"_s);
    m_phone = leftToRightEdit(this, u"customerPhone"_s);
    m_email = leftToRightEdit(this, u"customerEmail"_s);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"description"_s);
    m_reference = leftToRightEdit(this, u"reference"_s);
    m_callback = leftToRightEdit(this, u"callbackUrl"_s);
    m_success = leftToRightEdit(this, u"successUrl"_s);
    m_fail = leftToRightEdit(this, u"failUrl"_s);

    for (QWidget *field : std::initializer_list<QWidget *>{m_provider, m_kindHint, amountRow, m_paymentMethod,
                                                           m_payCurrency, m_wallet, m_phone, m_email, m_description,
                                                           m_reference, m_callback, m_success, m_fail}) {
        if (field == m_kindHint) {
            m_form->addRow(m_kindHint); // a sentence across both columns
            continue;
        }
        auto *label = new QLabel(this);
        // Alt+A goes to the number, not to the row around it.
        label->setBuddy(field == amountRow ? static_cast<QWidget *>(m_amount) : field);
        m_form->addRow(label, field);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"create"_s);
    m_create->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateTransactionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &CreateTransactionDialog::providerChanged);
    for (QLineEdit *edit : {m_amount, m_wallet, m_phone, m_email, m_description, m_reference, m_callback, m_success,
                            m_fail})
        connect(edit, &QLineEdit::textEdited, this, &CreateTransactionDialog::check);
    for (QComboBox *combo : {m_currency, m_paymentMethod, m_payCurrency})
        connect(combo, &QComboBox::currentTextChanged, this, &CreateTransactionDialog::check);
    connect(m_paymentMethod, &QComboBox::currentIndexChanged, this, &CreateTransactionDialog::showMethodCurrency);

    retranslate();
    {
        const QSignalBlocker blocker(m_provider);
        setProvider(QSettings().value(u"create/provider"_s).toString());
    }
    providerChanged();
    setMinimumWidth(520);
}

QString CreateTransactionDialog::currentProvider() const
{
    return m_provider->currentData().toString();
}

QString CreateTransactionDialog::amountCurrency() const
{
    // GREENGO's amount is in the payment method's currency; the others choose it.
    if (!m_paymentMethod->isHidden() && m_paymentMethod->count() > 0)
        return m_paymentMethod->currentData().toString();
    return m_currency->currentText();
}

void CreateTransactionDialog::setProvider(const QString &provider)
{
    const int index = m_provider->findData(provider);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

void CreateTransactionDialog::providerChanged()
{
    const std::optional<CreateForm> form = CreateRules::form(currentProvider());
    const CreateForm shown = form.value_or(CreateForm{});
    {
        const QSignalBlocker blockCurrency(m_currency);
        const QSignalBlocker blockMethod(m_paymentMethod);
        const QSignalBlocker blockPay(m_payCurrency);
        const QString currency = m_currency->currentText();
        m_currency->clear();
        m_currency->addItems(shown.currencies);
        if (const int kept = m_currency->findText(currency); kept >= 0)
            m_currency->setCurrentIndex(kept);
        m_paymentMethod->clear();
        for (const auto &[method, methodCurrency] : shown.paymentMethods) {
            const QString label = method == u"card" ? tr("Russian bank card, in roubles (RUB)")
                                  : method == u"kzt" ? tr("Kazakh bank card, in tenge (KZT)")
                                                     : method;
            m_paymentMethod->addItem(label, methodCurrency);
            m_paymentMethod->setItemData(m_paymentMethod->count() - 1, method, Qt::UserRole + 1);
        }
        const QString pay = m_payCurrency->currentText();
        m_payCurrency->clear();
        m_payCurrency->addItems(shown.payCurrencies);
        if (!pay.isEmpty())
            m_payCurrency->setCurrentText(pay);
    }
    // GREENGO's currency follows the payment method: shown, not chosen.
    m_currency->setEnabled(shown.paymentMethods.isEmpty());
    m_form->setRowVisible(m_paymentMethod, !shown.paymentMethods.isEmpty());
    m_form->setRowVisible(m_payCurrency, !shown.payCurrencies.isEmpty());
    m_form->setRowVisible(m_wallet, shown.wallet);
    m_form->setRowVisible(m_phone, shown.customer);
    m_form->setRowVisible(m_email, shown.customer);
    m_form->setRowVisible(m_description, shown.description);
    m_form->setRowVisible(m_reference, shown.reference);
    m_form->setRowVisible(m_callback, shown.callback);
    m_form->setRowVisible(m_success, shown.redirects);
    m_form->setRowVisible(m_fail, shown.redirects);
    recall();
    showMethodCurrency();
    retranslate();
    check();
    adjustSize();
}

void CreateTransactionDialog::showMethodCurrency()
{
    if (m_currency->isEnabled())
        return;
    const QSignalBlocker blockCurrency(m_currency);
    m_currency->clear();
    m_currency->addItem(m_paymentMethod->currentData().toString());
}

CreateRequest CreateTransactionDialog::request() const
{
    CreateRequest request;
    request.provider = currentProvider();
    const QString currency = amountCurrency();
    if (Result<Money> amount = Money::parse(display::amountFromPeople(m_amount->text().trimmed(), locale()), currency))
        request.amount = *amount;
    if (!m_paymentMethod->isHidden())
        request.paymentMethod = m_paymentMethod->currentData(Qt::UserRole + 1).toString();
    if (!m_payCurrency->isHidden())
        request.payCurrency = m_payCurrency->currentText().trimmed();
    const auto shownText = [](const QLineEdit *edit) { return edit->isHidden() ? QString() : edit->text().trimmed(); };
    request.wallet = shownText(m_wallet);
    request.customerPhone = display::amountFromPeople(shownText(m_phone), QLocale::c()); // Persian digits typed
    request.customerEmail = shownText(m_email);
    request.description = shownText(m_description);
    request.reference = shownText(m_reference);
    if (!m_callback->isHidden())
        request.callbackUrl = typedUrl(m_callback);
    if (!m_success->isHidden()) {
        request.successUrl = typedUrl(m_success);
        request.failUrl = typedUrl(m_fail);
    }
    return request;
}

QString CreateTransactionDialog::problem() const
{
    return m_problemText;
}

void CreateTransactionDialog::check()
{
    QString problem;
    const QString typed = m_amount->text().trimmed();
    if (m_provider->count() == 0) {
        problem = tr("No provider that can create transactions is enabled in this profile. Enable Gitmix, "
                     "Cryptofuse or GREENGO in Settings.");
    } else if (typed.isEmpty()) {
        problem = tr("Enter the amount.");
    } else if (Result<Money> amount = Money::parse(display::amountFromPeople(typed, locale()), amountCurrency());
               !amount) {
        problem = tr("\"%1\" is not an amount in %2: %3").arg(typed, amountCurrency(), amount.error().message);
    } else if (Outcome valid = m_validate(request()); !valid) {
        problem = valid.error().message;
    }
    m_problemText = problem;
    // Before anything is typed the sentence is a hint, not an error.
    const bool untouched = typed.isEmpty() && m_provider->count() > 0;
    m_problem->setText(problem);
    m_problem->setStyleSheet(problem.isEmpty() || untouched ? QString() : u"color: #b3261e;"_s);
    const bool blocked = m_blocked && sameRequest(*m_blocked, request());
    m_create->setEnabled(problem.isEmpty() && !m_sending && !blocked);
}

void CreateTransactionDialog::submit()
{
    check();
    if (!m_problemText.isEmpty() || m_sending || (m_blocked && sameRequest(*m_blocked, request())))
        return;
    remember();
    m_sending = true;
    m_create->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false); // the answer must come back here
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Asking %1 to create it…").arg(m_provider->currentText()));
    Q_EMIT createRequested(request());
}

void CreateTransactionDialog::creationFinished(bool ok, const QString &message, bool outcomeUnknown)
{
    m_sending = false;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (ok) {
        accept();
        return;
    }
    // The same request cannot be sent again; a changed one can.
    m_blocked = outcomeUnknown ? std::optional<CreateRequest>(request()) : std::nullopt;
    check();
    m_problemText = message;
    m_problem->setText(message);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
}

void CreateTransactionDialog::remember() const
{
    QSettings settings;
    const QString provider = currentProvider();
    settings.setValue(u"create/provider"_s, provider);
    const QString prefix = u"create/"_s + provider + u'/';
    settings.setValue(prefix + u"currency"_s, m_currency->currentText());
    settings.setValue(prefix + u"paymentMethod"_s, m_paymentMethod->currentData(Qt::UserRole + 1));
    settings.setValue(prefix + u"payCurrency"_s, m_payCurrency->currentText());
    for (const QLineEdit *edit : {m_callback, m_success, m_fail})
        settings.setValue(prefix + edit->objectName(), edit->text().trimmed());
}

void CreateTransactionDialog::recall()
{
    // What this provider was last created with; addresses only into fields still empty, so a
    // switch of provider never overwrites what was typed.
    QSettings settings;
    const QString prefix = u"create/"_s + currentProvider() + u'/';
    const QSignalBlocker blockCurrency(m_currency);
    const QSignalBlocker blockMethod(m_paymentMethod);
    const QSignalBlocker blockPay(m_payCurrency);
    if (const int index = m_currency->findText(settings.value(prefix + u"currency"_s).toString()); index >= 0)
        m_currency->setCurrentIndex(index);
    if (const int index = m_paymentMethod->findData(settings.value(prefix + u"paymentMethod"_s).toString(),
                                                    Qt::UserRole + 1);
        index >= 0)
        m_paymentMethod->setCurrentIndex(index);
    if (const QString pay = settings.value(prefix + u"payCurrency"_s).toString(); !pay.isEmpty())
        m_payCurrency->setCurrentText(pay);
    for (QLineEdit *edit : {m_callback, m_success, m_fail}) {
        if (edit->text().isEmpty())
            edit->setText(settings.value(prefix + edit->objectName()).toString());
    }
}

void CreateTransactionDialog::reject()
{
    if (m_sending)
        return; // the answer to what was sent must come back to this dialog
    QDialog::reject();
}

bool CreateTransactionDialog::sameRequest(const CreateRequest &a, const CreateRequest &b)
{
    return a.provider == b.provider && a.amount.amountText() == b.amount.amountText()
           && a.amount.currency() == b.amount.currency() && a.payCurrency == b.payCurrency
           && a.paymentMethod == b.paymentMethod && a.wallet == b.wallet && a.description == b.description
           && a.customerPhone == b.customerPhone && a.customerEmail == b.customerEmail
           && a.callbackUrl == b.callbackUrl && a.successUrl == b.successUrl && a.failUrl == b.failUrl
           && a.reference == b.reference;
}

void CreateTransactionDialog::retranslate()
{
    setWindowTitle(tr("New invoice or order"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_provider, tr("&Provider:"));
    label(m_amount->parentWidget(), tr("&Amount:"));
    label(m_paymentMethod, tr("Customer pays &with:"));
    label(m_payCurrency, tr("Customer pays &in:"));
    label(m_wallet, tr("&Wallet to receive:"));
    label(m_phone, tr("Customer p&hone:"));
    label(m_email, tr("Customer &email:"));
    label(m_description, tr("&Description:"));
    label(m_reference, tr("Your &reference:"));
    label(m_callback, tr("&Callback address:"));
    label(m_success, tr("After pa&yment, go to:"));
    label(m_fail, tr("After a &failed payment, go to:"));
    const QString provider = currentProvider();
    m_kindHint->setText(provider == u"greengo"
                            ? tr("An exchange order: the customer pays by card and GREENGO sends the crypto to the "
                                 "wallet.")
                        : provider == u"cryptofuse"
                            ? tr("A crypto payment: the customer pays the price in the chosen coin.")
                            : tr("An invoice with a payment link the customer pays in Toman or crypto."));
    m_wallet->setPlaceholderText(tr("The address GREENGO sends the crypto to"));
    m_phone->setPlaceholderText(tr("Optional; Gitmix asks the customer when empty"));
    m_email->setPlaceholderText(tr("Optional"));
    m_description->setPlaceholderText(tr("Optional; the customer sees it"));
    m_reference->setPlaceholderText(tr("Optional; your order number, kept by Cryptofuse"));
    m_callback->setPlaceholderText(provider == u"gitmix" ? tr("https://… where Gitmix reports payments")
                                                         : tr("Optional; https://… where Cryptofuse reports payments"));
    m_success->setPlaceholderText(u"https://…"_s);
    m_fail->setPlaceholderText(u"https://…"_s);
    MoneyFormatOptions plain;
    plain.withCurrency = false;
    if (const Result<Money> example = Money::parse(u"1250.50", u"USD"))
        m_amount->setPlaceholderText(tr("For example %1").arg(example->format(locale(), plain)));
    m_create->setText(tr("&Create"));
    check();
}

void CreateTransactionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace sarraf
