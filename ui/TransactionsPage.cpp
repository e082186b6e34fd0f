#include "ui/TransactionsPage.h"

#include "models/domain/Currency.h"
#include "models/domain/TransactionStatus.h"
#include "models/table/TransactionCsvExport.h"
#include "models/table/TransactionTableModel.h"
#include "providers/ProviderCatalog.h"
#include "ui/EmptyStatePage.h"
#include "ui/TransactionDetailsPane.h"

#include <QCalendar>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThread>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// Colours the status column by the normalised status, readable on light and dark palettes.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        static const QHash<QString, QColor> colours{
            {u"completed"_s, QColor(0x1b, 0x7f, 0x3b)}, {u"processing"_s, QColor(0x1f, 0x5f, 0xbf)},
            {u"pending"_s, QColor(0xa6, 0x6a, 0x00)},   {u"partial"_s, QColor(0xc0, 0x56, 0x00)},
            {u"review"_s, QColor(0x7b, 0x3f, 0xb5)},    {u"failed"_s, QColor(0xb3, 0x1b, 0x1b)},
            {u"cancelled"_s, QColor(0x6b, 0x6b, 0x6b)}, {u"expired"_s, QColor(0x6b, 0x6b, 0x6b)},
            {u"unknown"_s, QColor(0x6b, 0x6b, 0x6b)}};
        const QColor colour = colours.value(index.data(TransactionTableModel::StatusKeyRole).toString());
        if (colour.isValid() && !(option->state & QStyle::State_Selected)) {
            option->palette.setColor(QPalette::Text, colour);
            option->font.setBold(true);
        }
    }
};

const QDate NoDate(2000, 1, 1); // the date edits' "any date"

} // namespace

TransactionsPage::TransactionsPage(const QString &databasePath, TransactionKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_databasePath(databasePath)
{
    setObjectName(u"transactions-"_s + transactionKindKey(kind));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);
    m_error = new QLabel(this);
    m_error->setObjectName(u"filterError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b31b1b; }"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStatePage(m_stack);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(u"transactionTable"_s);
    m_model = new TransactionTableModel(databasePath, kind, this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TransactionTableModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TransactionTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    header->resizeSection(TransactionTableModel::IdColumn, 200);
    header->resizeSection(TransactionTableModel::AmountColumn, 180);
    header->resizeSection(TransactionTableModel::CreatedColumn, 150);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TransactionsPage::showHeaderMenu);
    // The customer column is not sorted (no index can make that quick): the arrow stays where the order is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (column != TransactionTableModel::CustomerColumn)
            return;
        const QSignalBlocker blocker(header);
        const TransactionQuery &query = m_model->query();
        int shown = TransactionTableModel::CreatedColumn;
        for (int c = 0; c < TransactionTableModel::ColumnCount; ++c) {
            if (c != TransactionTableModel::CustomerColumn && TransactionTableModel::sortKeyFor(c) == query.sortKey)
                shown = c;
        }
        header->setSortIndicator(shown, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    if (const QByteArray state = QSettings().value(settingsKey()).toByteArray(); !state.isEmpty())
        header->restoreState(state);
    // The table over the selected transaction's details; the split persists with the columns.
    m_splitter = new QSplitter(Qt::Vertical, m_stack);
    m_splitter->setObjectName(u"tableSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_view->setParent(m_splitter);
    m_splitter->addWidget(m_view);
    m_details = new TransactionDetailsPane(m_splitter);
    m_splitter->addWidget(m_details);
    // The table gets most of the height and all of a growing window; the pane below it a third
    // once the page first has its size (a person drags it taller to read a long history, and that
    // is remembered).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    if (const QByteArray state = QSettings().value(settingsKey() + u"/split"_s).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->installEventFilter(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);
    m_stack->setCurrentWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransactionsPage::showCurrentDetails);
    // The current row's page may arrive after it became current.
    connect(m_model, &TransactionTableModel::pageLoaded, this, [this] {
        if (m_waitingForPage)
            showCurrentDetails();
        else
            followShownRow();
    });
    connect(m_model, &TransactionTableModel::detailsLoaded, this,
            [this](qint64 rowId, const std::optional<TransactionDetails> &details) {
                if (rowId == m_detailsRowId)
                    m_details->showDetails(details);
            });
    connect(m_details, &TransactionDetailsPane::refreshRequested, this, &TransactionsPage::refreshRequested);
    connect(m_details, &TransactionDetailsPane::cancelRequested, this, &TransactionsPage::cancelRequested);
    connect(m_details, &TransactionDetailsPane::receiptSaved, this, &TransactionsPage::exportFinished);
    connect(m_model, &TransactionTableModel::countChanged, this, &TransactionsPage::showCount);
    connect(m_model, &TransactionTableModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    retranslate();
}

TransactionsPage::~TransactionsPage()
{
    if (m_exportThread) {
        *m_exportCancel = true; // leaves no partial file
        m_exportThread->wait();
    }
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
    QSettings().setValue(settingsKey() + u"/split"_s, m_splitter->saveState());
}

// After a sync new rows may push the selected transaction down (or up): the selection follows it
// by its id, so a person reading it does not find another row selected.
void TransactionsPage::followShownRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_detailsRowId < 0 || !current.isValid())
        return;
    const QVariant currentId = current.data(TransactionTableModel::RowIdRole);
    if (!currentId.isValid() || currentId.toLongLong() == m_detailsRowId)
        return;
    const int row = m_model->rowOfId(m_detailsRowId);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, current.column()),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TransactionsPage::showCurrentDetails()
{
    // Without a current row (a new filter, the rows re-counted after a sync) the pane keeps the
    // transaction it shows: it is still what the person was looking at.
    const QModelIndex current = m_view->currentIndex();
    const QVariant rowId = current.isValid() ? current.data(TransactionTableModel::RowIdRole) : QVariant();
    m_waitingForPage = current.isValid() && !rowId.isValid(); // pageLoaded asks again
    if (!rowId.isValid() || rowId.toLongLong() == m_detailsRowId)
        return;
    m_detailsRowId = rowId.toLongLong();
    m_model->requestDetails(m_detailsRowId);
}

QString TransactionsPage::settingsKey() const
{
    return u"tables/"_s + transactionKindKey(m_kind) + u"/header"_s;
}

void TransactionsPage::buildFilterBar(QWidget *bar)
{
    // Two rows, so the window still fits a laptop screen in the longer languages.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *row = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(row);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(u"providerFilter"_s);
    m_status = new QComboBox(bar);
    m_status->setObjectName(u"statusFilter"_s);
    m_currency = new QComboBox(bar);
    m_currency->setObjectName(u"currencyFilter"_s);
    // Combos as wide as their longest entry would push the window past a laptop's screen.
    for (QComboBox *combo : {m_provider, m_status, m_currency}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
    }
    m_from = new QDateEdit(bar);
    m_from->setObjectName(u"fromDate"_s);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(u"toDate"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setDate(NoDate);
        connect(edit, &QDateEdit::dateChanged, this, &TransactionsPage::applyFilters);
    }
    m_minAmount = new QLineEdit(bar);
    m_minAmount->setObjectName(u"minAmount"_s);
    m_maxAmount = new QLineEdit(bar);
    m_maxAmount->setObjectName(u"maxAmount"_s);
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(u"000000000.00"_s) + 40);
        edit->setClearButtonEnabled(true);
    }
    m_count = new QLabel(bar);
    m_count->setObjectName(u"countLabel"_s);
    first->addWidget(m_search, 1);
    first->addWidget(m_count, 0, Qt::AlignTrailing | Qt::AlignVCenter);
    m_export = new QPushButton(bar);
    m_export->setObjectName(u"exportButton"_s);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    first->addWidget(m_export);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_provider, m_status, m_currency, m_from, m_to, m_minAmount,
                                                           m_maxAmount})
        row->addWidget(widget);
    row->addStretch(1);

    // Typing waits for a pause, so a search runs once per word rather than once per key.
    m_debounce = new QTimer(this);
    m_debounce->setObjectName(u"filterDebounce"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &TransactionsPage::applyFilters);
    for (QLineEdit *edit : {m_search, m_minAmount, m_maxAmount})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_provider, m_status, m_currency})
        connect(combo, &QComboBox::currentIndexChanged, this, &TransactionsPage::applyFilters);
}

void TransactionsPage::retranslate()
{
    const QSignalBlocker providerBlock(m_provider), statusBlock(m_status), currencyBlock(m_currency);
    const QSignalBlocker fromBlock(m_from), toBlock(m_to);
    const QString provider = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    for (const ProviderInfo &info : ProviderCatalog::all())
        m_provider->addItem(info.displayName, info.name);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));

    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (TransactionStatus each : TransactionStatuses::All)
        m_status->addItem(TransactionStatuses::displayName(each), TransactionStatuses::key(each));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));

    const QString currency = m_currency->currentData().toString();
    m_currency->clear();
    m_currency->addItem(tr("All currencies"), QString());
    for (const Currency &each : Currency::all())
        m_currency->addItem(each.code(), each.code());
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(currency)));

    // Dates in the reader's calendar: Solar Hijri in Persian.
    const QCalendar calendar(locale().language() == QLocale::Persian ? QCalendar::System::Jalali
                                                                    : QCalendar::System::Gregorian);
    m_from->setCalendar(calendar);
    m_to->setCalendar(calendar);
    m_from->setSpecialValueText(tr("From any date"));
    m_to->setSpecialValueText(tr("To any date"));
    for (QDateEdit *edit : {m_from, m_to}) // the size hint knows dates, not the "any date" text
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    m_from->setToolTip(tr("Created on or after this day"));
    m_to->setToolTip(tr("Created on or before this day"));
    m_search->setPlaceholderText(tr("Search id, phone, email, address, description, tracking code"));
    m_minAmount->setPlaceholderText(tr("Min amount"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the rows the filters select, in this order, as a CSV file"));
    m_maxAmount->setPlaceholderText(tr("Max amount"));
    showCount(m_model ? m_model->totalCount() : 0);
}

bool TransactionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize && m_splitter->height() > 200) {
        m_splitter->removeEventFilter(this);
        const int height = m_splitter->height();
        m_splitter->setSizes({height - height / 3, height / 3});
    }
    return QWidget::eventFilter(watched, event);
}

void TransactionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransactionsPage::setEmptyTexts(const QString &title, const QString &explanation)
{
    m_empty->setTexts(title, explanation);
}

void TransactionsPage::setEmptyIcon(const QIcon &icon)
{
    m_empty->setIcon(icon);
}

void TransactionsPage::refresh()
{
    m_model->refresh();
    // What the pane shows may be what changed (a refresh, a cancel): read it again.
    if (m_detailsRowId >= 0)
        m_model->requestDetails(m_detailsRowId);
}

void TransactionsPage::searchFor(const QString &text)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_provider), QSignalBlocker(m_status), QSignalBlocker(m_currency),
                                           QSignalBlocker(m_from), QSignalBlocker(m_to), QSignalBlocker(m_minAmount),
                                           QSignalBlocker(m_maxAmount), QSignalBlocker(m_search)};
        Q_UNUSED(blockers)
        for (QComboBox *combo : {m_provider, m_status, m_currency})
            combo->setCurrentIndex(0);
        m_from->setDate(NoDate);
        m_to->setDate(NoDate);
        m_minAmount->clear();
        m_maxAmount->clear();
        m_search->setText(text);
    }
    m_debounce->stop();
    applyFilters();
}

void TransactionsPage::applyFilters()
{
    TransactionQuery query = m_model->query();
    query.provider = m_provider->currentData().toString();
    query.status = TransactionStatuses::fromKey(m_status->currentData().toString());
    query.currency = m_currency->currentData().toString();
    // Local days, as the person picked them; the end day is included.
    query.createdFrom = m_from->date() == NoDate ? QDateTime() : m_from->date().startOfDay();
    query.createdTo = m_to->date() == NoDate ? QDateTime() : m_to->date().addDays(1).startOfDay();
    query.minAmount = m_minAmount->text().trimmed();
    query.maxAmount = m_maxAmount->text().trimmed();
    query.search = m_search->text().trimmed();
    m_filtered = !query.provider.isEmpty() || query.status || !query.currency.isEmpty() || query.createdFrom.isValid()
                 || query.createdTo.isValid() || !query.minAmount.isEmpty() || !query.maxAmount.isEmpty()
                 || !query.search.isEmpty();
    m_error->hide();
    m_model->setQuery(query);
}

void TransactionsPage::showCount(qint64 count)
{
    const QString number = locale().toString(count);
    m_count->setText(m_filtered ? tr("Matching: %1").arg(number) : tr("Total: %1").arg(number));
    // Nothing stored yet and nothing filtered: say what will appear here instead of an empty grid.
    m_stack->setCurrentWidget(count == 0 && !m_filtered && !m_model->isCounting() ? static_cast<QWidget *>(m_empty)
                                                                                   : m_splitter);
}

void TransactionsPage::exportCsv(QString path)
{
    if (path.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                                  + transactionKindKey(m_kind) + u"s-"_s
                                  + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
        path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    auto *dialog = new QProgressDialog(tr("Exporting transactions…"), tr("Cancel"), 0, 100, this);
    dialog->setObjectName(u"exportProgress"_s);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500); // small exports finish before it would show
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_exportThread) {
        Q_EMIT exportFinished(false, tr("An export is already running; wait for it to finish."));
        dialog->deleteLater();
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> progress(dialog);
    QPointer<TransactionsPage> self(this);
    const TransactionQuery query = m_model->query();
    // The worker only posts to the application object; the pointers are checked there, in the
    // GUI thread, never read in the worker.
    QThread *worker = QThread::create([=, databasePath = m_databasePath] {
        const Result<qint64> written = TransactionCsvExport::write(
            databasePath, query, path,
            [progress](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(qApp, [progress, done, total] {
                    if (progress && total > 0)
                        progress->setValue(int(done * 100 / total));
                });
            },
            cancel.get());
        QMetaObject::invokeMethod(qApp, [self, progress, written, path] {
            if (progress)
                progress->close();
            if (!self)
                return;
            self->m_exportThread = nullptr;
            const QString message = written ? tr("Exported %1 transactions to %2.")
                                                   .arg(self->locale().toString(*written), QDir::toNativeSeparators(path))
                                             : written.error().message;
            Q_EMIT self->exportFinished(written.ok(), message);
        });
    });
    m_exportThread = worker;
    m_exportCancel = cancel;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void TransactionsPage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The id column stays: without it a row cannot be told apart.
        action->setEnabled(column != TransactionTableModel::IdColumn);
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace sarraf
