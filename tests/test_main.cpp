// Catch2 runner for the tests below ui/: a QCoreApplication exists so that Qt's event loop,
// QtSql and QtKeychain's asynchronous jobs work as they do in the application.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SarrafTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SarrafTests"));
    return Catch::Session().run(argc, argv);
}
