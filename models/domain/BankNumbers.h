// Iranian bank account numbers as people type or paste them: the IBAN (Sheba, "IR" and 24 digits)
// and the 16-digit card number. Checked here, before any provider is asked (FinnoTech's IBAN and
// card inquiries, Paystar's IBAN settlements): a mistyped digit is caught by the number's own
// check digits (ISO 13616 mod 97 for the IBAN, Luhn for the card) and said in words.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sarraf {

class BankNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(BankNumbers)
public:
    // Persian, Arabic-Indic or Latin digits; spaces, dashes and invisible direction marks are
    // dropped; "ir" is read as "IR". Returns "IR" and 24 Latin digits. Errors: bank.iban-*.
    static Result<QString> iranianIban(const QString &typed);
    // The same liberties; returns 16 Latin digits. Errors: bank.card-*.
    static Result<QString> cardNumber(const QString &typed);

    // ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1.
    static bool ibanChecksumHolds(QStringView iban);
    // Every second digit from the right doubled (minus 9 above 9); the sum is a multiple of 10.
    static bool luhnHolds(QStringView digits);

private:
    // Latin digits and upper-case letters of what was typed; anything else that is not a separator
    // is kept as is, so the check after can name it.
    static QString compact(const QString &typed);
};

} // namespace sarraf
