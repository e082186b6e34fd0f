// "New invoice or order": a Gitmix invoice, a Cryptofuse payment or a GREENGO order, checked as it
// is typed against what the provider's adapter will check before sending (CreateRules), so the
// Create button is only on when the provider can accept it. Sending is the caller's: the dialog
// asks with createRequested() and stays open, everything typed kept, until creationFinished().
#pragma once

#include "models/domain/Result.h"
#include "providers/CreateRequest.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sarraf {

class CreateTransactionDialog final : public QDialog
{
    Q_OBJECT
public:
    // Checks a request with what is known before asking the provider (CreateRules::validate with
    // the provider's settings).
    using Validator = std::function<Outcome(const CreateRequest &)>;

    // providers: those that can create and are enabled in the profile, in the order to offer them.
    CreateTransactionDialog(const QStringList &providers, Validator validate, QWidget *parent = nullptr);

    CreateRequest request() const;
    // The sentence that keeps Create off; empty when the request can be sent.
    QString problem() const;
    void setProvider(const QString &provider);

    // The answer to createRequested(): closes the dialog when created, otherwise says why and
    // keeps what was typed. When the provider may have created it all the same, Create stays off
    // until something is changed, so it is not sent twice by a second click.
    void creationFinished(bool ok, const QString &message, bool outcomeUnknown);

Q_SIGNALS:
    void createRequested(const sarraf::CreateRequest &request);

public Q_SLOTS:
    void reject() override; // refused while a request is in flight

protected:
    void changeEvent(QEvent *event) override;

private:
    void providerChanged();
    void check();
    void submit();
    void retranslate();
    void remember() const;
    void recall();
    void showMethodCurrency();
    static bool sameRequest(const CreateRequest &a, const CreateRequest &b);
    QString currentProvider() const;
    QString amountCurrency() const;

    Validator m_validate;
    QFormLayout *m_form = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_kindHint = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_paymentMethod = nullptr;
    QComboBox *m_payCurrency = nullptr;
    QLineEdit *m_wallet = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_callback = nullptr;
    QLineEdit *m_success = nullptr;
    QLineEdit *m_fail = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    QString m_problemText;
    bool m_sending = false;
    std::optional<CreateRequest> m_blocked; // sent without a clear answer: not to be sent again
};

} // namespace sarraf
