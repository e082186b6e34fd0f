#include "models/domain/BankNumbers.h"

using namespace Qt::StringLiterals;

namespace sarraf {

QString BankNumbers::compact(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c.category() == QChar::Other_Format)
            continue;
        if (c.category() == QChar::Number_DecimalDigit && c.digitValue() >= 0)
            out.append(QChar(u'0' + c.digitValue()));
        else
            out.append(c.toUpper());
    }
    return out;
}

bool BankNumbers::ibanChecksumHolds(QStringView iban)
{
    if (iban.size() < 5)
        return false;
    int remainder = 0;
    const auto feed = [&remainder](QChar c) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
            return true;
        }
        if (c >= u'A' && c <= u'Z') {
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
            return true;
        }
        return false;
    };
    for (const QChar c : iban.mid(4)) {
        if (!feed(c))
            return false;
    }
    for (const QChar c : iban.left(4)) {
        if (!feed(c))
            return false;
    }
    return remainder == 1;
}

bool BankNumbers::luhnHolds(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

namespace {

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

Result<QString> BankNumbers::iranianIban(const QString &typed)
{
    const QString iban = compact(typed);
    if (iban.isEmpty())
        return makeError(u"bank.iban-empty"_s, tr("Enter the IBAN (Sheba): IR and 24 digits."));
    if (!iban.startsWith(u"IR"))
        return makeError(u"bank.iban-country"_s,
                         tr("An Iranian IBAN (Sheba) starts with IR; this one starts with \"%1\".").arg(iban.left(2)),
                         iban.left(2));
    if (!allDigits(QStringView(iban).mid(2)))
        return makeError(u"bank.iban-characters"_s, tr("After IR, an IBAN (Sheba) has only digits."));
    if (iban.size() != 26)
        //: %1 how many digits were typed after IR
        return makeError(u"bank.iban-length"_s,
                         tr("An IBAN (Sheba) has 24 digits after IR; this one has %L1.").arg(iban.size() - 2));
    if (!ibanChecksumHolds(iban))
        return makeError(u"bank.iban-checksum"_s,
                         tr("This IBAN (Sheba) does not add up: a digit is wrong or two are swapped. Check it "
                            "against the account holder's card or statement."));
    return iban;
}

Result<QString> BankNumbers::cardNumber(const QString &typed)
{
    const QString card = compact(typed);
    if (card.isEmpty())
        return makeError(u"bank.card-empty"_s, tr("Enter the card number: 16 digits."));
    if (!allDigits(card))
        return makeError(u"bank.card-characters"_s, tr("A card number has only digits."));
    if (card.size() != 16)
        return makeError(u"bank.card-length"_s, tr("A card number has 16 digits; this one has %L1.").arg(card.size()));
    if (!luhnHolds(card))
        return makeError(u"bank.card-checksum"_s,
                         tr("This card number does not add up: a digit is wrong or two are swapped."));
    return card;
}

} // namespace sarraf
