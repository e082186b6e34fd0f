// Iranian IBANs (Sheba) and card numbers as people type them: every accepted spelling becomes one
// canonical number, and every single mistyped digit or swap of two neighbours is caught by the
// number's own check digits, with a sentence that says what is wrong.
#include "TestSupport.h"

#include "models/domain/BankNumbers.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

const QString iban = u"IR062960000000100324200001"_s; // Wikipedia's Iranian example
const QString card = u"6037991234567893"_s;

} // namespace

TEST_CASE("An Iranian IBAN is read in any digits, spacing and case, and comes back canonical", "[domain][bank]")
{
    for (const QString &typed : {u"IR06 2960 0000 0010 0324 2000 01"_s,
                                 u"ir06-2960-0000-0010-0324-2000-01"_s,
                                 u"\u200FIR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱"_s, // Persian digits after a direction mark
                                 u"IR٠٦٢٩٦٠٠٠٠٠٠٠١٠٠٣٢٤٢٠٠٠٠١"_s}) {     // Arabic-Indic digits
        INFO(typed.toStdString());
        const Result<QString> read = BankNumbers::iranianIban(typed);
        REQUIRE_OK(read);
        CHECK(*read == iban);
    }
    CHECK(BankNumbers::ibanChecksumHolds(u"DE89370400440532013000")); // ISO 13616 for any country
}

TEST_CASE("Every single wrong digit and every swap of two different neighbours in an IBAN is refused",
          "[domain][bank]")
{
    int caught = 0;
    for (qsizetype i = 2; i < iban.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (iban.at(i) == QLatin1Char(d))
                continue;
            QString wrong = iban;
            wrong[i] = QLatin1Char(d);
            const Result<QString> read = BankNumbers::iranianIban(wrong);
            INFO(wrong.toStdString());
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().code == u"bank.iban-checksum");
            ++caught;
        }
        if (i + 1 < iban.size() && iban.at(i) != iban.at(i + 1)) {
            QString swapped = iban;
            std::swap(swapped[i], swapped[i + 1]);
            CHECK_FALSE(BankNumbers::iranianIban(swapped).ok());
            ++caught;
        }
    }
    CHECK(caught > 24 * 9);
}

TEST_CASE("An IBAN that is not Iranian, too short or not digits is refused with the reason", "[domain][bank]")
{
    const auto code = [](const QString &typed) { return BankNumbers::iranianIban(typed).error().code; };
    CHECK(code(u""_s) == u"bank.iban-empty");
    CHECK(code(u"DE89370400440532013000"_s) == u"bank.iban-country");
    CHECK(code(u"IR06296000000010032420000"_s) == u"bank.iban-length");
    CHECK(code(u"IR0629600000001003242000011"_s) == u"bank.iban-length");
    CHECK(code(u"IR06296000000010032420O001"_s) == u"bank.iban-characters"); // a letter O for a zero
    CHECK(BankNumbers::iranianIban(u"IR06296000000010032420000"_s).error().message.contains(u"23"_s));
}

TEST_CASE("A card number is read in any digits and refused when its Luhn digit or length is wrong", "[domain][bank]")
{
    for (const QString &typed : {u"6037-9912-3456-7893"_s, u"6037 9912 3456 7893"_s, u"۶۰۳۷۹۹۱۲۳۴۵۶۷۸۹۳"_s}) {
        const Result<QString> read = BankNumbers::cardNumber(typed);
        REQUIRE_OK(read);
        CHECK(*read == card);
    }
    for (qsizetype i = 0; i < card.size(); ++i) {
        QString wrong = card;
        wrong[i] = QLatin1Char(card.at(i) == u'9' ? '0' : char(card.at(i).toLatin1() + 1));
        CHECK(BankNumbers::cardNumber(wrong).error().code == u"bank.card-checksum");
    }
    CHECK(BankNumbers::cardNumber(u"603799123456789"_s).error().code == u"bank.card-length");
    CHECK(BankNumbers::cardNumber(u"6037-99I2-3456-7893"_s).error().code == u"bank.card-characters");
    CHECK(BankNumbers::cardNumber(u""_s).error().code == u"bank.card-empty");
}
