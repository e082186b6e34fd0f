// The interface languages and switching between them: Sarraf's own translation plus Qt's, and the
// layout direction taken from the translation itself (Persian turns the window right-to-left).
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace sarraf {

struct Language
{
    QString code;       // "en", "fa", "ru"
    QString nativeName; // the language's name in itself: not translated
};

class Languages final
{
public:
    static QList<Language> available();
    // "" (or an unknown code) means the system's language where Sarraf has it, else English.
    static QString resolve(const QString &code);

    // Installs the translators for code (replacing earlier ones) and the default QLocale.
    // Widgets retranslate on the LanguageChange event Qt then sends.
    static bool apply(const QString &code);
    static QString current();
};

} // namespace sarraf
