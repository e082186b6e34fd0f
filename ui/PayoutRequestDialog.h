// Asking for a payout: the provider and where it pays to, the amount in the currency's precision,
// and, as the person types, what the provider says about it (the address checked, the fee, what
// arrives). The request itself is stored by the caller; the provider checks it again then.
#pragma once

#include "models/payouts/PayoutStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace sarraf {

class PayoutDesk;

class PayoutRequestDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PayoutRequestDialog(PayoutDesk *desk, QWidget *parent = nullptr);

    // Valid only once the dialog was accepted.
    PayoutRequest request() const;
    // Why the fields do not make a request yet, in words; empty when they do.
    QString problem() const;

private:
    void providerChanged();
    void fieldsChanged();
    void askProvider();

    PayoutDesk *m_desk;
    QComboBox *m_provider;
    QLineEdit *m_destination;
    QLabel *m_methodLabel;
    QLineEdit *m_method;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_note;
    QLabel *m_problem;
    QLabel *m_estimate;
    QPushButton *m_ok;
    QTimer *m_debounce;
    int m_asked = 0;        // the preview last asked for; older answers are dropped
    bool m_refused = false; // the provider said the destination or amount will not do
};

} // namespace sarraf
