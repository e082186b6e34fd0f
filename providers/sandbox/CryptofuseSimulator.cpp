// The Cryptofuse simulator's HTTP side: its routes, token checks and the documented endpoints.
#include "providers/sandbox/CryptofuseSimulator.h"

#include "models/domain/ExactJson.h"
#include "providers/sandbox/SandboxServer.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace sarraf {

using namespace Qt::StringLiterals;
using namespace cryptofusesim;

namespace {

QString webhookText(const CryptofuseSimulator::Webhook &webhook)
{
    return QString::fromUtf8(webhook.body);
}

// An amount as a client may send it: a JSON number (kept exact by exactjson) or a string.
std::optional<Decimal> amountOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    Result<Decimal> plain = Decimal::parse(value.toString());
    if (!plain)
        plain = Decimal::parseJsonNumber(value.toString());
    return plain ? std::optional(*plain) : std::nullopt;
}

SandboxReply refuseWith(const Error &error)
{
    return refusal(400, error.code, error.message, error.detail);
}

SandboxReply unauthorized(const QString &detail)
{
    SandboxReply reply = answer(QJsonObject{{u"detail"_s, detail}}, 401);
    reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"api\"")));
    return reply;
}

Error invalid(const QString &code, const QString &message, const QString &field)
{
    return makeError(code, message, field);
}

} // namespace

CryptofuseSimulator::CryptofuseSimulator(SandboxServer &server, QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_coins = {
        {u"USDTTRC20"_s, u"Tether USD"_s, u"usdt"_s, u"trx"_s, dec("1"), dec("10"), dec("100000"), dec("0.5")},
        {u"USDTERC20"_s, u"Tether USD"_s, u"usdt"_s, u"eth"_s, dec("1"), dec("20"), dec("100000"), dec("5")},
        {u"BTC"_s, u"Bitcoin"_s, u"btc"_s, u"btc"_s, dec("60000"), dec("0.0001"), dec("10"), dec("0.00005")},
        {u"TRX"_s, u"TRON"_s, u"trx"_s, u"trx"_s, dec("0.1"), dec("50"), dec("1000000"), dec("1")},
        {u"ETH"_s, u"Ethereum"_s, u"eth"_s, u"eth"_s, dec("3000"), dec("0.005"), dec("100"), dec("0.001")},
    };
    setBalance(u"USDTTRC20"_s, dec("1000"));
    setBalance(u"BTC"_s, dec("0.05"));
    setBalance(u"TRX"_s, dec("5000"));
    server.addSimulatedProvider(u"cryptofuse"_s);
    installRoutes(server);
}

CryptofuseSimulator::~CryptofuseSimulator() = default;

void CryptofuseSimulator::installRoutes(SandboxServer &server)
{
    // Every API route needs a live bearer token; /o/token/ and /status/ do not.
    const auto guarded = [this](std::function<SandboxReply(const SandboxRequest &)> handler) {
        return [this, handler](const SandboxRequest &request) {
            return refuseToken(request).value_or(handler ? handler(request) : SandboxReply());
        };
    };
    const QString p = u"/cryptofuse"_s;
    server.addRoute("POST", p + u"/o/token/"_s, [this](const SandboxRequest &r) { return token(r); });
    server.addRoute("GET", p + u"/status/"_s, [](const SandboxRequest &) {
        return answer(QJsonObject{{u"status"_s, u"ok"_s}, {u"testnet"_s, true}, {u"timestamp"_s, now()}});
    });
    server.addRoute("GET", p + u"/currencies/"_s, guarded([this](const SandboxRequest &r) { return currencies(r); }));
    server.addRoute("GET", p + u"/rates/"_s, guarded([this](const SandboxRequest &r) { return rates(r); }));
    server.addRoute("POST", p + u"/payments/"_s, guarded([this](const SandboxRequest &r) { return createPayment(r); }));
    server.addRoute("POST", p + u"/payments/status/"_s,
                    guarded([this](const SandboxRequest &r) { return paymentStatus(r); }));
    server.addRoute("GET", p + u"/payments/min-amount/"_s,
                    guarded([this](const SandboxRequest &r) { return minimumAmount(r); }));
    server.addRoute("GET", p + u"/user/balances/"_s, guarded([this](const SandboxRequest &) { return balances(); }));
    server.addRoute("POST", p + u"/withdrawal/validate-address/"_s,
                    guarded([this](const SandboxRequest &r) { return validateAddress(r); }));
    server.addRoute("POST", p + u"/withdrawal/estimate/"_s,
                    guarded([this](const SandboxRequest &r) { return estimate(r); }));
    server.addRoute("POST", p + u"/withdrawal/"_s,
                    guarded([this](const SandboxRequest &r) { return createWithdrawal(r); }));

    const QString c = u"/_sandbox/cryptofuse"_s;
    server.addRoute("POST", c + u"/(payments|withdrawals)/([^/]+)/status"_s,
                    [this](const SandboxRequest &r) { return control(r); });
    server.addRoute("GET", c + u"/webhooks/([^/]+)"_s, [this](const SandboxRequest &r) {
        const Result<Webhook> webhook = webhookFor(r.captures.value(0));
        if (!webhook)
            return refusal(404, u"not_found"_s, webhook.error().message);
        return answer(QJsonObject{{u"body"_s, webhookText(*webhook)},
                                   {u"signature"_s, QString::fromLatin1(webhook->signature)}});
    });
    server.addRoute("POST", c + u"/tokens/expire"_s, [this](const SandboxRequest &) {
        expireTokens();
        return answer(QJsonObject{{u"expired"_s, true}});
    });
}

void CryptofuseSimulator::setCredentials(const QString &clientId, const QString &clientSecret,
                                         const QString &webhookSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_webhookSecret = webhookSecret;
}

void CryptofuseSimulator::expireTokens()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = -1;
}

void CryptofuseSimulator::setBalance(const QString &currency, const Decimal &amount)
{
    m_balances[currency].first = amount;
}

int CryptofuseSimulator::withdrawalsTo(const QString &address) const
{
    return int(std::count_if(m_withdrawals.cbegin(), m_withdrawals.cend(),
                             [&address](const Withdrawal &w) { return w.address == address; }));
}

QByteArray CryptofuseSimulator::sign(const QByteArray &body, const QString &secret)
{
    return QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

std::optional<SandboxReply> CryptofuseSimulator::refuseToken(const SandboxRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer "))
        return unauthorized(u"Authentication credentials were not provided."_s);
    const auto it = m_tokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (it == m_tokens.constEnd() || it.value() <= m_clock.elapsed())
        return unauthorized(u"Invalid token."_s);
    return std::nullopt;
}

SandboxReply CryptofuseSimulator::token(const SandboxRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto value = [&](const QString &key) { return form.queryItemValue(key, QUrl::FullyDecoded); };
    if (value(u"grant_type"_s) != u"client_credentials")
        return answer(QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}}, 400);
    if (value(u"client_id"_s) != m_clientId || value(u"client_secret"_s) != m_clientSecret)
        return answer(QJsonObject{{u"error"_s, u"invalid_client"_s}}, 401);
    QByteArray random(24, '\0');
    for (char &byte : random)
        byte = char(QRandomGenerator::global()->bounded(256));
    const QString issued = u"cfsbx_"_s + QString::fromLatin1(random.toHex());
    m_tokens.insert(issued, m_clock.elapsed() + qint64(m_tokenLifetime.count()) * 1000);
    ++m_tokensIssued;
    const QString scope = value(u"scope"_s).replace(u'+', u' ');
    return answer(QJsonObject{{u"access_token"_s, issued},
                               {u"token_type"_s, u"Bearer"_s},
                               {u"expires_in"_s, number(Decimal::fromInteger(m_tokenLifetime.count()))},
                               {u"scope"_s, scope.isEmpty() ? u"read write"_s : scope}});
}

const CryptofuseSimulator::Coin *CryptofuseSimulator::coin(const QString &code) const
{
    for (const Coin &candidate : m_coins) {
        if (candidate.code.compare(code, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

bool CryptofuseSimulator::addressFits(const Coin &coin, const QString &address) const
{
    static const QRegularExpression tron(u"^T[1-9A-HJ-NP-Za-km-z]{33}$"_s);
    static const QRegularExpression ethereum(u"^0x[0-9a-fA-F]{40}$"_s);
    static const QRegularExpression bitcoin(u"^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$"_s);
    const QRegularExpression &pattern = coin.blockchain == u"trx" ? tron
        : coin.blockchain == u"eth"                               ? ethereum
                                                                  : bitcoin;
    return pattern.match(address).hasMatch();
}

QString CryptofuseSimulator::newAddress(const Coin &coin)
{
    const QByteArray seed = QCryptographicHash::hash(
        QByteArray(QByteArray::number(++m_addresses) + coin.code.toLatin1()), QCryptographicHash::Sha256);
    const auto from = [&seed](QStringView alphabet, int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += alphabet[quint8(seed[i % seed.size()] + i) % alphabet.size()];
        return text;
    };
    if (coin.blockchain == u"trx")
        return u"T"_s + from(u"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 33);
    if (coin.blockchain == u"eth")
        return u"0x"_s + QString::fromLatin1(seed.toHex().left(40));
    return u"bc1q"_s + from(u"qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38);
}

SandboxReply CryptofuseSimulator::currencies(const SandboxRequest &request) const
{
    const bool limits = request.query.queryItemValue(u"min_max"_s) == u"true";
    const bool inUsd = request.query.queryItemValue(u"include_usd"_s) == u"true";
    QJsonArray list;
    for (const Coin &c : m_coins) {
        QJsonObject entry{{u"currency"_s, c.code},
                           {u"name"_s, c.name},
                           {u"token"_s, c.token},
                           {u"blockchain"_s, c.blockchain},
                           {u"is_stable"_s, c.token == u"usdt"}};
        if (limits) {
            entry.insert(u"min_amount"_s, crypto(c.minAmount));
            entry.insert(u"max_amount"_s, crypto(c.maxAmount));
        }
        if (limits && inUsd) {
            entry.insert(u"min_amount_usd"_s, usd(c.minAmount * c.usdPrice));
            entry.insert(u"max_amount_usd"_s, usd(c.maxAmount * c.usdPrice));
        }
        list.append(entry);
    }
    return answer(QJsonObject{{u"currencies"_s, list}});
}

SandboxReply CryptofuseSimulator::rates(const SandboxRequest &request) const
{
    const QString from = request.query.queryItemValue(u"currency_from"_s);
    const QString to = request.query.queryItemValue(u"currency_to"_s);
    const std::optional<Decimal> amount = amountOf(request.query.queryItemValue(u"amount"_s));
    const Coin *fromCoin = coin(from);
    const Coin *toCoin = coin(to);
    if ((!fromCoin && from != u"USD") || (!toCoin && to != u"USD"))
        return refusal(400, u"invalid_currency"_s, u"Currency not supported"_s,
                       fromCoin || from == u"USD" ? u"currency_to"_s : u"currency_from"_s);
    if (!amount || amount->sign() <= 0)
        return refusal(400, u"invalid_request"_s, u"A valid positive amount is required."_s, u"amount"_s);
    const Decimal fromPrice = fromCoin ? fromCoin->usdPrice : dec("1");
    const Decimal toPrice = toCoin ? toCoin->usdPrice : dec("1");
    const Decimal rate
        = (fromPrice * dec("0.99")).divided(toPrice, 12, RoundingMode::HalfEven).valueOr(Decimal()).normalized();
    const Decimal estimated = (*amount * rate).rescaled(toCoin ? 8 : 2, RoundingMode::Down);
    return answer(QJsonObject{{u"currency_from"_s, from},
                               {u"currency_to"_s, to},
                               {u"amount"_s, number(*amount)},
                               {u"estimated_amount"_s, number(estimated)},
                               {u"rate"_s, number(rate)},
                               {u"fee_percentage"_s, number(dec("1.0"))},
                               {u"fee_amount"_s, number((*amount * dec("0.01")).normalized())},
                               {u"timestamp"_s, now()}});
}

Result<CryptofuseSimulator::Payment> CryptofuseSimulator::newPayment(const QJsonObject &body) const
{
    Payment p;
    const std::optional<Decimal> amount = amountOf(body.value(u"amount"_s));
    if (!amount || amount->sign() <= 0)
        return invalid(u"invalid_request"_s, u"A valid positive amount is required."_s, u"amount"_s);
    const Coin *c = coin(body.value(u"currency"_s).toString());
    if (!c)
        return invalid(u"invalid_currency"_s, u"Currency not supported"_s, u"currency"_s);
    p.currency = c->code;
    p.priceCurrency = body.value(u"price_currency"_s).toString(u"USD"_s).toUpper();
    const Coin *priceCoin = coin(p.priceCurrency);
    if (!priceCoin && p.priceCurrency != u"USD")
        return invalid(u"invalid_currency"_s, u"Currency not supported"_s, u"price_currency"_s);
    p.amountUsd = priceCoin ? *amount * priceCoin->usdPrice : *amount;
    p.amountCrypto = p.amountUsd.divided(c->usdPrice, 8, RoundingMode::HalfUp).valueOr(Decimal());
    p.amountUsd = p.amountUsd.rescaled(2, RoundingMode::HalfUp);
    if (p.amountCrypto < c->minAmount)
        return invalid(u"invalid_request"_s, u"Amount below minimum"_s, u"amount"_s);
    if (p.amountCrypto > c->maxAmount)
        return invalid(u"invalid_request"_s, u"Amount above maximum"_s, u"amount"_s);
    p.callbackUrl = QUrl(body.value(u"callback_url"_s).toString(), QUrl::StrictMode);
    if (body.contains(u"callback_url"_s) && (!p.callbackUrl.isValid() || !p.callbackUrl.scheme().startsWith(u"http")))
        return invalid(u"invalid_request"_s, u"Enter a valid URL."_s, u"callback_url"_s);
    const Result<qint64> minutes = body.contains(u"expiry_minutes"_s)
        ? exactjson::integerFromJson(body.value(u"expiry_minutes"_s))
        : Result<qint64>(30);
    if (!minutes || *minutes < 1 || *minutes > 1440)
        return invalid(u"invalid_request"_s, u"Ensure this value is between 1 and 1440."_s, u"expiry_minutes"_s);
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.orderId = body.value(u"order_id"_s).toString();
    p.orderDescription = body.value(u"order_description"_s).toString();
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.expiresAt = p.createdAt.addSecs(*minutes * 60);
    // The testnet amounts, in USD, and what each leads to.
    const auto is = [&](const char *test) { return p.priceCurrency == u"USD" && *amount == dec(test); };
    if (is("123.45") || is("234.56")) {
        p.paymentType = u"full"_s; // the outcome to come; shown once it is reached
        p.plan = {{m_timing.confirmAfter, u"confirming"_s},
                  {is("123.45") ? m_timing.settleAfter : m_timing.slowSettleAfter, u"completed"_s}};
    } else if (is("345.67")) {
        p.paymentType = u"partial"_s;
        p.plan = {{m_timing.confirmAfter, u"confirming"_s}, {m_timing.settleAfter, u"partially_paid"_s}};
    } else if (is("456.78")) {
        p.paymentType = u"overpayment"_s;
        p.plan = {{m_timing.confirmAfter, u"confirming"_s}, {m_timing.settleAfter, u"completed"_s}};
    } else if (is("567.89") || is("678.90")) {
        p.plan = {{m_timing.settleAfter, is("567.89") ? u"expired"_s : u"failed"_s}};
    } else {
        p.plan = {{std::chrono::minutes(*minutes), u"expired"_s}};
    }
    p.address = QString(); // given by addPayment, which owns the address counter
    return p;
}

QString CryptofuseSimulator::addPayment(Payment payment)
{
    payment.address = newAddress(*coin(payment.currency));
    const QString id = payment.id;
    for (const auto &[after, status] : std::as_const(payment.plan)) {
        QTimer::singleShot(after, this, [this, id, status = status] {
            const auto it = m_payments.constFind(id);
            const bool final = it != m_payments.constEnd()
                && QStringList{u"completed"_s, u"partially_paid"_s, u"expired"_s, u"failed"_s}.contains(it->status);
            // Expiry only ends a payment nobody paid; a control call may have moved it on.
            if (it != m_payments.constEnd() && !final && (status != u"expired" || it->status == u"waiting"))
                (void)setPaymentStatus(id, status, it->paymentType);
        });
    }
    m_payments.insert(id, std::move(payment));
    return id;
}

SandboxReply CryptofuseSimulator::createPayment(const SandboxRequest &request)
{
    Result<Payment> payment = newPayment(bodyOf(request));
    if (!payment)
        return refuseWith(payment.error());
    const QString id = addPayment(std::move(payment).value());
    const QJsonObject full = paymentJson(m_payments.value(id), false);
    return answer(keep(full,
                       {u"transaction_id"_s, u"status"_s, u"blockchain_address"_s, u"amount_usd"_s, u"amount_crypto"_s,
                        u"blockchain"_s, u"token"_s, u"currency"_s, u"expiry_time"_s, u"created_at"_s}),
                  201);
}

SandboxReply CryptofuseSimulator::paymentStatus(const SandboxRequest &request) const
{
    const QString id = bodyOf(request).value(u"transaction_id"_s).toString();
    if (id.isEmpty())
        return refusal(400, u"invalid_request"_s, u"This field is required."_s, u"transaction_id"_s);
    if (!m_payments.contains(id))
        return refusal(404, u"not_found"_s, u"Payment not found."_s);
    return answer(paymentJson(m_payments.value(id), false));
}

SandboxReply CryptofuseSimulator::minimumAmount(const SandboxRequest &request) const
{
    const Coin *c = coin(request.query.queryItemValue(u"currency"_s));
    if (!c)
        return refusal(400, u"invalid_currency"_s, u"Currency not supported"_s, u"currency"_s);
    return answer(QJsonObject{{u"currency"_s, c->code},
                               {u"min_amount"_s, crypto(c->minAmount)},
                               {u"min_amount_usd"_s, usd(c->minAmount * c->usdPrice)}});
}

SandboxReply CryptofuseSimulator::balances() const
{
    QJsonObject account;
    for (auto it = m_balances.begin(); it != m_balances.end(); ++it) {
        const Coin *c = coin(it.key());
        account.insert(it.key(),
                       QJsonObject{{u"amount"_s, crypto(it->first)},
                                    {u"pending_amount"_s, crypto(it->second)},
                                    {u"currency"_s,
                                     QJsonObject{{u"currency"_s, it.key()},
                                                  {u"blockchain"_s, c->blockchain.toUpper()},
                                                  {u"token"_s, c->token.toUpper()}}}});
    }
    return answer(QJsonObject{{u"account"_s, account}});
}

SandboxReply CryptofuseSimulator::validateAddress(const SandboxRequest &request) const
{
    const QJsonObject body = bodyOf(request);
    const Coin *c = coin(body.value(u"currency"_s).toString());
    if (!c)
        return refusal(400, u"invalid_currency"_s, u"Currency not supported"_s, u"currency"_s);
    const QString address = body.value(u"address"_s).toString();
    return answer(QJsonObject{{u"is_valid"_s, addressFits(*c, address)},
                               {u"address"_s, address},
                               {u"blockchain"_s, c->blockchain.toUpper()},
                               {u"currency"_s, c->code}});
}

Result<CryptofuseSimulator::Withdrawal> CryptofuseSimulator::newWithdrawal(const QJsonObject &body,
                                                                           bool addressRequired) const
{
    Withdrawal w;
    const std::optional<Decimal> amount = amountOf(body.value(u"amount"_s));
    if (!amount || amount->sign() <= 0)
        return invalid(u"invalid_request"_s, u"A valid positive amount is required."_s, u"amount"_s);
    const Coin *c = coin(body.value(u"currency"_s).toString());
    if (!c)
        return invalid(u"invalid_currency"_s, u"Currency not supported"_s, u"currency"_s);
    w.currency = c->code;
    w.address = body.value(u"address"_s).toString();
    if ((addressRequired || !w.address.isEmpty()) && !addressFits(*c, w.address))
        return invalid(u"invalid_request"_s, u"Invalid address for this currency."_s, u"address"_s);
    w.requested = *amount;
    w.platformFee = (*amount * dec("0.01")).rescaled(8, RoundingMode::HalfUp);
    w.networkFee = c->networkFee;
    w.received = w.requested - w.platformFee - w.networkFee;
    if (w.received.sign() <= 0)
        return invalid(u"invalid_request"_s, u"Amount does not cover the fees."_s, u"amount"_s);
    w.feeUsd = ((w.platformFee + w.networkFee) * c->usdPrice).rescaled(2, RoundingMode::HalfUp);
    w.callbackUrl = QUrl(body.value(u"callback_url"_s).toString(), QUrl::StrictMode);
    w.createdAt = QDateTime::currentDateTimeUtc();
    return w;
}

SandboxReply CryptofuseSimulator::estimate(const SandboxRequest &request) const
{
    const Result<Withdrawal> w = newWithdrawal(bodyOf(request), false);
    if (!w)
        return refuseWith(w.error());
    const Coin *c = coin(w->currency);
    return answer(QJsonObject{{u"withdrawal_id"_s, QJsonValue::Null},
                               {u"status"_s, u"estimate"_s},
                               {u"amount"_s, crypto(w->received)},
                               {u"requested_amount"_s, crypto(w->requested)},
                               {u"fee"_s, crypto(w->platformFee + w->networkFee)},
                               {u"platform_fee"_s, crypto(w->platformFee)},
                               {u"network_fee"_s, crypto(w->networkFee)},
                               {u"blockchain"_s, c->blockchain.toUpper()},
                               {u"token"_s, c->token.toUpper()},
                               {u"currency"_s, c->code}});
}

SandboxReply CryptofuseSimulator::createWithdrawal(const SandboxRequest &request)
{
    Result<Withdrawal> made = newWithdrawal(bodyOf(request), true);
    if (!made)
        return refuseWith(made.error());
    Withdrawal w = std::move(made).value();
    auto &[available, pending] = m_balances[w.currency];
    if (available < w.requested)
        return refusal(400, u"insufficient_balance"_s, u"Insufficient balance"_s);
    available = available - w.requested;
    pending = pending + w.requested;
    w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = w.id;
    m_withdrawals.insert(id, w);
    int step = 0;
    for (const QString &status : {u"processing"_s, u"completed"_s}) {
        QTimer::singleShot(m_timing.withdrawalStep * ++step, this, [this, id, status] {
            const QString current = m_withdrawals.value(id).status;
            if (current == u"pending" || (current == u"processing" && status == u"completed"))
                (void)setWithdrawalStatus(id, status);
        });
    }
    return answer(keep(withdrawalJson(w, false),
                       {u"withdrawal_id"_s, u"status"_s, u"amount"_s, u"requested_amount"_s, u"fee"_s, u"address"_s,
                        u"created_at"_s}),
                  201);
}

} // namespace sarraf
