#include "providers/sandbox/GitmixSimulator.h"

#include "models/domain/ExactJson.h"
#include "models/domain/LogCategories.h"
#include "providers/sandbox/SandboxServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

const QStringList kStatuses{u"pending"_s, u"processing"_s, u"paid"_s, u"cancelled"_s, u"review"_s};
const QStringList kCurrencies{u"USD"_s, u"IRR"_s, u"TMN"_s, u"POL"_s, u"TRX"_s, u"TON"_s, u"BNB"_s};
const QString kKeyRefused = u"Transaction not found or invalid api key"_s; // the document's only error text

// JSON.stringify's string form, written here independently of the adapter's verifier on purpose:
// the contract tests then prove two implementations agree, not one with itself.
QByteArray jsString(QStringView text)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\\')
            out += u'\\' + c;
        else if (c == u'\n')
            out += u"\\n";
        else if (c == u'\r')
            out += u"\\r";
        else if (c == u'\t')
            out += u"\\t";
        else if (c == u'\b')
            out += u"\\b";
        else if (c == u'\f')
            out += u"\\f";
        else if (c.unicode() < 0x20 || (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < text.size()
                                                             && text[i + 1].isLowSurrogate())))
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else if (c.isHighSurrogate())
            out += text.sliced(i++, 2);
        else
            out += c;
    }
    return (out + u'"').toUtf8();
}

// How JavaScript prints the number an exact decimal amount becomes (Number::toString), from the
// decimal digits rather than a double: exact for the up to 15 significant digits a double keeps.
QByteArray jsNumber(const QString &decimal)
{
    const bool negative = decimal.startsWith(u'-');
    QString text = decimal.mid(negative ? 1 : 0);
    const qsizetype point = text.indexOf(u'.');
    const qsizetype integerDigits = point < 0 ? text.size() : point;
    text.remove(u'.');
    qsizetype leadingZeros = 0;
    while (leadingZeros < text.size() && text[leadingZeros] == u'0')
        ++leadingZeros;
    QByteArray digits = text.mid(leadingZeros).toLatin1();
    while (digits.endsWith('0'))
        digits.chop(1);
    if (digits.isEmpty())
        return "0";
    const qsizetype n = integerDigits - leadingZeros;
    const qsizetype k = digits.size();
    QByteArray out = negative ? "-" : "";
    if (k <= n && n <= 21)
        return out + digits + QByteArray(n - k, '0');
    if (0 < n && n <= 21)
        return out + digits.left(n) + '.' + digits.mid(n);
    if (-6 < n && n <= 0)
        return out + "0." + QByteArray(-n, '0') + digits;
    const QByteArray mantissa = k == 1 ? digits : digits.left(1) + '.' + digits.mid(1);
    return out + mantissa + 'e' + (n - 1 < 0 ? '-' : '+') + QByteArray::number(std::abs(n - 1));
}

// A JSON object written member by member: keys stay in the order the real service uses.
class ObjectText final
{
public:
    ObjectText &raw(const char *key, const QByteArray &json)
    {
        m_members += (m_members.isEmpty() ? "\"" : ",\"") + QByteArray(key) + "\":" + json;
        return *this;
    }
    ObjectText &text(const char *key, const QString &value) { return raw(key, jsString(value)); }
    ObjectText &textOrNull(const char *key, const QString &value)
    {
        return raw(key, value.isEmpty() ? QByteArray("null") : jsString(value));
    }
    ObjectText &integer(const char *key, std::optional<qint64> value)
    {
        return raw(key, value ? QByteArray::number(*value) : QByteArray("null"));
    }
    QByteArray finish() const { return '{' + m_members + '}'; }

private:
    QByteArray m_members;
};

QString tehranTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(12600).toString(Qt::ISODateWithMs); // +03:30, as the document shows
}

QByteArray payableOf(const Money &amount)
{
    const Result<Money> rial = amount.currency() == u"TMN" ? amount.toRial() : Result<Money>(amount);
    return jsNumber(rial ? rial->amountText() : amount.amountText());
}

SandboxReply errorsReply(int status, const QStringList &messages)
{
    QByteArray items;
    for (const QString &message : messages)
        items += (items.isEmpty() ? "" : ",") + ObjectText().text("message", message).finish();
    SandboxReply reply;
    reply.status = status;
    reply.body = "{\"errors\":[" + items + "]}";
    return reply;
}

SandboxReply rawJson(const QByteArray &body, int status = 200)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}

// The document's table as the service checks it: name, kind, required, maximum length.
struct Rule
{
    const char *name;
    enum Kind { PositiveInteger, PositiveNumber, Number, Text, Url, Status, Currency } kind;
    bool required;
    qsizetype maxLength;
};
constexpr Rule kRules[] = {
    {"storeId", Rule::PositiveInteger, true, 0},    {"gatewayId", Rule::PositiveInteger, false, 0},
    {"status", Rule::Status, false, 0},             {"deadlineAt", Rule::PositiveNumber, false, 0},
    {"amount", Rule::PositiveNumber, true, 0},      {"description", Rule::Text, false, 250},
    {"currency", Rule::Currency, true, 0},          {"callbackUrl", Rule::Url, true, 0},
    {"successRedirectUrl", Rule::Url, true, 0},     {"failRedirectUrl", Rule::Url, true, 0},
    {"customerPhoneNumber", Rule::Text, false, 0},  {"customerIp", Rule::Text, false, 50},
    {"customerEmail", Rule::Text, false, 320},      {"score", Rule::Number, false, 0},
};

// typed: QJsonDocument's view (for JSON types); exact: exactjson's (for the digits).
QStringList violations(const QJsonObject &typed, const QJsonObject &exact)
{
    QStringList messages;
    for (const Rule &rule : kRules) {
        const QString name = QString::fromLatin1(rule.name);
        const QJsonValue value = typed.value(name);
        const QString digits = exact.value(name).toString();
        if (value.isUndefined() || value.isNull()) {
            if (rule.required)
                messages << u"The %1 field must be defined"_s.arg(name);
            continue;
        }
        switch (rule.kind) {
        case Rule::PositiveInteger:
        case Rule::PositiveNumber:
        case Rule::Number: {
            const Result<Decimal> number = Decimal::parseJsonNumber(digits);
            if (!value.isDouble() || !number)
                messages << u"The %1 field must be a number"_s.arg(name);
            else if (rule.kind != Rule::Number && (number->isZero() || number->isNegative()))
                messages << u"The %1 field must be positive"_s.arg(name);
            else if (rule.kind == Rule::PositiveInteger && !exactjson::integerFromJson(exact.value(name)))
                messages << u"The %1 field must be an integer"_s.arg(name);
            break;
        }
        case Rule::Text:
            if (!value.isString())
                messages << u"The %1 field must be a string"_s.arg(name);
            else if (rule.maxLength > 0 && value.toString().size() > rule.maxLength)
                messages << u"The %1 field must not be greater than %2 characters"_s.arg(name).arg(rule.maxLength);
            break;
        case Rule::Url:
            if (!value.isString() || !isWebUrl(value.toString()))
                messages << u"The %1 field must be a valid URL"_s.arg(name);
            break;
        case Rule::Status:
        case Rule::Currency:
            if (!(rule.kind == Rule::Status ? kStatuses : kCurrencies).contains(value.toString()))
                messages << u"The selected %1 is invalid"_s.arg(name);
            break;
        }
    }
    return messages;
}

} // namespace

GitmixSimulator::GitmixSimulator(SandboxServer &server, QString storeToken, qint64 storeId, QObject *parent)
    : QObject(parent)
    , m_storeToken(std::move(storeToken))
    , m_storeId(storeId)
    , m_storeCreatedAt(QDateTime::currentDateTimeUtc().addDays(-30))
{
    server.addSimulatedProvider(u"gitmix"_s);
    server.addRoute("POST", u"/gitmix/invoices"_s, [this](const SandboxRequest &r) { return createInvoice(r); });
    server.addRoute("GET", u"/gitmix/invoices/([^/]+)"_s, [this](const SandboxRequest &r) { return invoiceStatus(r); });
    server.addRoute("GET", u"/gitmix/payment/([^/]+)"_s, [this](const SandboxRequest &r) { return paymentPage(r); });
    server.addRoute("POST", u"/_sandbox/gitmix/invoices/([^/]+)/status"_s,
                    [this](const SandboxRequest &r) { return controlStatus(r); });
    server.addRoute("GET", u"/_sandbox/gitmix/invoices/([^/]+)/callback"_s, [this](const SandboxRequest &r) {
        const QByteArray body = callbackBody(r.captures.value(0));
        return body.isEmpty() ? errorsReply(404, {kKeyRefused}) : rawJson(body);
    });
    server.addRoute("POST", u"/_sandbox/gitmix/invoices/([^/]+)/callback"_s, [this](const SandboxRequest &r) {
        return rawJson(sendCallback(r.captures.value(0)) ? "{\"sent\":true}" : "{\"sent\":false}");
    });
}

GitmixSimulator::~GitmixSimulator() = default;

bool GitmixSimulator::authorised(const SandboxRequest &request) const
{
    return !m_storeToken.isEmpty() && request.header("x-api-key") == m_storeToken.toUtf8();
}

GitmixSimulator::Invoice &GitmixSimulator::addInvoice(Invoice invoice)
{
    invoice.id = m_nextId++;
    invoice.txid = QString::number(m_nextTxid++);
    return m_invoices[invoice.txid] = std::move(invoice);
}

SandboxReply GitmixSimulator::createInvoice(const SandboxRequest &request)
{
    if (!authorised(request))
        return errorsReply(401, {kKeyRefused}); // HTTP status undocumented: 401 chosen
    const QJsonDocument typed = QJsonDocument::fromJson(request.body);
    const Result<QJsonDocument> exact = exactjson::parse(request.body);
    if (!typed.isObject() || !exact || !exact->isObject())
        return errorsReply(400, {u"The request body must be a JSON object"_s});
    const QJsonObject body = typed.object();
    const QJsonObject digits = exact->object();
    QStringList problems = violations(body, digits);
    const Result<Money> amount = problems.isEmpty()
        ? Money::fromJsonNumber(digits.value("amount"_L1).toString(), body.value("currency"_L1).toString())
        : Result<Money>(Money());
    if (problems.isEmpty() && !amount)
        problems << u"The amount field has more decimals than its currency allows"_s;
    if (problems.isEmpty() && exactjson::integerFromJson(digits.value("storeId"_L1)).valueOr(0) != m_storeId)
        problems << u"The storeId field does not match the store of this api key"_s;
    if (!problems.isEmpty())
        return errorsReply(422, problems); // HTTP status undocumented: 422, as validators answer

    Invoice invoice;
    invoice.statusSent = body.contains("status"_L1);
    invoice.status = invoice.statusSent ? body.value("status"_L1).toString() : u"pending"_s;
    invoice.amount = *amount;
    if (body.contains("gatewayId"_L1))
        invoice.gatewayId = exactjson::integerFromJson(digits.value("gatewayId"_L1)).valueOr(0);
    invoice.deadlineAt = digits.value("deadlineAt"_L1).toString();
    invoice.description = body.value("description"_L1).toString();
    invoice.callbackUrl = body.value("callbackUrl"_L1).toString();
    invoice.successRedirectUrl = body.value("successRedirectUrl"_L1).toString();
    invoice.failRedirectUrl = body.value("failRedirectUrl"_L1).toString();
    invoice.customerPhoneNumber = body.value("customerPhoneNumber"_L1).toString();
    invoice.customerIp = body.value("customerIp"_L1).toString();
    invoice.customerEmail = body.value("customerEmail"_L1).toString();
    if (body.contains("score"_L1))
        invoice.score = exactjson::integerFromJson(digits.value("score"_L1)).valueOr(0);
    invoice.createdAt = invoice.updatedAt = QDateTime::currentDateTimeUtc();
    const Invoice &created = addInvoice(std::move(invoice));
    if (m_paidAfter) {
        QTimer::singleShot(*m_paidAfter, this, [this, txid = created.txid] {
            if (m_invoices.value(txid).status == u"pending")
                setStatus(txid, u"paid"_s);
        });
    }
    return rawJson(createdAnswer(created));
}

QByteArray GitmixSimulator::createdAnswer(const Invoice &invoice) const
{
    ObjectText answer;
    answer.integer("storeId", m_storeId);
    if (invoice.gatewayId)
        answer.integer("gatewayId", invoice.gatewayId);
    if (invoice.statusSent)
        answer.text("status", invoice.status);
    if (!invoice.deadlineAt.isEmpty())
        answer.raw("deadlineAt", invoice.deadlineAt.toLatin1());
    answer.raw("amount", jsNumber(invoice.amount.amountText()));
    if (!invoice.description.isEmpty())
        answer.text("description", invoice.description);
    answer.text("currency", invoice.amount.currency())
        .text("callbackUrl", invoice.callbackUrl)
        .text("successRedirectUrl", invoice.successRedirectUrl)
        .text("failRedirectUrl", invoice.failRedirectUrl);
    if (!invoice.customerPhoneNumber.isEmpty())
        answer.text("customerPhoneNumber", invoice.customerPhoneNumber);
    if (!invoice.customerIp.isEmpty())
        answer.text("customerIp", invoice.customerIp);
    if (!invoice.customerEmail.isEmpty())
        answer.text("customerEmail", invoice.customerEmail);
    if (invoice.score)
        answer.integer("score", invoice.score);
    return answer.raw("txid", invoice.txid.toLatin1()) // a number here, a string in the status answer
        .text("createdAt", tehranTime(invoice.createdAt))
        .text("updatedAt", tehranTime(invoice.updatedAt))
        .integer("id", invoice.id)
        .finish();
}

QByteArray GitmixSimulator::statusAnswer(const Invoice &invoice) const
{
    // Member order and JSON types as in the document's example answer.
    const QString storeTime = tehranTime(m_storeCreatedAt);
    ObjectText store;
    store.integer("id", m_storeId).integer("userId", 1).text("name", u"Sarraf sandbox store"_s);
    store.text("url", u"https://sandbox-store.example"_s).text("token", m_storeToken); // the API key itself
    store.text("status", u"active"_s).text("createdAt", storeTime).text("updatedAt", storeTime);
    store.text("returnType", u"origin"_s);
    ObjectText gateway;
    gateway.integer("id", invoice.gatewayId).integer("storeId", m_storeId).text("name", u"درگاه آزمایشی"_s);
    gateway.text("accountNumber", u"0000000000000000"_s).text("publicAddress", u"Sandbox Public"_s);
    gateway.raw("privateKey", "null").raw("accessToken", "null").text("type", u"shetab"_s);
    gateway.raw("kyc", "false").raw("noVpn", "false").text("status", u"active"_s).integer("minScore", 0);
    gateway.text("createdAt", storeTime).text("updatedAt", storeTime);
    QByteArray history;
    for (const HistoryStep &step : invoice.history) {
        ObjectText entry;
        entry.integer("id", step.id).integer("transactionId", invoice.id).text("status", step.status);
        entry.raw("description", "null").text("createdAt", tehranTime(step.at)).text("updatedAt", tehranTime(step.at));
        history += (history.isEmpty() ? "" : ",") + entry.finish();
    }
    ObjectText answer;
    answer.integer("id", invoice.id).text("txid", invoice.txid).raw("otp", "null").integer("storeId", m_storeId);
    answer.integer("gatewayId", invoice.gatewayId).text("status", invoice.status).text("kycStatus", u"unverified"_s);
    answer.textOrNull("deadlineAt", invoice.deadlineAt); // a string here, a number in the request
    answer.text("currency", invoice.amount.currency()).raw("amount", jsNumber(invoice.amount.amountText()));
    answer.raw("payable", payableOf(invoice.amount)).textOrNull("paymentRef", invoice.paymentRef);
    answer.text("callbackUrl", invoice.callbackUrl).textOrNull("callbackStatus", invoice.callbackStatus);
    answer.text("successRedirectUrl", invoice.successRedirectUrl).text("failRedirectUrl", invoice.failRedirectUrl);
    answer.textOrNull("customerIp", invoice.customerIp).raw("customerFingerprint", "null");
    answer.textOrNull("customerPhoneNumber", invoice.customerPhoneNumber);
    answer.textOrNull("customerEmail", invoice.customerEmail).integer("score", invoice.score.value_or(0));
    answer.text("createdAt", tehranTime(invoice.createdAt)).text("updatedAt", tehranTime(invoice.updatedAt));
    answer.textOrNull("description", invoice.description).raw("store", store.finish());
    answer.raw("gateway", invoice.gatewayId ? gateway.finish() : QByteArray("null"));
    return answer.raw("transactionHistories", '[' + history + ']').finish();
}

SandboxReply GitmixSimulator::invoiceStatus(const SandboxRequest &request) const
{
    const auto found = m_invoices.constFind(request.captures.value(0));
    if (!authorised(request))
        return errorsReply(401, {kKeyRefused});
    if (found == m_invoices.cend())
        return errorsReply(404, {kKeyRefused}); // HTTP status undocumented: 404 chosen
    return rawJson(statusAnswer(*found));
}

SandboxReply GitmixSimulator::paymentPage(const SandboxRequest &request) const
{
    for (const Invoice &invoice : m_invoices) {
        if (QString::number(invoice.id) != request.captures.value(0))
            continue;
        const QString control = u"/_sandbox/gitmix/invoices/"_s + invoice.txid + u"/status"_s;
        const QString page = uR"(<!doctype html><html lang="fa" dir="rtl"><meta charset="utf-8">
<title>Gitmix sandbox</title><h1>پرداخت آزمایشی</h1><p>%1 %2 — %3</p><p>%4</p>
<form method="post" action="%5"><button name="status" value="paid">پرداخت</button>
<button name="status" value="cancelled">انصراف</button></form></html>)"_s
                                 .arg(invoice.amount.amountText(), invoice.amount.currency(), invoice.status,
                                      invoice.description.toHtmlEscaped(), control);
        SandboxReply reply = SandboxReply::text(page.toUtf8());
        reply.contentType = "text/html; charset=utf-8";
        return reply;
    }
    return SandboxReply::text("Payment not found", 404);
}

SandboxReply GitmixSimulator::controlStatus(const SandboxRequest &request)
{
    const QString txid = request.captures.value(0);
    QString status = QJsonDocument::fromJson(request.body).object().value("status"_L1).toString();
    if (status.isEmpty()) // the payment page's form
        status = QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"status"_s, QUrl::FullyDecoded);
    if (status.isEmpty())
        return errorsReply(400, {u"The status field must be defined"_s});
    if (!setStatus(txid, status))
        return errorsReply(404, {kKeyRefused});
    return rawJson(statusAnswer(m_invoices.value(txid)));
}

void GitmixSimulator::changeStatus(Invoice &invoice, const QString &status, const QDateTime &at)
{
    invoice.status = status;
    invoice.updatedAt = at;
    if (status == u"paid" && invoice.paymentRef.isEmpty())
        invoice.paymentRef = QString::number(730000000 + invoice.txid.toLongLong() * 7); // a bank reference
    invoice.history.append({m_nextHistoryId++, status, at});
}

bool GitmixSimulator::setStatus(const QString &txid, const QString &status)
{
    const auto found = m_invoices.find(txid);
    if (found == m_invoices.end())
        return false;
    changeStatus(*found, status, QDateTime::currentDateTimeUtc());
    if (m_sendCallbacks)
        sendCallback(txid);
    return true;
}

QByteArray GitmixSimulator::sign(const QByteArray &signedText, const QString &storeToken)
{
    return QMessageAuthenticationCode::hash(signedText, storeToken.toUtf8(), QCryptographicHash::Sha1).toHex();
}

QByteArray GitmixSimulator::callbackBody(const QString &txid) const
{
    const auto found = m_invoices.constFind(txid);
    if (found == m_invoices.cend())
        return {};
    const Invoice &invoice = *found;
    // Not alphabetical, and "hash" goes between status and storeId (see the header comment).
    ObjectText first;
    first.integer("id", invoice.id).text("txid", invoice.txid).text("status", invoice.status);
    ObjectText rest;
    rest.integer("storeId", m_storeId).raw("amount", jsNumber(invoice.amount.amountText()));
    rest.text("currency", invoice.amount.currency()).raw("payable", payableOf(invoice.amount));
    rest.textOrNull("paymentRef", invoice.paymentRef).textOrNull("description", invoice.description);
    rest.textOrNull("customerPhoneNumber", invoice.customerPhoneNumber);
    rest.text("updatedAt", tehranTime(invoice.updatedAt)).text("createdAt", tehranTime(invoice.createdAt));
    const QByteArray head = first.finish().chopped(1); // without "}"
    const QByteArray tail = rest.finish().mid(1);      // without "{"
    const QByteArray hash = sign(head + ',' + tail, m_storeToken);
    return head + ",\"hash\":\"" + hash + "\"," + tail;
}

bool GitmixSimulator::sendCallback(const QString &txid)
{
    const auto found = m_invoices.constFind(txid);
    if (found == m_invoices.cend())
        return false;
    const QUrl target(found->callbackUrl);
    const QString host = target.host();
    if (!(host == u"localhost" || QHostAddress(host).isLoopback())) {
        qCInfo(lcSandbox) << "gitmix: not sending the callback of" << txid << "to a non-loopback address";
        return false;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, callbackBody(txid));
    connect(reply, &QNetworkReply::finished, this, [this, reply, txid] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto invoice = m_invoices.find(txid);
        if (invoice != m_invoices.end())
            invoice->callbackStatus = status >= 200 && status < 300 ? u"successful"_s : u"failed"_s;
        Q_EMIT callbackDelivered(txid, status);
    });
    return true;
}

QStringList GitmixSimulator::seedDemoData(int count)
{
    static const QStringList descriptions{
        u"خرید اشتراک یک‌ماهه"_s,    u"شارژ کیف پول"_s,          u"پرداخت سفارش شماره ۴۸۲۱"_s,
        u"تمدید سرویس میزبانی"_s,     u"خرید کارت هدیه"_s,        u"پرداخت قسط دوم"_s,
        u"سفارش کتاب «بوف کور»"_s,    u"هزینهٔ ارسال مرسوله"_s,    u"خرید ووچر پرفکت مانی"_s,
        u"ثبت‌نام دورهٔ آموزشی"_s,
    };
    static const QStringList prefixes{u"0912"_s, u"0935"_s, u"0936"_s, u"0919"_s, u"0901"_s, u"0921"_s, u"0990"_s};
    // A fixed seed per call: the same demo every time the sandbox starts.
    QRandomGenerator random(1403u + quint32(m_seeded++));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList created;
    for (int i = 0; i < count; ++i) {
        Invoice invoice;
        const int kind = random.bounded(10);
        const auto money = [](const QString &amount, const QString &currency) {
            return Money::parse(amount, currency).valueOr(Money());
        };
        if (kind < 6)
            invoice.amount = money(QString::number(random.bounded(5, 2000) * 10000), u"TMN"_s);
        else if (kind == 6)
            invoice.amount = money(QString::number(random.bounded(50, 5000) * 10000), u"IRR"_s);
        else if (kind == 7)
            invoice.amount = money(u"%1.%2"_s.arg(random.bounded(5, 300)).arg(random.bounded(0, 100), 2, 10, QChar(u'0')),
                                   u"USD"_s);
        else if (kind == 8)
            invoice.amount = money(u"%1.5"_s.arg(random.bounded(10, 900)), u"TRX"_s);
        else
            invoice.amount = money(u"0.0%1"_s.arg(random.bounded(10, 99)), u"BNB"_s);
        invoice.description = descriptions.at(random.bounded(int(descriptions.size())));
        invoice.customerPhoneNumber = prefixes.at(random.bounded(int(prefixes.size())))
            + QString::number(random.bounded(1000000, 9999999));
        invoice.customerIp = u"5.%1.%2.%3"_s.arg(random.bounded(1, 250)).arg(random.bounded(1, 250)).arg(random.bounded(1, 250));
        invoice.callbackUrl = u"https://shop.example.ir/pay/callback"_s;
        invoice.successRedirectUrl = u"https://shop.example.ir/pay?status=success"_s;
        invoice.failRedirectUrl = u"https://shop.example.ir/pay?status=failed"_s;
        invoice.gatewayId = 4;
        invoice.deadlineAt = u"20"_s;
        invoice.status = u"pending"_s;
        invoice.createdAt = invoice.updatedAt = now.addSecs(-qint64(random.bounded(600, 14 * 86400)));
        Invoice &added = addInvoice(std::move(invoice));
        const QString outcome = kStatuses.at(random.bounded(int(kStatuses.size())));
        if (outcome == u"paid")
            changeStatus(added, u"processing"_s, added.createdAt.addSecs(120));
        if (outcome != u"pending")
            changeStatus(added, outcome, added.createdAt.addSecs(240));
        created << added.txid;
    }
    return created;
}

} // namespace sarraf
