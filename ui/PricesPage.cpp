#include "ui/PricesPage.h"

#include "models/domain/Bidi.h"
#include "models/domain/Currency.h"
#include "models/domain/Decimal.h"
#include "models/domain/Money.h"
#include "models/prices/PriceFeed.h"
#include "models/prices/PriceTableModel.h"
#include "ui/EmptyStatePage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

const QColor Up(0x1b, 0x7f, 0x3b);
const QColor Down(0xb3, 0x1b, 0x1b);
const QColor Stale(0xb3, 0x6b, 0x00);

// Colours the 24-hour change by its sign and an old price's age in amber.
class PriceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PriceTableModel::ChangeColumn) {
            const QVariant sign = index.data(PriceTableModel::ChangeSignRole);
            if (sign.isValid() && sign.toInt() != 0) {
                option->palette.setColor(QPalette::Text, sign.toInt() > 0 ? Up : Down);
                option->font.setBold(true);
            }
        } else if (index.column() == PriceTableModel::AgeColumn && index.data(PriceTableModel::StaleRole).toBool()) {
            option->palette.setColor(QPalette::Text, Stale);
        }
    }
};

const int Intervals[] = {15, 30, 60, 300, 0}; // seconds; 0: only by hand

} // namespace

PricesPage::PricesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"pricesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);

    auto *bar = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshPrices"_s);
    m_intervalLabel = new QLabel(this);
    m_interval = new QComboBox(this);
    m_interval->setObjectName(u"refreshInterval"_s);
    m_intervalLabel->setBuddy(m_interval);
    m_state = new QLabel(this);
    m_state->setObjectName(u"pricesState"_s);
    m_state->setWordWrap(true);
    bar->addWidget(m_refresh);
    bar->addWidget(m_intervalLabel);
    bar->addWidget(m_interval);
    bar->addWidget(m_state, 1);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStatePage(m_stack);
    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    splitter->setObjectName(u"pricesSplitter"_s);
    splitter->setChildrenCollapsible(false);

    m_model = new PriceTableModel(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"pricesTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PriceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(PriceTableModel::PairColumn, 140);
    m_view->horizontalHeader()->resizeSection(PriceTableModel::PriceColumn, 220);
    m_view->horizontalHeader()->resizeSection(PriceTableModel::ChangeColumn, 120);
    splitter->addWidget(m_view);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true); // Persian digits in Persian
    m_series = new QLineSeries(m_chart);
    m_chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(u"HH:mm"_s);
    m_timeAxis->setTickCount(7);
    m_priceAxis = new QValueAxis(m_chart);
    m_priceAxis->setTickCount(5);
    m_priceAxis->setTruncateLabels(false); // Persian digits and separators are wider than the estimate
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_priceAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_priceAxis);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setObjectName(u"priceChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PricesPage::requestSelectedHistory);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_feed)
            m_feed->refreshNow();
    });
    connect(m_interval, &QComboBox::activated, this, [this] {
        const int seconds = m_interval->currentData().toInt();
        QSettings().setValue(u"prices/interval"_s, seconds);
        if (m_feed)
            m_feed->setInterval(std::chrono::seconds(seconds));
    });
    retranslate();
}

void PricesPage::setEmptyIcon(const QIcon &icon)
{
    m_empty->setIcon(icon);
}

void PricesPage::setFeed(PriceFeed *feed)
{
    m_feed = feed;
    connect(feed, &PriceFeed::pricesUpdated, this, &PricesPage::showPrices);
    connect(feed, &PriceFeed::historyLoaded, this, &PricesPage::showHistory);
    connect(feed, &PriceFeed::historyFailed, this,
            [this](const QString &source, const QString &base, const QString &quote, const QString &message) {
                //: %1/%2 is a pair such as BTC/USDT, %3 the source, %4 why.
                m_historyError = tr("The last 24 hours of %1/%2 could not be read from %3: %4")
                                     .arg(base, quote, priceSourceDisplayName(source), message);
                showState();
            });
    connect(feed, &PriceFeed::refreshStarted, this, [this] {
        m_state->setText(tr("Refreshing prices…"));
        m_state->setStyleSheet(QString());
    });
    connect(feed, &PriceFeed::refreshFailed, this, [this](const QString &source, const QString &message) {
        m_error = source.isEmpty() ? message : priceSourceDisplayName(source) + u": "_s + message;
        showState();
    });
    connect(feed, &PriceFeed::intervalChanged, this, [this](std::chrono::seconds interval, bool hasSource) {
        m_hasSource = hasSource;
        m_model->setRefreshInterval(interval);
        // The interval in effect: the source's minimum may be longer than the one asked for.
        int index = m_interval->findData(int(interval.count()));
        if (index < 0) {
            m_interval->addItem(tr("Every %1 s").arg(QLocale().toString(qint64(interval.count()))), int(interval.count()));
            index = m_interval->count() - 1;
        }
        m_interval->setCurrentIndex(index);
        showState();
    });
    feed->setInterval(std::chrono::seconds(QSettings().value(u"prices/interval"_s, 30).toInt()));
}

void PricesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PricesPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the price source now (never faster than its rate limit allows)"));
    m_intervalLabel->setText(tr("Auto-refresh:"));
    const int current = m_interval->currentIndex() >= 0 ? m_interval->currentData().toInt() : 30;
    m_interval->clear();
    for (int seconds : Intervals) {
        const QString text = seconds == 0 ? tr("Off")
                             : seconds < 60 ? tr("Every %1 s").arg(QLocale().toString(seconds))
                                            : tr("Every %1 min").arg(QLocale().toString(seconds / 60));
        m_interval->addItem(text, seconds);
    }
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(current)));
    m_empty->setTexts(tr("Prices"), tr("No price source is set up yet. Prices appear here once a price feed "
                                       "(CoinGecko, CoinMarketCap or Nobitex) is enabled in Settings; "
                                       "sarraf --sandbox shows the sandbox's feed."));
    showState();
    showHistory(m_history.isEmpty() ? QString() : m_history.constFirst().source,
                m_history.isEmpty() ? QString() : m_history.constFirst().base,
                m_history.isEmpty() ? QString() : m_history.constFirst().quote, m_history);
}

void PricesPage::showState()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentIndex(any || m_hasSource ? 1 : 0);
    m_refresh->setEnabled(m_hasSource);
    m_interval->setEnabled(m_hasSource);
    if (!m_error.isEmpty()) {
        //: %1 is the source and why its prices could not be read.
        m_state->setText(tr("Prices could not be refreshed: %1").arg(m_error));
        m_state->setStyleSheet(u"QLabel { color: #b31b1b; }"_s);
        return;
    }
    if (!m_historyError.isEmpty()) {
        m_state->setText(m_historyError);
        m_state->setStyleSheet(u"QLabel { color: #b36b00; }"_s);
        return;
    }
    m_state->setStyleSheet(QString());
    m_state->setText(m_lastUpdate.isValid()
                         ? tr("Updated at %1").arg(QLocale().toString(m_lastUpdate.time(), QLocale::ShortFormat))
                         : QString());
}

void PricesPage::showPrices(const QList<PriceQuote> &latest)
{
    // Keep the selected pair selected.
    const QModelIndex current = m_view->currentIndex();
    const QString source = current.data(PriceTableModel::SourceRole).toString();
    const QString base = current.data(PriceTableModel::BaseRole).toString();
    const QString quote = current.data(PriceTableModel::QuoteRole).toString();
    m_model->setQuotes(latest);
    if (!latest.isEmpty() && m_started) {
        m_error.clear();
        m_lastUpdate = QDateTime::currentDateTime();
    }
    m_started = true;
    int row = m_model->rowOf(source, base, quote);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        if (m_view->currentIndex().row() != row)
            m_view->setCurrentIndex(m_model->index(row, 0));
        else
            requestSelectedHistory(); // its newest point joins the chart
    }
    showState();
}

void PricesPage::requestSelectedHistory()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_feed || !current.isValid())
        return;
    const QString pair = current.data(PriceTableModel::SourceRole).toString() + u'/'
                         + current.data(PriceTableModel::BaseRole).toString() + u'/'
                         + current.data(PriceTableModel::QuoteRole).toString();
    if (pair != m_historyPair) { // another pair's chart: an earlier pair's failure no longer applies
        m_historyPair = pair;
        if (!m_historyError.isEmpty()) {
            m_historyError.clear();
            showState();
        }
    }
    m_feed->requestHistory(current.data(PriceTableModel::SourceRole).toString(),
                           current.data(PriceTableModel::BaseRole).toString(),
                           current.data(PriceTableModel::QuoteRole).toString(), 24);
}

void PricesPage::showHistory(const QString &source, const QString &base, const QString &quote,
                             const QList<PriceQuote> &points)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()
        && (current.data(PriceTableModel::SourceRole).toString() != source
            || current.data(PriceTableModel::BaseRole).toString() != base
            || current.data(PriceTableModel::QuoteRole).toString() != quote))
        return; // an answer for a pair no longer selected
    m_history = points;
    if (points.isEmpty()) {
        m_series->clear();
        m_chart->setTitle(base.isEmpty() ? QString() : tr("No history for %1 / %2 yet").arg(base, quote));
        return;
    }
    // Plot coordinates only (QtCharts draws doubles); every price shown as text stays exact.
    QList<QPointF> line;
    line.reserve(points.size());
    for (const PriceQuote &p : points)
        line.append(QPointF(double(p.observedAt.toMSecsSinceEpoch()), p.price.toDouble()));
    const auto [lowest, highest] = std::minmax_element(line.cbegin(), line.cend(),
                                                       [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    // Toman prices of crypto run to billions: the axis counts millions, so its labels stay short.
    const double unit = highest->y() >= 1e7 ? 1e6 : 1;
    const double low = lowest->y() / unit, high = highest->y() / unit;
    if (unit > 1) {
        for (QPointF &point : line)
            point.setY(point.y() / unit);
    }
    m_series->replace(line);
    const Result<Money> unitMoney = Money::parse(u"1"_s, quote);
    const QString unitName = unitMoney ? unitMoney->unitText() : quote;
    m_priceAxis->setTitleText(unit > 1 ? tr("Millions of %1").arg(unitName) : unitName);
    // Up or down over the period decides the line's colour, as in the table; compared exactly.
    const Result<Decimal> first = Decimal::parse(points.constFirst().price);
    const Result<Decimal> last = Decimal::parse(points.constLast().price);
    const bool up = !first || !last || *last >= *first;
    QPen pen(up ? Up : Down);
    pen.setWidthF(2);
    m_series->setPen(pen);
    const double margin = std::max((high - low) * 0.08, high * 0.0005);
    m_priceAxis->setRange(low - margin, high + margin);
    m_priceAxis->applyNiceNumbers(); // round ticks a person can read
    const int precision = Currency::precisionOf(quote).value_or(2);
    m_priceAxis->setLabelFormat(high >= 1000 ? u"%.0f"_s
                                : unit > 1   ? u"%.1f"_s
                                             : u"%."_s + QString::number(std::min(precision, 4)) + u'f');
    m_timeAxis->setRange(points.constFirst().observedAt.toLocalTime(), points.constLast().observedAt.toLocalTime());
    // The title starts in the window's direction, or a Persian title is laid out left to right.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    //: The chart's title: %1 the pair ("BTC / USDT"), %2 its last price, %3 the source.
    m_chart->setTitle(mark
                      + tr("%1 — %2 — last 24 hours from %3")
                            .arg(leftToRight(base + u" / "_s + quote),
                                 PriceTableModel::priceText(points.constLast()),
                                 priceSourceDisplayName(source)));
}

} // namespace sarraf
