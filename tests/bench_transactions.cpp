// Benchmark: the transaction table model against two baselines on the same data, in one run.
//   raw    the same SQL run directly through QtSql's SQLite driver, no model (the limit);
//   stock  QSqlTableModel behind QSortFilterProxyModel, what most Qt applications do.
// Figures: ingest rate of provider answers (TransactionStore::upsertAll, 500 records each, in a
// bulk load: beginBulk/endBulk, each answer still all or nothing) against a raw bulk INSERT into
// the same schema in one transaction, and for comparison the rate of answers committed one by
// one; time to first rows; sort by amount and by date; substring search; jump to the last row;
// peak memory of the model phase. Each time is the median of three runs. Each figure is printed
// with its ratios and the targets of issue 4. Not a test: run it by hand (see README), e.g.
//   build/tests/bench_transactions --rows 1000000
#include "models/domain/Decimal.h"
#include "models/store/Database.h"
#include "models/store/TransactionSql.h"
#include "models/store/TransactionStore.h"
#include "models/table/TransactionTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <vector>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sarraf;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

bool spinUntil(const std::function<bool()> &done, int ms = 600000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

const QStringList providers{u"gitmix"_s, u"cryptofuse"_s, u"greengo"_s, u"premiumexchanger"_s};
const QStringList currencies{u"TMN"_s, u"IRR"_s, u"USDT"_s, u"BTC"_s, u"TRX"_s, u"RUB"_s};
const QStringList firstNames{u"Ali"_s, u"Sara"_s, u"Reza"_s, u"Olga"_s, u"Ivan"_s, u"مریم"_s, u"حسین"_s, u"زهرا"_s};
const QStringList words{u"hosting"_s, u"course fee"_s, u"خرید اشتراک"_s, u"شارژ کیف پول"_s, u"обмен"_s, u"top-up"_s};

TrackedTransaction makeRecord(int i, QRandomGenerator &random)
{
    TrackedTransaction t;
    t.kind = i % 10 < 6 ? TransactionKind::Invoice : i % 10 < 9 ? TransactionKind::Order : TransactionKind::Withdrawal;
    t.provider = providers[random.bounded(int(providers.size()))];
    t.providerId = QString::number(1000000 + i);
    t.status = TransactionStatuses::All[random.bounded(int(std::size(TransactionStatuses::All)))];
    t.providerStatus = TransactionStatuses::key(t.status);
    t.currency = currencies[random.bounded(int(currencies.size()))];
    t.amount = t.currency == u"BTC" ? u"0.%1"_s.arg(random.bounded(1, 99999999), 8, 10, QLatin1Char('0'))
                                    : QString::number(random.bounded(1, 50000000)) + u'.' + QString::number(random.bounded(10, 99));
    t.customerName = firstNames[random.bounded(int(firstNames.size()))] + u' ' + QString::number(random.bounded(1000));
    t.customerPhone = u"09%1"_s.arg(random.bounded(100000000, 999999999));
    t.customerEmail = i % 3 == 0 ? u"user%1@example.com"_s.arg(i) : QString();
    t.description = words[random.bounded(int(words.size()))] + u' ' + QString::number(i % 977);
    t.trackingCode = i % 4 == 0 ? u"TRK%1"_s.arg(i, 9, 16, QLatin1Char('0')) : QString();
    t.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(random.bounded(60 * 60 * 24 * 600)));
    t.updatedAt = t.createdAt.addSecs(random.bounded(3600));
    return t;
}

// Generates the rows in batches of 500, the same for the same seed, so nothing holds them all.
void forEachBatch(int rowCount, const std::function<bool(const QList<TrackedTransaction> &)> &use)
{
    QRandomGenerator random(20261123);
    QList<TrackedTransaction> batch;
    for (int i = 0; i < rowCount; ++i) {
        batch.append(makeRecord(i, random));
        if (batch.size() == 500 || i + 1 == rowCount) {
            if (!use(batch))
                return;
            batch.clear();
        }
    }
}

// A raw bulk insert of the same rows into the same schema (FTS triggers included), one transaction.
double rawInsertRate(const QString &path, int rowCount)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw-insert"_s);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery(db).exec(u"PRAGMA cache_size = -32768"_s); // the store's page cache, so the limit is fair
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO transactions (kind, provider, provider_id, status, provider_status, amount, currency, "
              u"amount_key, customer_name, customer_email, customer_phone, description, tracking_code, is_final, "
              u"created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    bool ok = true;
    forEachBatch(rowCount, [&](const QList<TrackedTransaction> &records) {
    for (const TrackedTransaction &t : records) {
        q.addBindValue(transactionKindKey(t.kind));
        q.addBindValue(t.provider);
        q.addBindValue(t.providerId);
        q.addBindValue(TransactionStatuses::key(t.status));
        q.addBindValue(t.providerStatus);
        q.addBindValue(t.amount);
        q.addBindValue(t.currency);
        q.addBindValue(Decimal::parse(t.amount)->orderKey());
        q.addBindValue(t.customerName);
        q.addBindValue(t.customerEmail.isNull() ? u""_s : t.customerEmail);
        q.addBindValue(t.customerPhone);
        q.addBindValue(t.description);
        q.addBindValue(t.trackingCode.isNull() ? u""_s : t.trackingCode);
        q.addBindValue(TransactionStatuses::isFinal(t.status) ? 1 : 0);
        q.addBindValue(t.createdAt.toString(Qt::ISODateWithMs));
        q.addBindValue(t.updatedAt.toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            out << "raw insert failed: " << q.lastError().text() << Qt::endl;
            return ok = false;
        }
    }
    return true;
    });
    db.commit();
    const double seconds = msSince(timer) / 1000.0;
    db.close();
    return ok ? double(rowCount) / seconds : 0;
}

struct Figure
{
    QString name;
    double model = 0, raw = 0, stock = -1; // ms; stock < 0: not measured
    qint64 rows = 1; // what the model found
};

// The raw baseline: the count and the first page of rows for the query, as the model reads them.
// With a search (binds: the kind, then the search term), the count is read from the invoices'
// search index alone, and so is the page when few rows match (`+kind` keeps the kind's indexes out
// of the plan).
const QString invoiceSearch = u"transactions_search_invoice"_s;
double rawFirstRows(QSqlDatabase &db, const QString &where, const QVariantList &binds, const QString &order,
                    qint64 offset = 0, bool search = false)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery count(db);
    const QString fromSearch = QString(where).replace(u"kind = ?"_s, u"+kind = ?"_s);
    if (search) {
        count.prepare(u"SELECT count(*) FROM "_s + invoiceSearch + u" WHERE "_s + invoiceSearch + u" MATCH ?"_s);
        count.addBindValue(binds.at(1));
    } else {
        count.prepare(u"SELECT count(*) FROM transactions"_s + where);
        for (const QVariant &b : binds)
            count.addBindValue(b);
    }
    count.exec();
    count.next();
    const bool pageFromSearch = search && count.value(0).toLongLong() <= transactionsql::FromSearchLimit;
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(u"SELECT id, kind, provider, provider_id, status, provider_status, amount, currency, counter_amount, "
                 u"counter_currency, customer_name, customer_email, customer_phone, address, description, "
                 u"tracking_code, payment_url, created_at, updated_at FROM transactions"_s
                 + (pageFromSearch ? fromSearch : where) + order + u" LIMIT 100 OFFSET ?"_s);
    for (const QVariant &b : binds)
        page.addBindValue(b);
    page.addBindValue(offset);
    page.exec();
    int rows = 0;
    while (page.next())
        ++rows;
    return rows > 0 ? msSince(timer) : -1;
}

// The model: from a query change to the first page on screen (count and rows of `row`'s page).
double modelFirstRows(TransactionTableModel &model, const std::function<void()> &change, int row = 0)
{
    QElapsedTimer timer;
    timer.start();
    change();
    spinUntil([&] { return !model.isCounting(); });
    if (model.rowCount() == 0)
        return msSince(timer);
    const int target = row < 0 ? model.rowCount() - 1 : row;
    const QModelIndex index = model.index(target, 0);
    (void)model.data(index);
    spinUntil([&] { return model.data(index, TransactionTableModel::LoadedRole).toBool(); });
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Transactions to generate (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"skip-stock"_s, u"Do not measure QSqlTableModel + QSortFilterProxyModel (slow)."_s});
    parser.addOption({u"keep"_s, u"Write the generated stores into DIR and leave them there, to look into them."_s,
                      u"DIR"_s});
    parser.process(app);
    const int rowCount = parser.value(u"rows"_s).toInt();
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : temporary.path());
    if (!dir.exists() || !dir.isEmpty()) {
        out << "the folder " << dir.path() << " must exist and be empty\n";
        return 1;
    }
    const QString path = dir.filePath(u"bench.sqlite"_s);
    const QString rawPath = dir.filePath(u"raw.sqlite"_s);

    out << "Generating and storing " << rowCount
        << " transactions (providers, statuses, currencies, Persian and Latin text)" << Qt::endl;
    // Ingest: provider answers of 500 records each, through TransactionStore::upsertAll. A bulk
    // load (an import, a first sync's long listing) groups answers with beginBulk(); each answer
    // is still all or nothing. A separate, smaller store measures answers committed one by one,
    // as a routine sync commits them, for comparison.
    double ingestRate = 0;
    double perAnswerRate = 0;
    qint64 invoices = 0;
    QString samplePhone; // a customer's phone number to search for
    QString sampleEmail; // and the start of an email address
    const auto ingest = [&](const QString &file, int rows, bool bulk, double *rate) {
        auto database = std::move(Database::openSqlite(file)).value();
        TransactionStore store(*database);
        bool ok = true;
        qint64 writing = 0;
        QElapsedTimer write;
        if (bulk) {
            write.start();
            ok = bool(store.beginBulk());
            writing += write.nsecsElapsed();
        }
        forEachBatch(rows, [&](const QList<TrackedTransaction> &batch) {
            if (bulk && samplePhone.isEmpty() && batch.size() > 71 && batch.at(71).kind == TransactionKind::Invoice)
                samplePhone = batch.at(71).customerPhone;
            if (bulk && sampleEmail.isEmpty() && batch.size() > 72)
                sampleEmail = batch.at(72).customerEmail.section(u'@', 0, 0) + u'@';
            if (bulk)
                invoices += std::count_if(batch.cbegin(), batch.cend(),
                                          [](const auto &t) { return t.kind == TransactionKind::Invoice; });
            write.start();
            ok = bool(store.upsertAll(batch, u"sync"_s));
            writing += write.nsecsElapsed();
            return ok;
        });
        if (bulk) {
            write.start();
            ok = ok && bool(store.endBulk());
            writing += write.nsecsElapsed();
        }
        // Only the store's time counts, not generating the rows.
        *rate = double(rows) / (double(writing) / 1e9);
        return ok;
    };
    if (!ingest(path, rowCount, true, &ingestRate)
        || !ingest(dir.filePath(u"per-answer.sqlite"_s), std::min(rowCount, 20000), false, &perAnswerRate)) {
        out << "ingest failed\n";
        return 1;
    }
    {
        auto rawDatabase = std::move(Database::openSqlite(rawPath)).value(); // same schema, empty
        (void)rawDatabase;
    }
    QElapsedTimer generation;
    generation.start();
    forEachBatch(rowCount, [](const QList<TrackedTransaction> &) { return true; });
    const double generationSeconds = msSince(generation) / 1000.0;
    // The raw insert generates its rows as it goes; their generation time is taken out.
    const double rawRate = 1.0 / (1.0 / rawInsertRate(rawPath, rowCount) - generationSeconds / rowCount);
    out << Qt::fixed;
    out.setRealNumberPrecision(0);
    out << "ingest: store (bulk) " << ingestRate << " rows/s, raw bulk insert " << rawRate << " rows/s, ratio "
        << qSetRealNumberPrecision(2) << ingestRate / rawRate << " (target >= 0.50)\n";
    out << qSetRealNumberPrecision(0) << "ingest, one commit per 500-record answer (first " << std::min(rowCount, 20000)
        << " rows into an empty store): " << perAnswerRate << " rows/s\n";

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
    raw.setDatabaseName(path);
    raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    raw.open();
    const QString kindWhere = u" WHERE kind = ?"_s;
    const QVariantList kindBind{QVariant(u"invoice"_s)};
    const QString searchWhere = u" WHERE kind = ? AND id IN (SELECT rowid FROM "_s + invoiceSearch + u" WHERE "_s
                                + invoiceSearch + u" MATCH ?)"_s;
    // What support staff type, from the most to the least selective: part of a customer's phone
    // number, part of an email address, and a common word of the descriptions (a sixth of all rows).
    struct Search
    {
        QString label, term;
    };
    const QList<Search> searches{{u"search: phone"_s, samplePhone.right(7)},
                                 {u"search: email"_s, sampleEmail},
                                 {u"search: common word"_s, u"شارژ کیف"_s}};

    QList<Figure> figures;
    const double memoryBefore = peakMiB();
    {
        // Each figure is the median of three runs, the model brought to another state (unmeasured)
        // before each, so one slow or cached run does not decide it.
        const auto median = [](const std::function<double()> &measure, const std::function<void()> &before = {}) {
            std::vector<double> runs;
            for (int i = 0; i < 3; ++i) {
                if (before)
                    before();
                runs.push_back(measure());
            }
            std::sort(runs.begin(), runs.end());
            return runs[1];
        };
        std::unique_ptr<TransactionTableModel> model;
        const auto sortBy = [&](int column) {
            return [&, column] {
                return modelFirstRows(*model, [&] { model->sort(column, Qt::AscendingOrder); });
            };
        };
        const auto kindRows = [&](const QString &order, qint64 offset = 0) {
            return [&, order, offset] { return rawFirstRows(raw, kindWhere, kindBind, order, offset); };
        };

        Figure first{u"first rows"_s};
        first.model = median([&] {
            model = std::make_unique<TransactionTableModel>(path, TransactionKind::Invoice);
            return modelFirstRows(*model, [] {});
        });
        first.raw = median(kindRows(u" ORDER BY created_at DESC, id DESC"_s));
        figures.append(first);

        Figure byAmount{u"sort by amount"_s};
        byAmount.model = median(sortBy(TransactionTableModel::AmountColumn),
                                [&] { (void)sortBy(TransactionTableModel::ProviderColumn)(); });
        byAmount.raw = median(kindRows(u" ORDER BY amount_key ASC, id ASC"_s));
        figures.append(byAmount);

        Figure byDate{u"sort by date"_s};
        byDate.model = median(sortBy(TransactionTableModel::CreatedColumn),
                              [&] { (void)sortBy(TransactionTableModel::AmountColumn)(); });
        byDate.raw = median(kindRows(u" ORDER BY created_at ASC, id ASC"_s));
        figures.append(byDate);

        Figure last{u"jump to last row"_s};
        last.model = median([&] { return modelFirstRows(*model, [] {}, -1); },
                            [&] {
                                (void)sortBy(TransactionTableModel::AmountColumn)();
                                (void)sortBy(TransactionTableModel::CreatedColumn)();
                            });
        last.raw = median(kindRows(u" ORDER BY created_at ASC, id ASC"_s, invoices - 100));
        figures.append(last);

        const TransactionQuery unsearched = model->query();
        for (const Search &search : searches) {
            Figure found{search.label};
            TransactionQuery query = unsearched;
            query.search = search.term;
            found.model = median([&] { return modelFirstRows(*model, [&] { model->setQuery(query); }); },
                                 [&] { (void)modelFirstRows(*model, [&] { model->setQuery(unsearched); }); });
            found.rows = model->rowCount();
            // Both come to the search from the whole list, as a person does.
            found.raw = median(
                [&] {
                    return rawFirstRows(raw, searchWhere,
                                        {QVariant(u"invoice"_s), QVariant(u"\""_s + search.term + u"\""_s)},
                                        u" ORDER BY created_at ASC, id ASC"_s, 0, true);
                },
                [&] { (void)kindRows(u" ORDER BY created_at ASC, id ASC"_s)(); });
            figures.append(found);
        }
    }
    const double modelPeak = peakMiB();

    if (!parser.isSet(u"skip-stock"_s)) {
        out << "measuring the stock approach (QSqlTableModel + QSortFilterProxyModel); this takes a while\n";
        out.flush();
        QSqlTableModel table(nullptr, raw);
        table.setTable(u"transactions"_s);
        table.setFilter(u"kind = 'invoice'"_s);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        const int amountColumn = table.record().indexOf(u"amount_key"_s);
        const int createdColumn = table.record().indexOf(u"created_at"_s);
        const int descriptionColumn = table.record().indexOf(u"description"_s);
        QElapsedTimer timer;
        timer.start();
        table.select();
        (void)proxy.index(0, 0).data();
        figures[0].stock = msSince(timer);
        // Sorting and filtering in the proxy need every row loaded first.
        timer.restart();
        while (table.canFetchMore())
            table.fetchMore();
        proxy.sort(amountColumn, Qt::AscendingOrder);
        (void)proxy.index(0, 0).data();
        figures[1].stock = msSince(timer);
        timer.restart();
        proxy.sort(createdColumn, Qt::AscendingOrder);
        (void)proxy.index(0, 0).data();
        figures[2].stock = msSince(timer);
        timer.restart();
        (void)proxy.index(proxy.rowCount() - 1, 0).data();
        figures[3].stock = msSince(timer) + figures[1].stock; // the rows had to be loaded to get there
        // The stock proxy filters one column: the one the term is in.
        const QList<int> searchColumns{table.record().indexOf(u"customer_phone"_s),
                                       table.record().indexOf(u"customer_email"_s), descriptionColumn};
        for (qsizetype i = 0; i < searches.size(); ++i) {
            timer.restart();
            proxy.setFilterKeyColumn(searchColumns[i]);
            proxy.setFilterFixedString(searches[i].term);
            (void)proxy.index(0, 0).data();
            figures[4 + i].stock = msSince(timer);
        }
    }

    out << "\n" << rowCount << " transactions, " << invoices << " invoices in the table\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(u"figure"_s, -20)
               .arg(u"model ms"_s, 10)
               .arg(u"raw ms"_s, 10)
               .arg(u"stock ms"_s, 10)
               .arg(u"model/raw"_s, 10)
               .arg(u"stock/model"_s, 12)
               .arg(u"target"_s);
    bool met = ingestRate / rawRate >= 0.5;
    for (const Figure &f : std::as_const(figures)) {
        const double vsRaw = f.model / f.raw;
        const double vsStock = f.stock < 0 ? 0 : f.stock / f.model;
        // Targets for search and sort: within 2x of raw SQLite, 20x faster than stock.
        const bool targeted = f.name.startsWith(u"sort") || f.name.startsWith(u"search");
        // A search that found nothing measured nothing: it cannot count as met.
        const bool figureMet = vsRaw <= 2.0 && (f.stock < 0 || vsStock >= 20.0) && f.rows > 0;
        met = met && (!targeted || figureMet);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(f.name, -20)
                   .arg(f.model, 10, 'f', 1)
                   .arg(f.raw, 10, 'f', 1)
                   .arg(f.stock < 0 ? u"-"_s : QString::number(f.stock, 'f', 1), 10)
                   .arg(vsRaw, 10, 'f', 2)
                   .arg(f.stock < 0 ? u"-"_s : QString::number(vsStock, 'f', 1), 12)
                   .arg(!targeted ? u""_s : figureMet ? u"met"_s : u"MISSED"_s);
    }
    out << "peak memory: before the model " << qSetRealNumberPrecision(1) << memoryBefore << " MiB, after the model "
        << modelPeak << " MiB (the generated rows are part of both; target: the view under 150 MiB)\n";
    out << (met ? "targets met\n" : "TARGETS NOT MET\n");
    return 0;
}
