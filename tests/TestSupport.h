// Small helpers the test executables share: temporary folders, file digests, child processes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

#include <string>

// Readable failures: Catch would print a QString as {?}.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace sarraf::test {

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Spins the event loop until done() or the deadline; for tests only, never in product code.
template <typename Predicate>
bool waitUntil(Predicate done, int milliseconds = 20000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// The build folder (screenshots and the executables under test live there).
inline QString binaryDir()
{
    return QStringLiteral(SARRAF_TEST_BINARY_DIR);
}

} // namespace sarraf::test

// REQUIRE that a Result is ok, showing its error sentence and detail when it is not.
#define REQUIRE_OK(expression)                                                                     \
    do {                                                                                           \
        const auto &requireOkResult = (expression);                                                \
        INFO((requireOkResult.ok() ? QString() : requireOkResult.error().logLine()).toStdString()); \
        REQUIRE(requireOkResult.ok());                                                             \
    } while (false)
