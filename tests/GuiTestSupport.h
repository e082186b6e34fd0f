// What the widget tests share: a language switched for one test and back to English after it,
// and screenshots saved to <build>/screenshots for a person to look at.
#pragma once

#include "TestSupport.h"
#include "ui/Languages.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QWidget>

namespace sarraf::test {

struct LanguageGuard
{
    ~LanguageGuard() { Languages::apply(QStringLiteral("en")); }
};

// The window's context for a sandbox profile whose data and logs live in `folder`.
inline WindowContext sandboxWindowContext(const QString &folder, const QString &databasePath)
{
    WindowContext context;
    context.profileName = QStringLiteral("sandbox");
    context.sandbox = true;
    context.dataDirectory = folder;
    context.logDirectory = folder;
    context.databasePath = databasePath;
    return context;
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = binaryDir() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace sarraf::test
