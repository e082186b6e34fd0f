// What Sarraf checks and how it writes before anything goes to Premium Exchanger: the document's
// rules on ids, amounts and fields, which filters each listing takes, and form bodies encoded
// byte by byte. Header-only so no build file needs to know about it; for PremiumExchangerAdapter.cpp.
#pragma once

#include "providers/premiumexchanger/PremiumExchangerAdapter.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace sarraf::premiumexchanger {

using Form = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded, byte-exact: everything but A-Z a-z 0-9 - . _ ~ is %XX. QUrlQuery
// (and so ApiRequest::postForm) would leave '+' bare, which PHP reads as a space in "+7 900...".
inline QByteArray encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

inline bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,18}$"));
    return pattern.match(id).hasMatch();
}

inline bool isHash(const QString &hash)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(hash).hasMatch();
}

inline bool isFieldName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

inline QByteArray normalisedLanguage(QString language)
{
    language = language.trimmed().replace(u'-', u'_');
    static const QRegularExpression full(QStringLiteral("^([A-Za-z]{2})_([A-Za-z]{2})$"));
    static const QRegularExpression shortForm(QStringLiteral("^[A-Za-z]{2}$"));
    if (const QRegularExpressionMatch match = full.match(language); match.hasMatch())
        return (match.captured(1).toLower() + u'_' + match.captured(2).toUpper()).toLatin1();
    if (!shortForm.match(language).hasMatch())
        return {}; // nothing the document's "ru_RU, en_US" could mean: send no header
    static const QHash<QString, QString> regions {{QStringLiteral("en"), QStringLiteral("US")},
                                                  {QStringLiteral("fa"), QStringLiteral("IR")},
                                                  {QStringLiteral("uk"), QStringLiteral("UA")},
                                                  {QStringLiteral("kk"), QStringLiteral("KZ")}};
    const QString code = language.toLower();
    return (code + u'_' + regions.value(code, code.toUpper())).toLatin1();
}

inline Error invalid(const QString &message, const QString &detail)
{
    return makeError(PremiumExchangerAdapter::invalidInputCode(), message, detail);
}

inline Outcome validateCalc(const PremiumExchangerCalcRequest &request)
{
    if (!isId(request.directionId))
        return invalid(PremiumExchangerAdapter::tr("The exchange direction id must be a whole number, such as 12."),
                       QStringLiteral("direction_id \"%1\"").arg(request.directionId.left(40)));
    if (request.amount.sign() <= 0)
        return invalid(PremiumExchangerAdapter::tr("The amount must be greater than zero."), request.amount.toString());
    const int side = int(request.side);
    if (side < 1 || side > 4)
        return invalid(
            PremiumExchangerAdapter::tr("Choose which amount was entered: given, received, or either with the fee."),
            QStringLiteral("calc_action %1").arg(side));
    for (const auto &[name, value] : request.calcFields) {
        if (!isFieldName(name))
            return invalid(
                PremiumExchangerAdapter::tr("\"%1\" is not a field name Premium Exchanger accepts.").arg(name.left(40)),
                name.left(40));
    }
    return Done {};
}

inline Outcome validateBid(const PremiumExchangerBidRequest &request)
{
    const Outcome calc = validateCalc(PremiumExchangerCalcRequest {request.directionId, request.amount, request.side, {}});
    if (!calc)
        return calc;
    if (!request.partnerId.isEmpty() && !isId(request.partnerId))
        return invalid(PremiumExchangerAdapter::tr("The partner id must be a whole number."),
                       request.partnerId.left(40));
    if (request.apiId.size() > 64 || request.apiId.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]"))))
        return invalid(PremiumExchangerAdapter::tr("Our own id for the bid must be at most 64 printable characters."),
                       request.apiId.left(80));
    if (!request.callbackUrl.isEmpty()
        && (!request.callbackUrl.isValid() || request.callbackUrl.host().isEmpty()
            || !(request.callbackUrl.scheme() == u"https" || request.callbackUrl.scheme() == u"http")))
        return invalid(PremiumExchangerAdapter::tr("The callback address must be a full http or https address."),
                       request.callbackUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    for (auto it = request.customFields.begin(); it != request.customFields.end(); ++it) {
        if (it.key() < 1 || it.key() > 99)
            return invalid(PremiumExchangerAdapter::tr("Custom fields are numbered from cf1 to cf99."),
                           QStringLiteral("cf%1").arg(it.key()));
    }
    static const QSet<QString> reserved {QStringLiteral("direction_id"), QStringLiteral("partner_id"),
                                         QStringLiteral("api_id"),       QStringLiteral("calc_amount"),
                                         QStringLiteral("calc_action"),  QStringLiteral("callback_url")};
    for (const auto &[name, value] : request.otherFields) {
        if (!isFieldName(name) || reserved.contains(name))
            return invalid(
                PremiumExchangerAdapter::tr("\"%1\" is not a field name Premium Exchanger accepts.").arg(name.left(40)),
                name.left(40));
    }
    return Done {};
}

inline Outcome validateFilter(const PremiumExchangerExchangeFilter &filter)
{
    if ((filter.from && !filter.from->isValid()) || (filter.to && !filter.to->isValid())
        || (filter.from && filter.to && *filter.from > *filter.to))
        return invalid(PremiumExchangerAdapter::tr("The start of the period must be a valid time before its end."),
                       QString());
    if (!filter.ip.isEmpty() && QHostAddress(filter.ip).isNull())
        return invalid(PremiumExchangerAdapter::tr("\"%1\" is not an IP address.").arg(filter.ip.left(60)),
                       filter.ip.left(60));
    if (!filter.bidId.isEmpty() && !isId(filter.bidId))
        return invalid(PremiumExchangerAdapter::tr("A bid id is a whole number, such as 1042."), filter.bidId.left(40));
    if ((filter.limit && *filter.limit < 1) || (filter.offset && *filter.offset < 0))
        return invalid(PremiumExchangerAdapter::tr(
                           "The number of bids to show must be at least 1, and the number to skip at least 0."),
                       QString());
    return Done {};
}

// Which filters each listing method documents.
enum FilterParam { Time = 1, Ip = 2, Id = 4, ApiId = 8, History = 16, Limit = 32, Offset = 64 };

inline Result<Form> filterForm(const PremiumExchangerExchangeFilter &filter, int params, const QString &method)
{
    const Outcome valid = validateFilter(filter);
    if (!valid)
        return valid.error();
    const auto refuse = [&](const char *name) {
        return invalid(PremiumExchangerAdapter::tr("Premium Exchanger's %1 does not take the filter %2.")
                           .arg(method, QLatin1String(name)),
                       QStringLiteral("filter %1 set for %2").arg(QLatin1String(name), method));
    };
    Form form;
    if (filter.from)
        form.append({QStringLiteral("start_time"), QString::number(filter.from->toSecsSinceEpoch())});
    if (filter.to)
        form.append({QStringLiteral("end_time"), QString::number(filter.to->toSecsSinceEpoch())});
    if (!(params & Ip) && !filter.ip.isEmpty())
        return refuse("ip");
    if (!filter.ip.isEmpty())
        form.append({QStringLiteral("ip"), filter.ip});
    if (!(params & Id) && !filter.bidId.isEmpty())
        return refuse("id");
    if (!filter.bidId.isEmpty())
        form.append({QStringLiteral("id"), filter.bidId});
    if (!(params & ApiId) && !filter.apiId.isEmpty())
        return refuse("api_id");
    if (!filter.apiId.isEmpty())
        form.append({QStringLiteral("api_id"), filter.apiId});
    if (!(params & History) && filter.withStatusHistory)
        return refuse("status_history");
    if (filter.withStatusHistory)
        form.append({QStringLiteral("status_history"), QStringLiteral("1")});
    if (filter.limit)
        form.append({QStringLiteral("limit"), QString::number(*filter.limit)});
    if (!(params & Offset) && filter.offset)
        return refuse("offset");
    if (filter.offset)
        form.append({QStringLiteral("offset"), QString::number(*filter.offset)});
    return form;
}

} // namespace sarraf::premiumexchanger
