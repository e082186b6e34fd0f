#include "models/prices/PriceTableModel.h"

#include "models/domain/Money.h"
#include "models/prices/PriceFeed.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

QString key(const PriceQuote &q)
{
    return q.source + u'\x1f' + q.base + u'\x1f' + q.quote;
}

// A decimal in the locale's digits and separators, through Money's exact formatting; the code
// is one Money does not know, so no currency precision is applied.
QString localDigits(const QString &decimal)
{
    MoneyFormatOptions options;
    options.withCurrency = false;
    const Result<Money> digits = Money::parse(decimal, u"XNUM");
    return digits ? digits->format(QLocale(), options) : decimal;
}

QString formatChange(const QString &change)
{
    const Result<Decimal> value = Decimal::parse(change);
    if (!value)
        return change;
    // Sign, digits in the user's numerals, two places: "+1.25 %", "−0.40 %".
    const QLocale locale;
    const QString text = localDigits(value->abs().rescaled(2, RoundingMode::HalfUp).toString());
    const QString sign = value->isZero() ? QString() : value->isNegative() ? locale.negativeSign() : locale.positiveSign();
    return PriceTableModel::tr("%1%2 %").arg(sign, text);
}

} // namespace

QString PriceTableModel::priceText(const PriceQuote &q)
{
    MoneyFormatOptions options;
    options.padToPrecision = false;
    if (const Result<Money> money = Money::parse(q.price, q.quote))
        return money->format(QLocale(), options);
    // More digits than the quote currency's amounts carry (a price of a Toman fraction): the
    // same locale formatting without the currency's precision rule, then its unit.
    const Result<Money> unit = Money::parse(u"1"_s, q.quote);
    return localDigits(q.price) + u' ' + (unit ? unit->unitText() : q.quote);
}

PriceTableModel::PriceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_tick = new QTimer(this);
    m_tick->setInterval(std::chrono::seconds(5));
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_quotes.isEmpty())
            Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
    });
    m_tick->start();
}

void PriceTableModel::setQuotes(const QList<PriceQuote> &quotes)
{
    bool samePairs = quotes.size() == m_quotes.size();
    for (qsizetype i = 0; samePairs && i < quotes.size(); ++i)
        samePairs = key(quotes[i]) == key(m_quotes[i]);
    if (samePairs) {
        m_quotes = quotes;
        if (!m_quotes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_quotes = quotes;
    endResetModel();
}

void PriceTableModel::setRefreshInterval(std::chrono::seconds interval)
{
    m_interval = interval;
}

int PriceTableModel::rowOf(const QString &source, const QString &base, const QString &quote) const
{
    for (qsizetype i = 0; i < m_quotes.size(); ++i) {
        if (m_quotes[i].source == source && m_quotes[i].base == base && m_quotes[i].quote == quote)
            return int(i);
    }
    return -1;
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceTableModel::ageText(qint64 seconds)
{
    const QLocale locale;
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        //: How old a price is, in seconds.
        return tr("%1 s ago").arg(locale.toString(seconds));
    if (seconds < 3600)
        //: How old a price is, in minutes.
        return tr("%1 min ago").arg(locale.toString(seconds / 60));
    if (seconds < 48 * 3600)
        //: How old a price is, in hours.
        return tr("%1 h ago").arg(locale.toString(seconds / 3600));
    //: How old a price is, in days.
    return tr("%1 d ago").arg(locale.toString(seconds / 86400));
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceQuote &q = m_quotes.at(index.row());
    const qint64 age = q.observedAt.secsTo(QDateTime::currentDateTimeUtc());
    const bool stale = age > 3 * std::max<qint64>(m_interval.count(), 60);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PairColumn: return QString(q.base + u" / " + q.quote);
        case PriceColumn: return priceText(q);
        case ChangeColumn: return q.change24h.isEmpty() ? QString() : formatChange(q.change24h);
        case SourceColumn: return priceSourceDisplayName(q.source);
        case AgeColumn: return ageText(age);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn || index.column() == PriceColumn) {
            const QString time = QLocale().toString(q.observedAt.toLocalTime(), QLocale::LongFormat);
            //: %1 is when the source gave the price.
            return stale ? tr("At %1. Older than expected: the source may not be answering.").arg(time)
                         : tr("At %1").arg(time);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == ChangeColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case ChangeSignRole: {
        const Result<Decimal> change = Decimal::parse(q.change24h);
        return change ? QVariant(change->sign()) : QVariant();
    }
    case SourceRole: return q.source;
    case BaseRole: return q.base;
    case QuoteRole: return q.quote;
    case ObservedAtRole: return q.observedAt;
    case StaleRole: return stale;
    default: return {};
    }
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PairColumn: return tr("Pair");
    case PriceColumn: return tr("Last price");
    case ChangeColumn: return tr("24 h change");
    case SourceColumn: return tr("Source");
    case AgeColumn: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sarraf
