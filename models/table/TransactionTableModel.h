// The Invoices, Orders and Withdrawals tables: a QAbstractTableModel that pages rows out of the
// store by SQL. Filtering, sorting and substring search run in the database; the row count is
// the whole result at once, so the scroll bar covers it; only a few pages of rows are held in
// memory, and they are read on a worker thread, so the GUI thread never waits for a query. A row
// whose page has not arrived yet shows a placeholder until it does.
#pragma once

#include "models/store/TransactionStore.h"
#include "models/table/TransactionPageReader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace sarraf {

class TransactionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTableModel)

public:
    enum Column { ProviderColumn, IdColumn, StatusColumn, AmountColumn, CustomerColumn, CreatedColumn, UpdatedColumn,
                  ColumnCount };
    enum Role {
        RowIdRole = Qt::UserRole + 1, // the store's row id (qint64); invalid while loading
        StatusKeyRole,                // "completed", ...: for the view's colours
        ProviderStatusRole,           // the provider's own word
        LoadedRole,                   // whether the row's page has arrived
    };

    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 24; // what a tall window shows, with room to scroll back

    TransactionTableModel(const QString &databasePath, TransactionKind kind, QObject *parent = nullptr);
    ~TransactionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters (the kind stays the model's own); resets the rows and counts again.
    void setQuery(TransactionQuery query);
    const TransactionQuery &query() const { return m_query; }
    // Reads again after the store changed (a sync wrote): rows stay where they are if the count did.
    void refresh();

    bool isCounting() const { return m_counting; }
    qint64 totalCount() const { return m_total; } // the whole result; rowCount() is capped at INT_MAX
    int cachedPages() const { return int(m_pages.size()); }
    // The full record of a row whose page has arrived; nothing otherwise.
    std::optional<StoredTransaction> recordAt(int row) const;

    static TransactionSortKey sortKeyFor(int column);

    // Reads one transaction in full with its status history, off the GUI thread; answers with
    // detailsLoaded (or errorOccurred).
    void requestDetails(qint64 rowId);
    // Where the transaction with this store id is among the rows held; -1 when its page is not.
    int rowOfId(qint64 rowId) const;

Q_SIGNALS:
    void countChanged(qint64 count);    // the result was counted: the filter bar shows it
    void pageLoaded(int page);
    void detailsLoaded(qint64 rowId, const std::optional<sarraf::TransactionDetails> &details);
    void errorOccurred(const QString &message); // a sentence for the status bar

private:
    void startCount(bool keepRows);
    void requestPage(int page) const;
    void acceptOpening(quint64 generation, const Result<TransactionOpening> &opened);
    void acceptCount(quint64 generation, const Result<qint64> &count); // after a refresh
    void acceptPage(quint64 generation, const Result<TransactionPage> &page);
    const StoredTransaction *rowAt(int row) const;

    TransactionKind m_kind;
    TransactionQuery m_query;
    QThread m_thread;
    TransactionPageReader *m_reader = nullptr; // lives in m_thread
    quint64 m_generation = 0;
    // The newest generation, for the reader to skip work asked for by an older one.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_total = 0;
    bool m_counting = false;
    // Pages held and the order they were last used in; requested pages not arrived yet.
    mutable QHash<int, QList<StoredTransaction>> m_pages;
    mutable QList<int> m_recent;
    mutable QSet<int> m_pending;
    mutable QSet<int> m_failed;        // pages whose read failed in this generation
    QSet<int> m_pendingBeforeRefresh;  // requested before a refresh, to ask again after it
};

} // namespace sarraf
