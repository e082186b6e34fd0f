// The one redaction point: every secret Sarraf reads or writes is registered here, and every log
// line and stored raw answer passes through redact() before it reaches a file.
#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

namespace sarraf {

class SecretRedactor final
{
public:
    // Process-wide because Qt's message handler is process-wide; the credential store registers
    // into it and the log sink reads from it, nothing else should need it.
    static SecretRedactor &instance();

    // Secrets shorter than this are not registered: replacing every "1" in a log is no protection.
    static constexpr qsizetype MinimumLength = 4;
    static QString placeholder() { return QStringLiteral("[redacted]"); }

    void registerSecret(const QString &secret);
    void forgetSecret(const QString &secret);
    void clear();
    int count() const;

    QString redact(QString text) const;
    QByteArray redact(QByteArray bytes) const;

private:
    SecretRedactor() = default;
    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
};

} // namespace sarraf
