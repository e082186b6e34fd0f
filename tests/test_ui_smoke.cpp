// The window a person sees, offscreen: every page and menu in English, Persian and Russian, the
// layout direction each language asks for, nothing left in English, live language switching, and
// what persists across restarts. Screenshots go to <build>/screenshots for a person to look at.
#include "GuiTestSupport.h"

#include "ui/AboutDialog.h"
#include "ui/Languages.h"
#include "ui/MainWindow.h"
#include "ui/Navigation.h"
#include "ui/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>

using namespace sarraf;
using sarraf::test::LanguageGuard;
using sarraf::test::saveScreenshot;

namespace {

WindowContext sandboxContext()
{
    WindowContext context;
    context.profileName = QStringLiteral("sandbox");
    context.sandbox = true;
    context.dataDirectory = QDir::tempPath();
    context.logDirectory = QDir::tempPath();
    return context;
}

// Every text a person can read in the window: menus and their actions, navigation, page texts,
// status bar labels, the window title. Keyed by where it is, so languages can be compared.
QMap<QString, QString> visibleTexts(QWidget *root)
{
    QMap<QString, QString> texts;
    texts.insert(QStringLiteral("title"), root->windowTitle());
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        int m = 0;
        for (QAction *menuAction : window->menuBar()->actions()) {
            texts.insert(QStringLiteral("menu%1").arg(m), menuAction->text());
            int a = 0;
            if (QMenu *menu = menuAction->menu()) {
                for (QAction *action : menu->actions()) {
                    if (!action->isSeparator())
                        texts.insert(QStringLiteral("menu%1/action%2").arg(m).arg(a), action->text());
                    ++a;
                }
            }
            ++m;
        }
    }
    if (auto *navigation = root->findChild<Navigation *>(QStringLiteral("navigation"))) {
        for (int row = 0; row < navigation->count(); ++row)
            texts.insert(QStringLiteral("navigation%1").arg(row), navigation->item(row)->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->objectName().isEmpty() && !label->text().isEmpty() && label->objectName() != u"problemBanner")
            texts.insert(label->objectName() + u'/' + label->parentWidget()->objectName(), label->text());
    }
    int b = 0;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty())
            texts.insert(QStringLiteral("button/%1/%2").arg(button->objectName()).arg(b), button->text());
        ++b;
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->objectName().isEmpty() && !edit->placeholderText().isEmpty())
            texts.insert(QStringLiteral("placeholder/") + edit->objectName(), edit->placeholderText());
    }
    return texts;
}

// Proper names and codes that stay as they are in every language.
bool onlyProperNames(QString text)
{
    for (const char *name : {"Gitmix", "Cryptofuse", "Premium Exchanger", "GREENGO", "Sarraf", "Qt", "English"})
        text.remove(QLatin1String(name));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    return !latin.match(text).hasMatch();
}

} // namespace

TEST_CASE("Persian turns the whole window right-to-left and English and Russian keep it left-to-right", "[ui]")
{
    LanguageGuard guard;
    for (const auto &[code, direction] : {std::pair{"en", Qt::LeftToRight}, std::pair{"fa", Qt::RightToLeft},
                                          std::pair{"ru", Qt::LeftToRight}}) {
        DYNAMIC_SECTION("language " << code)
        {
            REQUIRE(Languages::apply(QString::fromLatin1(code)));
            QCoreApplication::processEvents();
            CHECK(QGuiApplication::layoutDirection() == direction);
            MainWindow window(sandboxContext());
            window.resize(1100, 700);
            window.show();
            QCoreApplication::processEvents();
            CHECK(window.layoutDirection() == direction);
            CHECK(window.findChild<Navigation *>(QStringLiteral("navigation"))->layoutDirection() == direction);
            CHECK(window.findChild<Navigation *>(QStringLiteral("navigation"))->count() == 7);
            saveScreenshot(&window, QStringLiteral("main-%1").arg(QString::fromLatin1(code)));
        }
    }
}

TEST_CASE("No visible text of the main window is left in English in Persian or Russian", "[ui][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(QStringLiteral("en")));
    QMap<QString, QString> english;
    {
        MainWindow window(sandboxContext());
        english = visibleTexts(&window);
    }
    REQUIRE(english.size() > 25);
    for (const char *code : {"fa", "ru"}) {
        DYNAMIC_SECTION("language " << code)
        {
            REQUIRE(Languages::apply(QString::fromLatin1(code)));
            MainWindow window(sandboxContext());
            const QMap<QString, QString> translated = visibleTexts(&window);
            CHECK(translated.keys() == english.keys());
            for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
                INFO(it.key().toStdString() << ": " << it.value().toStdString());
                CHECK(it.value() != english.value(it.key()));
                if (QLatin1String(code) == u"fa")
                    CHECK(onlyProperNames(it.value()));
            }
        }
    }
}

TEST_CASE("Switching the language retranslates the open window without reopening it", "[ui]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(QStringLiteral("en")));
    MainWindow window(sandboxContext());
    window.show();
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
    REQUIRE(title);
    window.showPage(QStringLiteral("orders"));
    REQUIRE(Languages::apply(QStringLiteral("ru")));
    QCoreApplication::processEvents();
    CHECK(window.menuBar()->actions().constFirst()->text() == u"&Файл");
    CHECK(window.currentPage() == u"orders"); // the person's place is kept
    REQUIRE(Languages::apply(QStringLiteral("fa")));
    QCoreApplication::processEvents();
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    CHECK(onlyProperNames(window.menuBar()->actions().constFirst()->text()));
    REQUIRE(Languages::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(window.layoutDirection() == Qt::LeftToRight);
    CHECK(window.menuBar()->actions().constFirst()->text() == u"&File");
}

TEST_CASE("The chosen page and the window geometry persist across restarts", "[ui]")
{
    QSettings().clear();
    {
        MainWindow window(sandboxContext());
        window.show();
        window.resize(900, 640);
        window.showPage(QStringLiteral("prices"));
        window.close();
    }
    MainWindow again(sandboxContext());
    CHECK(again.currentPage() == u"prices");
    CHECK(again.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName() == u"page-prices");
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("The settings and about dialogs open translated in Persian and Russian", "[ui][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(QStringLiteral("en")));
    QMap<QString, QString> englishSettings;
    {
        SettingsDialog dialog(QDir::tempPath(), true);
        englishSettings = visibleTexts(&dialog);
        CHECK(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->count() == 4);
        CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("sandboxCheck"))->isChecked());
    }
    for (const char *code : {"fa", "ru"}) {
        DYNAMIC_SECTION("language " << code)
        {
            REQUIRE(Languages::apply(QString::fromLatin1(code)));
            SettingsDialog dialog(QDir::tempPath(), true);
            dialog.show();
            QCoreApplication::processEvents();
            CHECK(dialog.windowTitle() != englishSettings.value(QStringLiteral("title")));
            for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
                INFO(button->text().toStdString());
                if (QLatin1String(code) == u"fa")
                    CHECK(onlyProperNames(button->text()));
            }
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                INFO(label->text().toStdString());
                if (QLatin1String(code) == u"fa" && !label->text().isEmpty())
                    CHECK(onlyProperNames(label->text()));
            }
            saveScreenshot(&dialog, QStringLiteral("settings-%1").arg(QString::fromLatin1(code)));
            AboutDialog about(QDir::tempPath(), QDir::tempPath());
            about.show();
            QCoreApplication::processEvents();
            for (QLabel *label : about.findChildren<QLabel *>()) {
                INFO(label->text().toStdString());
                if (QLatin1String(code) == u"fa" && !label->text().contains(u'/') && !label->text().isEmpty())
                    CHECK(onlyProperNames(label->text()));
            }
        }
    }
}
