// How a transaction's values read to a person, the same in the tables, the details pane, the
// receipt and the notifications: times in the user's calendar (Solar Hijri in Persian) and digits,
// exact amounts with their unit, providers by their proper names.
#pragma once

#include "models/domain/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace sarraf::display {

enum class TimeDetail { Short, Long }; // Long: the weekday and month by name, to the second

QString dateTime(const QDateTime &time, TimeDetail detail = TimeDetail::Short);
QString amount(const QString &amount, const QString &currency); // "" for no amount
QString providerName(const QString &key);                        // "GREENGO"; the key if unknown
// An amount as a person types it, in any script's digits and the locale's separators ("۱۲٬۵۰۰٫۵",
// "12 500,5" in Russian), as the plain decimal text Decimal::parse reads ("12500.5"). Anything
// else is left as typed, so the parse that follows can say what is wrong with it.
QString amountFromPeople(const QString &typed, const QLocale &locale);

// Every field a person reads about one transaction, labelled and in order, for the details pane
// and the receipt alike; a field without a value is left out.
class TransactionFields final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionFields)
public:
    struct Field
    {
        QString label;
        QString value;
        bool leftToRight = false; // an id, address or link: keeps its order inside Persian text
    };
    static QList<Field> of(const TrackedTransaction &record);
};

} // namespace sarraf::display
