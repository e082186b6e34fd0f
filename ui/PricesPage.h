// The Prices page: a table of every pair with its last price, 24-hour change (green up, red down),
// source and age, refreshed on a timer within the source's rate limit, over a chart of the
// selected pair's last day (QtCharts). The page only draws: the PriceFeed fetches and stores on
// its own thread.
#pragma once

#include "models/domain/Records.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace sarraf {

class EmptyStatePage;
class PriceFeed;
class PriceTableModel;

class PricesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PricesPage(QWidget *parent = nullptr);

    // Without a feed (no price source set up) the page says so.
    void setFeed(PriceFeed *feed);
    void setEmptyIcon(const QIcon &icon);

    PriceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }
    QLineSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPrices(const QList<PriceQuote> &latest);
    void showHistory(const QString &source, const QString &base, const QString &quote, const QList<PriceQuote> &points);
    void requestSelectedHistory();
    void showState();

    QPointer<PriceFeed> m_feed;
    PriceTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePage *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_priceAxis = nullptr;
    QPushButton *m_refresh = nullptr;
    QComboBox *m_interval = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_state = nullptr;
    QString m_error;
    QString m_historyError; // the selected pair's history could not be read; shown until another pair
    QString m_historyPair;  // source/base/quote of the chart asked for last
    QDateTime m_lastUpdate;
    bool m_hasSource = false;
    bool m_started = false;
    QList<PriceQuote> m_history; // the chart's points, for retranslation
};

} // namespace sarraf
