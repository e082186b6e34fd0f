// Catch2 runner for widget tests: a QApplication on the platform the environment names
// (ctest sets QT_QPA_PLATFORM=offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SarrafTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SarrafTests"));
    return Catch::Session().run(argc, argv);
}
