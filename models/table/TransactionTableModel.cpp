#include "models/table/TransactionTableModel.h"

#include "models/domain/Money.h"
#include "models/domain/TransactionStatus.h"
#include "models/table/DisplayText.h"

#include <QCalendar>
#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace sarraf {

TransactionTableModel::TransactionTableModel(const QString &databasePath, TransactionKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
    m_query.kind = kind;
    m_reader = new TransactionPageReader(databasePath);
    m_reader->moveToThread(&m_thread);
    // Deleted in its own thread once the loop ends, closing its connection there.
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.setObjectName(u"transaction-pages"_s);
    m_thread.start();
    startCount(false);
}

TransactionTableModel::~TransactionTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

TransactionSortKey TransactionTableModel::sortKeyFor(int column)
{
    switch (column) {
    case ProviderColumn: return TransactionSortKey::Provider;
    case IdColumn: return TransactionSortKey::ProviderId;
    case StatusColumn: return TransactionSortKey::Status;
    case AmountColumn: return TransactionSortKey::Amount;
    case UpdatedColumn: return TransactionSortKey::Updated;
    default: break;
    }
    return TransactionSortKey::Created;
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, INT_MAX));
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TransactionTableModel::setQuery(TransactionQuery query)
{
    query.kind = m_kind;
    m_query = std::move(query);
    startCount(false);
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == CustomerColumn)
        return; // the customer column is not an index the database can sort by quickly
    TransactionQuery query = m_query;
    query.sortKey = sortKeyFor(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void TransactionTableModel::refresh()
{
    startCount(true);
}

void TransactionTableModel::startCount(bool keepRows)
{
    const quint64 generation = ++m_generation;
    // A refresh over a refresh still owes the pages the first one was asked for.
    if (keepRows)
        m_pendingBeforeRefresh.unite(m_pending);
    else
        m_pendingBeforeRefresh.clear();
    m_pending.clear();
    m_failed.clear();
    if (!keepRows) {
        beginResetModel();
        m_total = 0;
        m_pages.clear();
        m_recent.clear();
        endResetModel();
    }
    m_counting = true;
    m_latest->store(generation);
    const TransactionQuery query = m_query;
    QPointer<TransactionTableModel> self(this);
    TransactionPageReader *reader = m_reader;
    const std::shared_ptr<const std::atomic<quint64>> latest = m_latest;
    if (!keepRows) {
        // A new filter: its count and first page come back together, in one visit to the reader.
        QMetaObject::invokeMethod(m_reader, [self, reader, query, generation, latest] {
            if (latest->load() != generation)
                return; // typed over before it began: the newer query is queued behind it
            Result<TransactionOpening> opened = reader->open(query, PageSize);
            QMetaObject::invokeMethod(self.data(), [self, opened, generation] {
                if (self)
                    self->acceptOpening(generation, opened);
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_reader, [self, reader, query, generation, latest] {
        if (latest->load() != generation)
            return;
        Result<qint64> counted = reader->count(query);
        QMetaObject::invokeMethod(self.data(), [self, counted, generation] {
            if (self)
                self->acceptCount(generation, counted);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void TransactionTableModel::acceptOpening(quint64 generation, const Result<TransactionOpening> &opened)
{
    if (generation != m_generation)
        return;
    m_counting = false;
    if (!opened) {
        Q_EMIT errorOccurred(opened.error().message);
        return;
    }
    const bool firstPage = !opened->first.rows.isEmpty();
    if (opened->total > 0) {
        beginInsertRows({}, 0, int(std::min<qint64>(opened->total, INT_MAX)) - 1);
        m_total = opened->total;
        if (firstPage) {
            m_pages.insert(0, opened->first.rows);
            m_recent.append(0);
        }
        endInsertRows();
    }
    Q_EMIT countChanged(m_total);
    if (firstPage)
        Q_EMIT pageLoaded(0);
}

void TransactionTableModel::acceptCount(quint64 generation, const Result<qint64> &count)
{
    if (generation != m_generation)
        return; // a newer filter or refresh is on its way
    m_counting = false;
    if (!count) {
        Q_EMIT errorOccurred(count.error().message);
        return;
    }
    // After a sync: the rows at the end come or go (no reset, so the view keeps its
    // selection and scroll position), then the pages held and those still on their way are
    // read again (their answers belonged to the older generation and were dropped). The held
    // rows stay on screen until their replacements arrive; rows that moved are found again by
    // their id (rowOfId).
    const qint64 old = m_total;
    const int oldRows = rowCount();
    if (*count > old) {
        beginInsertRows({}, oldRows, int(std::min<qint64>(*count, INT_MAX)) - 1);
        m_total = *count;
        endInsertRows();
    } else if (*count < old) {
        beginRemoveRows({}, int(*count), oldRows - 1);
        m_total = *count;
        const int pages = int((*count + PageSize - 1) / PageSize);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() >= pages) {
                m_recent.removeAll(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
    QSet<int> again(m_pages.keyBegin(), m_pages.keyEnd());
    again.unite(m_pendingBeforeRefresh);
    for (int page : std::as_const(again)) {
        if (qint64(page) * PageSize < m_total)
            requestPage(page);
    }
    m_pendingBeforeRefresh.clear();
    Q_EMIT countChanged(m_total);
}

void TransactionTableModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_failed.contains(page))
        return; // a failed page is asked again after the next refresh, not on every repaint
    m_pending.insert(page);
    const quint64 generation = m_generation;
    const TransactionQuery query = m_query;
    const qint64 total = m_total;
    QPointer<TransactionTableModel> self(const_cast<TransactionTableModel *>(this));
    TransactionPageReader *reader = m_reader;
    const std::shared_ptr<const std::atomic<quint64>> latest = m_latest;
    QMetaObject::invokeMethod(m_reader, [self, reader, query, page, total, generation, latest] {
        if (latest->load() != generation)
            return; // scrolled past and filtered again before it began: nobody waits for it
        Result<TransactionPage> read = reader->readPage(query, page, PageSize, total);
        QMetaObject::invokeMethod(self.data(), [self, read, generation] {
            if (self)
                self->acceptPage(generation, read);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

int TransactionTableModel::rowOfId(qint64 rowId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == rowId)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

void TransactionTableModel::requestDetails(qint64 rowId)
{
    QPointer<TransactionTableModel> self(this);
    TransactionPageReader *reader = m_reader;
    QMetaObject::invokeMethod(m_reader, [self, reader, rowId] {
        Result<std::optional<TransactionDetails>> read = reader->readDetails(rowId);
        QMetaObject::invokeMethod(self.data(), [self, read, rowId] {
            if (!self)
                return;
            if (read)
                Q_EMIT self->detailsLoaded(rowId, *read);
            else
                Q_EMIT self->errorOccurred(read.error().message);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void TransactionTableModel::acceptPage(quint64 generation, const Result<TransactionPage> &page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_failed.unite(m_pending);
        m_pending.clear();
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    m_pending.remove(page->page);
    m_pages.insert(page->page, page->rows);
    m_recent.removeAll(page->page);
    m_recent.append(page->page);
    // Bounded memory: the pages used longest ago go first.
    while (m_recent.size() > MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    const int first = page->page * PageSize;
    const int last = std::min(rowCount() - 1, first + PageSize - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page->page);
}

const StoredTransaction *TransactionTableModel::rowAt(int row) const
{
    const int page = row / PageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.constLast() != page) {
        m_recent.removeAll(page);
        m_recent.append(page);
    }
    const qsizetype offset = row % PageSize;
    if (offset >= found->size()) {
        // A page read before the store grew: read it again.
        m_pages.remove(page);
        m_recent.removeAll(page);
        requestPage(page);
        return nullptr;
    }
    return &found->at(offset);
}

std::optional<StoredTransaction> TransactionTableModel::recordAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const StoredTransaction *stored = rowAt(row);
    return stored ? std::optional(*stored) : std::nullopt;
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    const StoredTransaction *stored = rowAt(index.row());
    if (role == LoadedRole)
        return stored != nullptr;
    if (!stored)
        return role == Qt::DisplayRole && index.column() == IdColumn ? QVariant(u"…"_s) : QVariant();
    const TrackedTransaction &r = stored->record;
    switch (role) {
    case RowIdRole: return stored->id;
    case StatusKeyRole: return TransactionStatuses::key(r.status);
    case ProviderStatusRole: return r.providerStatus;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            //: %1 is the provider's own status word, shown as it came.
            return tr("The provider says: %1").arg(r.providerStatus);
        if (index.column() == IdColumn)
            return r.providerId; // ids are often wider than the column
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ProviderColumn: return display::providerName(r.provider);
        case IdColumn: return r.providerId;
        case StatusColumn: return TransactionStatuses::displayName(r.status);
        case AmountColumn: return display::amount(r.amount, r.currency);
        case CustomerColumn:
            return !r.customerName.isEmpty() ? r.customerName
                   : !r.customerPhone.isEmpty() ? r.customerPhone : r.customerEmail;
        case CreatedColumn: return display::dateTime(r.createdAt);
        case UpdatedColumn: return display::dateTime(r.updatedAt);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case IdColumn: return tr("ID");
    case StatusColumn: return tr("Status");
    case AmountColumn: return tr("Amount");
    case CustomerColumn: return tr("Customer");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    default: break;
    }
    return {};
}

} // namespace sarraf
