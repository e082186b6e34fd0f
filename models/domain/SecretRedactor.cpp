#include "models/domain/SecretRedactor.h"

#include <QList>

#include <algorithm>

namespace sarraf {
namespace {

// Marks every position covered by any secret, then replaces each marked run once: secrets that
// overlap without containing each other ("abcdef" and "defghi" in "abcdefghi") are removed whole.
template <typename Text>
Text redactRuns(const Text &text, const QList<Text> &secrets, const Text &placeholder)
{
    QList<bool> covered(text.size(), false);
    bool any = false;
    for (const Text &secret : secrets) {
        for (qsizetype at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
            std::fill(covered.begin() + at, covered.begin() + at + secret.size(), true);
            any = true;
        }
    }
    if (!any)
        return text;
    Text result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!covered[i])
            result.append(text[i]);
        else if (i == 0 || !covered[i - 1])
            result.append(placeholder);
    }
    return result;
}

} // namespace

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
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
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
    if (m_secrets.isEmpty())
        return text;
    return redactRuns<QString>(text, m_secrets, placeholder());
}

// Raw provider answers are redacted as bytes, so nothing is lost to a text round trip.
QByteArray SecretRedactor::redact(QByteArray bytes) const
{
    QReadLocker lock(&m_lock);
    if (m_secrets.isEmpty())
        return bytes;
    QList<QByteArray> encoded;
    encoded.reserve(m_secrets.size());
    for (const QString &secret : m_secrets)
        encoded.append(secret.toUtf8());
    return redactRuns<QByteArray>(bytes, encoded, placeholder().toUtf8());
}

} // namespace sarraf
