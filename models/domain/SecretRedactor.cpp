#include "models/domain/SecretRedactor.h"

#include <algorithm>

namespace sarraf {

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::registerSecret(const QString &secret)
{
    if (secret.size() < MinimumLength)
        return;
    QWriteLocker lock(&m_lock);
    if (m_secrets.contains(secret))
        return;
    const auto at = std::lower_bound(m_secrets.begin(), m_secrets.end(), secret,
                                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secrets.insert(at, secret);
}

void SecretRedactor::forgetSecret(const QString &secret)
{
    QWriteLocker lock(&m_lock);
    m_secrets.removeAll(secret);
}

void SecretRedactor::clear()
{
    QWriteLocker lock(&m_lock);
    m_secrets.clear();
}

int SecretRedactor::count() const
{
    QReadLocker lock(&m_lock);
    return int(m_secrets.size());
}

QString SecretRedactor::redact(QString text) const
{
    QReadLocker lock(&m_lock);
    for (const QString &secret : m_secrets)
        text.replace(secret, placeholder());
    return text;
}

QByteArray SecretRedactor::redact(QByteArray bytes) const
{
    QReadLocker lock(&m_lock);
    const QByteArray mark = placeholder().toUtf8();
    for (const QString &secret : m_secrets)
        bytes.replace(secret.toUtf8(), mark);
    return bytes;
}

} // namespace sarraf
