// The currencies Sarraf knows, each with the number of fraction digits its amounts may carry.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sarraf {

// A known currency. Displayed by code and name only, never by a symbol ("$", "₮"): symbols are
// ambiguous across the currencies a provider handles. A code not in the table is still a valid
// Money currency, but its precision is unknown and is never guessed.
class Currency final
{
public:
    // Case-insensitive: "usdt" finds USDT.
    static std::optional<Currency> find(QStringView code);
    static QList<Currency> all();
    // The fraction digits of a known code, nothing for an unknown one.
    static std::optional<int> precisionOf(QStringView code);

    QString code() const { return m_code; }
    int precision() const { return m_precision; }
    QString displayName() const; // translated, e.g. "Tether USD"
    QString displayText() const; // code and name: "USDT (Tether USD)"

private:
    Currency(QString code, int precision, const char *name);

    QString m_code;
    int m_precision = 0;
    const char *m_name = nullptr; // untranslated source text, translated on display
};

} // namespace sarraf
