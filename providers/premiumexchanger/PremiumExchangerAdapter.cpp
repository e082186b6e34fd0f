#include "providers/premiumexchanger/PremiumExchangerAdapter.h"

#include "providers/http/ApiClient.h"
#include "providers/http/ApiMetrics.h"
#include "providers/premiumexchanger/PremiumExchangerJson.h"

#include <QPointer>
#include <QSet>

namespace sarraf {

using namespace premiumexchanger;

struct PremiumExchangerAdapter::ListingRun
{
    PremiumExchangerCursor from;
    PremiumExchangerListing listing;
    QSet<QString> seen;
    qint64 newest = 0;
};

PremiumExchangerAdapter::PremiumExchangerAdapter(ApiClient &client, QUrl site, QString apiLogin, QString apiKey,
                                                 QString language, PremiumExchangerOptions options, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_site(std::move(site)),
      m_login(apiLogin.toUtf8()),
      m_key(apiKey.toUtf8()),
      m_language(normalisedLanguage(language)),
      m_options(std::move(options))
{
    if (m_options.statuses.isEmpty())
        m_options.statuses = defaultStatusMap();
    m_options.pageSize = std::max(1, m_options.pageSize);
}

QString PremiumExchangerAdapter::errorCode(Refusal refusal)
{
    switch (refusal) {
    case Refusal::ApiDisabled: return QStringLiteral("premiumexchanger.api-disabled");
    case Refusal::EmptyAnswer: return QStringLiteral("premiumexchanger.empty-answer");
    case Refusal::NoBid: return QStringLiteral("premiumexchanger.no-bid");
    case Refusal::MethodNotSupported: return QStringLiteral("premiumexchanger.method-not-supported");
    case Refusal::DirectionNotFound: return QStringLiteral("premiumexchanger.direction-not-found");
    case Refusal::Other: break;
    }
    return QStringLiteral("premiumexchanger.refused");
}

QHash<QString, TransactionStatus> PremiumExchangerAdapter::defaultStatusMap()
{
    using S = TransactionStatus;
    // PremiumBox's bid statuses; the *error words other than "error" mean money may be stuck half-way.
    return {{QStringLiteral("new"), S::Pending},          {QStringLiteral("techpay"), S::Processing},
            {QStringLiteral("payed"), S::Processing},     {QStringLiteral("coldpay"), S::Processing},
            {QStringLiteral("realpay"), S::Processing},   {QStringLiteral("coldsuccess"), S::Processing},
            {QStringLiteral("verify"), S::Review},        {QStringLiteral("payouterror"), S::Review},
            {QStringLiteral("scrpayerror"), S::Review},   {QStringLiteral("mercherror"), S::Review},
            {QStringLiteral("partpay"), S::Partial},      {QStringLiteral("success"), S::Completed},
            {QStringLiteral("cancel"), S::Cancelled},     {QStringLiteral("delete"), S::Cancelled},
            {QStringLiteral("realdelete"), S::Cancelled}, {QStringLiteral("refund"), S::Cancelled},
            {QStringLiteral("error"), S::Failed}};
}

TransactionStatus PremiumExchangerAdapter::statusFor(const QString &word) const
{
    return m_options.statuses.value(word.trimmed().toLower(), TransactionStatus::Unknown);
}

QUrl PremiumExchangerAdapter::methodUrl(const QString &method) const
{
    QUrl url = m_site;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/userapi/v1/") + method);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiRequest PremiumExchangerAdapter::buildRequest(const QString &method, const Form &form, bool changes) const
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/api/userapi/v1/") + method, methodUrl(method),
                                          encodeForm(form), "application/x-www-form-urlencoded",
                                          changes ? ApiRequest::Effect::Changes : ApiRequest::Effect::ReadOnly);
    request.addSecretHeader("API-LOGIN", m_login);
    request.addSecretHeader("API-KEY", m_key);
    if (!m_language.isEmpty())
        request.addHeader("API-LANG", m_language);
    request.addHeader("Accept", "application/json");
    // Some sites send their envelope with a 4xx: read it rather than guess from the status.
    request.acceptedStatuses = {400, 401, 403, 404};
    return request;
}

template<typename T, typename Parse>
void PremiumExchangerAdapter::send(const QString &method, const Form &form, bool changes, QObject *context, Parse parse,
                                   Callback<T> done)
{
    ApiRequest request = buildRequest(method, form, changes);
    m_client.send(request, context,
                  [self = QPointer<PremiumExchangerAdapter>(this), request, changes, parse = std::move(parse),
                   done = std::move(done)](Result<ApiResponse> result) {
                      if (!self)
                          return;
                      if (!result) {
                          done(result.error());
                          return;
                      }
                      Result<QJsonValue> data = self->unwrap(request, *result, changes);
                      if (!data) {
                          done(data.error());
                          return;
                      }
                      Result<T> parsed = parse(*data, result->body);
                      if (!parsed && parsed.error().code.startsWith(u"premiumexchanger."))
                          done(parsed.error());
                      else if (!parsed)
                          done(self->m_client.badAnswer(request,
                                                        parsed.error().detail.isEmpty() ? parsed.error().message
                                                                                        : parsed.error().detail));
                      else
                          done(std::move(parsed));
                  });
}

Result<QJsonValue> PremiumExchangerAdapter::unwrap(const ApiRequest &request, const ApiResponse &response, bool changes)
{
    const bool httpOk = response.httpStatus >= 200 && response.httpStatus < 300;
    const QByteArray body = response.body.trimmed();
    if (body.isEmpty())
        return httpOk ? refusal(Refusal::EmptyAnswer, QString(), request, changes)
                      : m_client.errorFor(request, response);
    Result<QJsonDocument> json = exactjson::parse(body);
    if (!json) {
        // Older sites print the error text alone.
        const QString plain = QString::fromUtf8(body.left(200));
        if (const std::optional<Refusal> kind = refusalFor(plain))
            return refusal(*kind, plain, request, changes);
        return httpOk ? m_client.readJson(request, response).error() : m_client.errorFor(request, response);
    }
    const QJsonObject envelope = json->object();
    if (json->isNull() || (json->isArray() && json->array().isEmpty()) || (json->isObject() && envelope.isEmpty()))
        return httpOk ? refusal(Refusal::EmptyAnswer, QString(), request, changes)
                      : m_client.errorFor(request, response);
    if (!json->isObject() || !(envelope.contains(u"error") || envelope.contains(u"data")))
        return httpOk ? m_client.badAnswer(request,
                                           QStringLiteral("no {error, error_text, data} envelope; body: ")
                                               + ApiError::bodyExcerpt(response.body))
                      : m_client.errorFor(request, response);
    const QString error = text(envelope.value(u"error"));
    const QString errorText = text(envelope.value(u"error_text"));
    const bool failed = !(error.isEmpty() || error == u"0" || error.compare(u"false", Qt::CaseInsensitive) == 0)
        || (!envelope.contains(u"error") && !errorText.isEmpty());
    if (failed) {
        QString said = errorText;
        if (said.isEmpty() && !isId(error))
            said = error; // {"error": "Api disabled"}
        QString extra;
        if (envelope.value(u"error_fields").isObject())
            extra = QString::fromUtf8(
                QJsonDocument(envelope.value(u"error_fields").toObject()).toJson(QJsonDocument::Compact));
        return refusal(refusalFor(said).value_or(Refusal::Other), extra.isEmpty() ? said : said + u' ' + extra, request,
                       changes);
    }
    if (!httpOk)
        return m_client.errorFor(request, response);
    return envelope.value(u"data");
}

Error PremiumExchangerAdapter::refusal(Refusal kind, const QString &providerText, const ApiRequest &request,
                                       bool changes)
{
    const QString name = m_client.displayName();
    const QString method = request.endpoint.section(u'/', -1);
    QString message;
    switch (kind) {
    case Refusal::ApiDisabled:
        message = tr("%1 refused the API login and key: they are wrong, or API access is switched off for this user "
                     "on the exchanger's site. Check the keys saved for this provider and the user's \"Work with "
                     "REST API\" option; nothing was changed.")
                      .arg(name);
        break;
    case Refusal::EmptyAnswer:
        message = changes ? tr("%1 sent an empty answer, so it is unknown whether the request was carried out; check "
                               "it on the exchanger's site before trying again.")
                                .arg(name)
                          : tr("%1 sent an empty answer: the information asked for does not exist. Check the id or "
                               "the filters; nothing was changed.")
                                .arg(name);
        break;
    case Refusal::NoBid: message = tr("%1 has no bid with this id or hash; nothing was changed.").arg(name); break;
    case Refusal::MethodNotSupported:
        message = tr("%1 does not let this API key use the method \"%2\"; the exchanger's administrator must enable "
                     "it for the key. Nothing was changed.")
                      .arg(name, method);
        break;
    case Refusal::DirectionNotFound:
        message = tr("%1 does not offer this exchange direction through the API; the exchanger must allow API "
                     "access in the direction's settings. Nothing was changed.")
                      .arg(name);
        break;
    case Refusal::Other:
        message = tr("%1 refused the request and said: \"%2\".").arg(name, providerText.left(300));
        break;
    }
    const QString code = errorCode(kind);
    m_client.metrics().recordError(m_client.name(), request.endpoint, code.section(u'.', 1));
    return makeError(
        code, message,
        SecretRedactor::instance().redact(
            QStringLiteral("POST %1; provider said: \"%2\"").arg(request.endpoint, providerText.left(500))));
}

Outcome PremiumExchangerAdapter::validate(const PremiumExchangerCalcRequest &request)
{
    return validateCalc(request);
}

Outcome PremiumExchangerAdapter::validate(const PremiumExchangerBidRequest &request)
{
    return validateBid(request);
}

Outcome PremiumExchangerAdapter::validate(const PremiumExchangerExchangeFilter &filter)
{
    return validateFilter(filter);
}

// The methods: each is its form, its effect and its parser.

void PremiumExchangerAdapter::test(QObject *context, Callback<PremiumExchangerTestInfo> done)
{
    send<PremiumExchangerTestInfo>(
        QStringLiteral("test"), {}, false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<PremiumExchangerTestInfo> {
            const QJsonObject o = data.toObject();
            if (o.isEmpty())
                return missing(QStringLiteral("data"));
            return PremiumExchangerTestInfo {text(o.value(u"ip")), text(o.value(u"user_id")), text(o.value(u"locale")),
                                             text(o.value(u"partner_id"))};
        },
        std::move(done));
}

static Form currencyForm(const PremiumExchangerCurrencyFilter &filter)
{
    Form form;
    if (!filter.giveCurrencyId.isEmpty())
        form.append({QStringLiteral("currency_id_give"), filter.giveCurrencyId});
    if (!filter.getCurrencyId.isEmpty())
        form.append({QStringLiteral("currency_id_get"), filter.getCurrencyId});
    return form;
}

static Outcome validCurrencyFilter(const PremiumExchangerCurrencyFilter &filter)
{
    for (const QString &id : {filter.giveCurrencyId, filter.getCurrencyId}) {
        if (!id.isEmpty() && !isId(id))
            return invalid(PremiumExchangerAdapter::tr("A currency id is a whole number, such as 5."), id.left(40));
    }
    return Done {};
}

template<typename T, typename Callback> static bool refuseEarly(const Outcome &valid, QObject *context, Callback &done)
{
    if (valid)
        return false;
    // Queued like every answer, so a caller never sees its callback run inside its own call.
    QMetaObject::invokeMethod(
        context, [done, error = valid.error()] { done(Result<T>(error)); }, Qt::QueuedConnection);
    return true;
}

void PremiumExchangerAdapter::directionCurrencies(const PremiumExchangerCurrencyFilter &filter, QObject *context,
                                                  Callback<PremiumExchangerCurrencyLists> done)
{
    if (refuseEarly<PremiumExchangerCurrencyLists>(validCurrencyFilter(filter), context, done))
        return;
    send<PremiumExchangerCurrencyLists>(
        QStringLiteral("get_direction_currencies"), currencyForm(filter), false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<PremiumExchangerCurrencyLists> {
            PremiumExchangerCurrencyLists lists;
            for (const QJsonValue item : listOf(data, u"give"))
                lists.give.append(parseCurrency(item.toObject()));
            for (const QJsonValue item : listOf(data, u"get"))
                lists.get.append(parseCurrency(item.toObject()));
            return lists;
        },
        std::move(done));
}

void PremiumExchangerAdapter::directions(const PremiumExchangerCurrencyFilter &filter, QObject *context,
                                         Callback<QList<PremiumExchangerDirectionSummary>> done)
{
    if (refuseEarly<QList<PremiumExchangerDirectionSummary>>(validCurrencyFilter(filter), context, done))
        return;
    send<QList<PremiumExchangerDirectionSummary>>(
        QStringLiteral("get_directions"), currencyForm(filter), false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<QList<PremiumExchangerDirectionSummary>> {
            QList<PremiumExchangerDirectionSummary> list;
            for (const QJsonValue item : listOf(data)) {
                const QJsonObject o = item.toObject();
                list.append({text(o.value(u"direction_id")), parseCurrency(o, QStringLiteral("currency_give_")),
                             parseCurrency(o, QStringLiteral("currency_get_"))});
            }
            return list;
        },
        std::move(done));
}

void PremiumExchangerAdapter::direction(const QString &directionId, QObject *context,
                                        Callback<PremiumExchangerDirection> done)
{
    const Outcome valid = isId(directionId)
        ? Outcome(Done {})
        : Outcome(invalid(tr("The exchange direction id must be a whole number, such as 12."), directionId.left(40)));
    if (refuseEarly<PremiumExchangerDirection>(valid, context, done))
        return;
    send<PremiumExchangerDirection>(
        QStringLiteral("get_direction"), {{QStringLiteral("direction_id"), directionId}}, false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<PremiumExchangerDirection> {
            const QJsonObject o = data.toObject();
            Result<PremiumExchangerQuote> quote = parseQuote(o);
            if (!quote)
                return quote.error();
            const QJsonObject info = o.value(u"info").toObject();
            return PremiumExchangerDirection {text(o.value(u"id")),
                                              QUrl(text(o.value(u"url"))),
                                              *quote,
                                              text(info.value(u"timeline_text")),
                                              text(info.value(u"frozen_text")),
                                              text(info.value(u"before_button_text")),
                                              parseFields(o.value(u"give_fields")),
                                              parseFields(o.value(u"get_fields")),
                                              parseFields(o.value(u"dir_fields"))};
        },
        std::move(done));
}

void PremiumExchangerAdapter::calculate(const PremiumExchangerCalcRequest &request, QObject *context,
                                        Callback<PremiumExchangerQuote> done)
{
    if (refuseEarly<PremiumExchangerQuote>(validate(request), context, done))
        return;
    Form form {{QStringLiteral("direction_id"), request.directionId},
               {QStringLiteral("calc_amount"), request.amount.toString()},
               {QStringLiteral("calc_action"), QString::number(int(request.side))}};
    if (!request.calcFields.isEmpty()) // "cd": the cd = 1 fields, URL-encoded into one value
        form.append({QStringLiteral("cd"), QString::fromLatin1(encodeForm(request.calcFields))});
    send<PremiumExchangerQuote>(
        QStringLiteral("get_calc"), form, false, context,
        [](const QJsonValue &data, const QByteArray &) { return parseQuote(data.toObject()); }, std::move(done));
}

void PremiumExchangerAdapter::bidInfo(const QString &bidId, const QString &hash, QObject *context,
                                      Callback<PremiumExchangerBid> done)
{
    const bool valid
        = (!bidId.isEmpty() || !hash.isEmpty()) && (bidId.isEmpty() || isId(bidId)) && (hash.isEmpty() || isHash(hash));
    const Outcome check = valid
        ? Outcome(Done {})
        : Outcome(invalid(tr("Give the bid's id (a whole number) or its hash (letters and digits)."),
                          bidId.left(40) + u'/' + hash.left(40)));
    if (refuseEarly<PremiumExchangerBid>(check, context, done))
        return;
    Form form;
    if (!bidId.isEmpty())
        form.append({QStringLiteral("id"), bidId});
    if (!hash.isEmpty())
        form.append({QStringLiteral("hash"), hash});
    send<PremiumExchangerBid>(
        QStringLiteral("bid_info"), form, false, context,
        [this](const QJsonValue &data, const QByteArray &raw) -> Result<PremiumExchangerBid> {
            if (isEmptyData(data))
                return makeError(
                    errorCode(Refusal::NoBid),
                    tr("%1 has no bid with this id or hash; nothing was changed.").arg(m_client.displayName()),
                    QStringLiteral("bid_info: empty data"));
            return readBid(data.toObject(), raw, *this);
        },
        std::move(done));
}

void PremiumExchangerAdapter::track(const QString &idOrHash, QObject *context, Callback<TrackedTransaction> done)
{
    const QString key = idOrHash.trimmed();
    const bool byId = isId(key);
    bidInfo(byId ? key : QString(), byId ? QString() : key, context, [done](Result<PremiumExchangerBid> bid) {
        done(bid ? Result<TrackedTransaction>(bid->transaction) : Result<TrackedTransaction>(bid.error()));
    });
}

void PremiumExchangerAdapter::exchanges(const PremiumExchangerExchangeFilter &filter, QObject *context,
                                        Callback<QList<PremiumExchangerBid>> done)
{
    const QString method = QStringLiteral("get_exchanges");
    Result<Form> form = filterForm(filter, Time | Ip | Id | ApiId | History | Limit | Offset, method);
    if (refuseEarly<QList<PremiumExchangerBid>>(form ? Outcome(Done {}) : Outcome(form.error()), context, done))
        return;
    send<QList<PremiumExchangerBid>>(
        method, *form, false, context,
        [this](const QJsonValue &data, const QByteArray &) { return readBids(data, *this); }, std::move(done));
}

void PremiumExchangerAdapter::listExchanges(PremiumExchangerCursor cursor, QObject *context,
                                            Callback<PremiumExchangerListing> done)
{
    auto run = std::make_shared<ListingRun>();
    run->from = cursor;
    run->listing.next = cursor;
    listPage(std::move(run), context, std::move(done));
}

void PremiumExchangerAdapter::listPage(std::shared_ptr<ListingRun> run, QObject *context,
                                       Callback<PremiumExchangerListing> done)
{
    PremiumExchangerExchangeFilter filter;
    if (run->from.changedSince > 0)
        filter.from = QDateTime::fromSecsSinceEpoch(run->from.changedSince, QTimeZone::utc());
    filter.withStatusHistory = true;
    filter.limit = m_options.pageSize;
    filter.offset = run->listing.pages * m_options.pageSize;
    exchanges(filter, context, [this, run, context, done](Result<QList<PremiumExchangerBid>> page) {
        if (!page) {
            done(page.error());
            return;
        }
        ++run->listing.pages;
        int fresh = 0;
        for (const PremiumExchangerBid &bid : *page) {
            if (bid.transaction.updatedAt.isValid())
                run->newest = std::max(run->newest, bid.transaction.updatedAt.toSecsSinceEpoch());
            if (run->seen.contains(bid.transaction.providerId))
                continue;
            run->seen.insert(bid.transaction.providerId);
            run->listing.bids.append(bid);
            ++fresh;
        }
        if (page->size() < m_options.pageSize) {
            const qint64 overlap = m_options.cursorOverlap.count();
            run->listing.next.changedSince = std::max(run->from.changedSince, run->newest - overlap);
            done(run->listing);
            return;
        }
        if (fresh == 0 || run->listing.pages >= m_options.maxPages) {
            const ApiRequest request = buildRequest(QStringLiteral("get_exchanges"), {}, false);
            done(m_client.badAnswer(request,
                                    QStringLiteral("page %1 brought no new bids: the site seems to ignore "
                                                   "offset; listing stopped")
                                        .arg(run->listing.pages)));
            return;
        }
        listPage(run, context, done);
    });
}

void PremiumExchangerAdapter::createBid(const PremiumExchangerBidRequest &request, QObject *context,
                                        Callback<PremiumExchangerBid> done)
{
    if (refuseEarly<PremiumExchangerBid>(validate(request), context, done))
        return;
    Form form {{QStringLiteral("direction_id"), request.directionId}};
    const auto optional = [&form](const char *name, const QString &value) {
        if (!value.isEmpty())
            form.append({QLatin1String(name), value});
    };
    optional("partner_id", request.partnerId);
    optional("api_id", request.apiId);
    form.append({QStringLiteral("calc_amount"), request.amount.toString()});
    form.append({QStringLiteral("calc_action"), QString::number(int(request.side))});
    optional("callback_url", request.callbackUrl.toString(QUrl::FullyEncoded));
    optional("account1", request.fromAccount);
    optional("cfgive8", request.cardHolder);
    optional("account2", request.toAccount);
    for (auto it = request.customFields.begin(); it != request.customFields.end(); ++it)
        form.append({QStringLiteral("cf%1").arg(it.key()), it.value()});
    form.append(request.otherFields);
    send<PremiumExchangerBid>(
        QStringLiteral("create_bid"), form, true, context,
        [this, request](const QJsonValue &data, const QByteArray &raw) -> Result<PremiumExchangerBid> {
            const auto field = [&request](int number) { return request.customFields.value(number).trimmed(); };
            Result<PremiumExchangerBid> bid = readBid(data.toObject(), raw, *this);
            if (!bid)
                return bid;
            // What the site does not echo back, we know from what we sent.
            TrackedTransaction &t = bid.value().transaction;
            using F = PremiumExchangerBidRequest;
            t.customerName = QStringList {field(F::FirstName), field(F::MiddleName), field(F::LastName)}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(u' ');
            t.customerPhone = field(F::Phone);
            t.customerEmail = field(F::Email);
            t.address = request.toAccount;
            if (bid->apiId.isEmpty())
                bid.value().apiId = request.apiId;
            t.createdAt = t.createdAt.isValid() ? t.createdAt : QDateTime::currentDateTimeUtc();
            t.updatedAt = t.updatedAt.isValid() ? t.updatedAt : t.createdAt;
            return bid;
        },
        std::move(done));
}

static Result<PremiumExchangerStatusAnswer> statusAnswer(const PremiumExchangerAdapter &adapter, const QJsonValue &data)
{
    const QString word = data.isObject() ? text(data.toObject().value(u"status")) : text(data);
    if (word.isEmpty())
        return missing(QStringLiteral("status"));
    return PremiumExchangerStatusAnswer {adapter.statusFor(word), word};
}

void PremiumExchangerAdapter::cancelBid(const QString &hash, QObject *context,
                                        Callback<PremiumExchangerStatusAnswer> done)
{
    markBid(QStringLiteral("cancel_bid"), hash, context, std::move(done));
}

void PremiumExchangerAdapter::payBid(const QString &hash, QObject *context, Callback<PremiumExchangerStatusAnswer> done)
{
    markBid(QStringLiteral("pay_bid"), hash, context, std::move(done));
}

void PremiumExchangerAdapter::markBid(const QString &method, const QString &hash, QObject *context,
                                      Callback<PremiumExchangerStatusAnswer> done)
{
    const Outcome valid = isHash(hash)
        ? Outcome(Done {})
        : Outcome(
            invalid(tr("The bid's hash must be letters and digits, as Premium Exchanger gave it."), hash.left(40)));
    if (refuseEarly<PremiumExchangerStatusAnswer>(valid, context, done))
        return;
    send<PremiumExchangerStatusAnswer>(
        method, {{QStringLiteral("hash"), hash}}, true, context,
        [this](const QJsonValue &data, const QByteArray &) { return statusAnswer(*this, data); }, std::move(done));
}

void PremiumExchangerAdapter::partnerInfo(QObject *context, Callback<PremiumExchangerPartnerInfo> done)
{
    send<PremiumExchangerPartnerInfo>(
        QStringLiteral("get_partner_info"), {}, false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<PremiumExchangerPartnerInfo> {
            const QJsonObject o = data.toObject();
            Result<Decimal> balance = decimalOf(o.value(u"balance"), QStringLiteral("balance"));
            Result<Decimal> minimum = decimalOf(o.value(u"min_payout"), QStringLiteral("min_payout"));
            if (!balance || !minimum)
                return (balance ? minimum : balance).error();
            PremiumExchangerPartnerInfo info {text(o.value(u"partner_id")), *balance, *minimum, {}};
            for (const QJsonValue item : listOf(data)) {
                const QJsonObject c = item.toObject();
                Result<Decimal> amount = decimalOf(c.value(u"amount"), QStringLiteral("items.amount"));
                if (!amount)
                    return amount.error();
                info.currencies.append(
                    {text(c.value(u"id")), text(c.value(u"title")), text(c.value(u"comission")), *amount});
            }
            return info;
        },
        std::move(done));
}

void PremiumExchangerAdapter::partnerLinks(const PremiumExchangerExchangeFilter &filter, QObject *context,
                                           Callback<QList<PremiumExchangerPartnerVisit>> done)
{
    const QString method = m_options.partnerLinksMethod;
    Result<Form> form = filterForm(filter, Time | Ip | Limit, method);
    if (refuseEarly<QList<PremiumExchangerPartnerVisit>>(form ? Outcome(Done {}) : Outcome(form.error()), context,
                                                         done))
        return;
    send<QList<PremiumExchangerPartnerVisit>>(
        method, *form, false, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<QList<PremiumExchangerPartnerVisit>> {
            QList<PremiumExchangerPartnerVisit> visits;
            for (const QJsonValue item : listOf(data)) {
                const QJsonObject o = item.toObject();
                visits.append({unixTime(o.value(u"time")), text(o.value(u"browser")), text(o.value(u"ip")),
                               text(o.value(u"referrer")), text(o.value(u"user_hash")),
                               text(o.value(u"query_string"))});
            }
            return visits;
        },
        std::move(done));
}

void PremiumExchangerAdapter::partnerExchanges(const PremiumExchangerExchangeFilter &filter, QObject *context,
                                               Callback<QList<PremiumExchangerBid>> done)
{
    const QString method = QStringLiteral("get_partner_exchanges");
    Result<Form> form = filterForm(filter, Time | Ip | Id | History | Limit, method);
    if (refuseEarly<QList<PremiumExchangerBid>>(form ? Outcome(Done {}) : Outcome(form.error()), context, done))
        return;
    send<QList<PremiumExchangerBid>>(
        method, *form, false, context,
        [this](const QJsonValue &data, const QByteArray &) { return readBids(data, *this); }, std::move(done));
}

void PremiumExchangerAdapter::partnerPayouts(const PremiumExchangerExchangeFilter &filter, QObject *context,
                                             Callback<QList<PartnerPayout>> done)
{
    const QString method = QStringLiteral("get_partner_payouts");
    Result<Form> form = filterForm(filter, Time | Id | Limit, method);
    if (refuseEarly<QList<PartnerPayout>>(form ? Outcome(Done {}) : Outcome(form.error()), context, done))
        return;
    send<QList<PartnerPayout>>(
        method, *form, false, context,
        [this](const QJsonValue &data, const QByteArray &) -> Result<QList<PartnerPayout>> {
            QList<PartnerPayout> payouts;
            for (const QJsonValue item : listOf(data)) {
                Result<PartnerPayout> payout = readPayout(item.toObject());
                if (!payout)
                    return payout.error();
                payouts.append(*payout);
            }
            return payouts;
        },
        std::move(done));
}

void PremiumExchangerAdapter::requestPartnerPayout(const QString &methodId, const QString &account, QObject *context,
                                                   Callback<QString> done)
{
    const QString trimmed = account.trimmed();
    Outcome valid = Done {};
    if (!isId(methodId))
        valid = invalid(tr("The payout currency id must be a whole number, such as 3."), methodId.left(40));
    else if (trimmed.isEmpty() || trimmed.size() > 255)
        valid = invalid(tr("Enter the account the payout goes to."),
                        QStringLiteral("account length %1").arg(trimmed.size()));
    if (refuseEarly<QString>(valid, context, done))
        return;
    send<QString>(
        QStringLiteral("add_partner_payout"),
        {{QStringLiteral("method_id"), methodId}, {QStringLiteral("account"), trimmed}}, true, context,
        [](const QJsonValue &data, const QByteArray &) -> Result<QString> {
            const QString id = data.isObject() ? text(data.toObject().value(u"payout_id")) : text(data);
            if (id.isEmpty())
                return missing(QStringLiteral("payout_id"));
            return id;
        },
        std::move(done));
}

} // namespace sarraf
