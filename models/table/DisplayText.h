// How a transaction's values read to a person, the same in the tables, the details pane, the
// receipt and the notifications: times in the user's calendar (Solar Hijri in Persian) and digits,
// exact amounts with their unit, providers by their proper names.
#pragma once

#include <QDateTime>
#include <QString>

namespace sarraf::display {

enum class TimeDetail { Short, Long }; // Long: the weekday and month by name, to the second

QString dateTime(const QDateTime &time, TimeDetail detail = TimeDetail::Short);
QString amount(const QString &amount, const QString &currency); // "" for no amount
QString providerName(const QString &key);                        // "GREENGO"; the key if unknown

} // namespace sarraf::display
