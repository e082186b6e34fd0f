// The Prices page's table: one row per pair and source with the last price, the 24-hour change
// (its sign, for the view's colours), the source and how old the price is. A price feed has tens
// of pairs, not millions, so the rows are held here; the age column ticks every few seconds.
#pragma once

#include "models/domain/Records.h"

#include <QAbstractTableModel>

class QTimer;

namespace sarraf {

class PriceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PairColumn, PriceColumn, ChangeColumn, SourceColumn, AgeColumn, ColumnCount };
    enum Role {
        ChangeSignRole = Qt::UserRole + 1, // -1, 0 or 1; invalid when the source gives no change
        SourceRole,                        // the source's stable name
        BaseRole,
        QuoteRole,
        ObservedAtRole, // QDateTime, UTC
        StaleRole       // bool: older than three refresh intervals
    };

    explicit PriceTableModel(QObject *parent = nullptr);

    // Rows keep their place when the same pairs come again, so the selection stays put.
    void setQuotes(const QList<PriceQuote> &quotes);
    void setRefreshInterval(std::chrono::seconds interval); // what "stale" is measured against
    const QList<PriceQuote> &quotes() const { return m_quotes; }
    int rowOf(const QString &source, const QString &base, const QString &quote) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 s ago", "3 min ago", "2 h ago" in the current language; for tests and the chart.
    static QString ageText(qint64 seconds);
    // The price exactly as the source gave it, in the user's digits, with its unit.
    static QString priceText(const PriceQuote &quote);

private:
    QList<PriceQuote> m_quotes;
    std::chrono::seconds m_interval {30};
    QTimer *m_tick = nullptr;
};

} // namespace sarraf
