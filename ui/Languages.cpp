#include "ui/Languages.h"

#include "models/domain/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sarraf {
namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> sarraf;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Qt reads the layout direction from this entry of the active translation; keeping it in our own
// .ts means Persian is right-to-left even where Qt's own Persian translation is not installed.
//: Write RTL for a right-to-left language (Persian), LTR otherwise. Not shown to users.
[[maybe_unused]] const char *layoutDirectionEntry = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

} // namespace

QList<Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fa"), QStringLiteral("فارسی")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString Languages::resolve(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return code;
    }
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    for (const Language &language : available()) {
        if (language.code == system)
            return system;
    }
    return QStringLiteral("en");
}

bool Languages::apply(const QString &requested)
{
    const QString code = resolve(requested);
    Installed &state = installed();
    for (auto *translator : {state.sarraf.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.sarraf.reset();
    state.qt.reset();
    state.code = code;

    const QLocale locale(code == u"fa" ? QStringLiteral("fa_IR") : code == u"ru" ? QStringLiteral("ru_RU")
                                                                                 : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    if (code == u"en") {
        // English is the source language; removing the translators already sent LanguageChange.
        return true;
    }
    bool ok = true;
    auto own = std::make_unique<QTranslator>();
    if (own->load(u":/i18n/sarraf_" + code)) {
        QCoreApplication::installTranslator(own.get());
        state.sarraf = std::move(own);
    } else {
        qCWarning(lcUi) << "no Sarraf translation for" << code;
        ok = false;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    } else {
        qCInfo(lcUi) << "Qt's own translation for" << code << "is not installed; standard buttons stay English";
    }
    return ok;
}

QString Languages::current()
{
    return installed().code;
}

} // namespace sarraf
