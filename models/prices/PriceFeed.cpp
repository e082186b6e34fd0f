#include "models/prices/PriceFeed.h"

#include "models/store/Database.h"
#include "models/store/PriceStore.h"
#include "models/table/DisplayText.h"
#include "providers/prices/PriceSource.h"

#include <QElapsedTimer>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace sarraf {

QString priceSourceDisplayName(const QString &name)
{
    // The real feeds are in the provider catalogue; the sandbox's feed is not a provider.
    return name == u"sandbox" ? u"Sandbox"_s : display::providerName(name);
}

namespace {
constexpr int KeepDays = 3; // prices older than this are pruned: the chart shows a day
}

class PriceFeedWorker final : public QObject
{
    Q_OBJECT
public:
    PriceFeedWorker(QString databasePath, PriceFeed::SourceFactory makeSource)
        : m_databasePath(std::move(databasePath)), m_makeSource(std::move(makeSource))
    {
    }

    void start()
    {
        if (!open())
            return;
        m_timer = new QTimer(this);
        m_timer->setSingleShot(false);
        connect(m_timer, &QTimer::timeout, this, &PriceFeedWorker::refresh);
        if (m_makeSource) {
            m_source = m_makeSource().release();
            if (m_source)
                m_source->setParent(this);
        }
        applyInterval();
        emitLatest();
        if (m_source)
            refresh();
    }

    void setInterval(std::chrono::seconds interval)
    {
        m_asked = interval;
        if (m_timer)
            applyInterval();
    }

    // A refresh asked for sooner than the source allows waits until it may go.
    void refresh()
    {
        if (!m_source || !m_store)
            return;
        if (m_inFlight) {
            m_again = true; // one more as soon as this answer is in (and the source allows)
            return;
        }
        const qint64 minimum = std::chrono::milliseconds(m_source->minimumInterval()).count();
        const qint64 wait = m_sinceLast.isValid() ? std::max<qint64>(0, minimum - m_sinceLast.elapsed()) : 0;
        if (wait > 0) {
            if (!m_deferred) {
                m_deferred = true;
                QTimer::singleShot(wait, this, [this] {
                    m_deferred = false;
                    refresh();
                });
            }
            return;
        }
        m_inFlight = true;
        m_sinceLast.start();
        Q_EMIT refreshStarted();
        m_source->latest(this, [this](Result<QList<PriceQuote>> quotes) {
            m_inFlight = false;
            if (!quotes)
                Q_EMIT refreshFailed(m_source->name(), quotes.error().message);
            else if (Result<int> stored = m_store->record(*quotes); !stored)
                Q_EMIT refreshFailed(m_source->name(), stored.error().message);
            else {
                (void)m_store->prune(QDateTime::currentDateTimeUtc().addDays(-KeepDays));
                emitLatest();
            }
            if (std::exchange(m_again, false))
                refresh();
        });
    }

    void history(const QString &source, const QString &base, const QString &quote, int hours)
    {
        if (!m_store)
            return;
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
        Result<QList<PriceQuote>> stored = m_store->history(source, base, quote, since);
        if (!stored)
            return Q_EMIT refreshFailed(source, stored.error().message);
        // Fewer points than one every twenty minutes: ask the source for its history once per pair.
        const QString key = source + u'/' + base + u'/' + quote;
        const bool thin = stored->size() < hours * 3;
        if (!thin || !m_source || m_source->name() != source || !m_source->hasHistory() || m_historyAsked.contains(key))
            return Q_EMIT historyLoaded(source, base, quote, *stored);
        m_historyAsked.insert(key);
        m_source->history(base, quote, hours, this, [this, source, base, quote, since](Result<QList<PriceQuote>> points) {
            if (!points) {
                m_historyAsked.remove(source + u'/' + base + u'/' + quote); // asked again next time
                Q_EMIT historyFailed(source, base, quote, points.error().message);
            }
            else if (Result<int> recorded = m_store->record(*points); !recorded)
                Q_EMIT historyFailed(source, base, quote, recorded.error().message);
            Result<QList<PriceQuote>> again = m_store->history(source, base, quote, since);
            Q_EMIT historyLoaded(source, base, quote, again ? *again : QList<PriceQuote>());
        });
    }

Q_SIGNALS:
    void pricesUpdated(const QList<sarraf::PriceQuote> &latest);
    void historyLoaded(const QString &source, const QString &base, const QString &quote,
                       const QList<sarraf::PriceQuote> &points);
    void refreshFailed(const QString &source, const QString &message);
    void historyFailed(const QString &source, const QString &base, const QString &quote, const QString &message);
    void refreshStarted();
    void intervalChanged(std::chrono::seconds interval, bool hasSource);

private:
    bool open()
    {
        if (m_store)
            return true;
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(m_databasePath);
        if (!opened) {
            Q_EMIT refreshFailed(QString(), opened.error().message);
            return false;
        }
        m_database = std::move(opened).value();
        m_store = std::make_unique<PriceStore>(*m_database);
        return true;
    }

    void applyInterval()
    {
        std::chrono::seconds effective = m_asked;
        if (m_source && effective.count() > 0)
            effective = std::max(effective, m_source->minimumInterval());
        if (m_source && effective.count() > 0)
            m_timer->start(std::chrono::milliseconds(effective));
        else
            m_timer->stop();
        Q_EMIT intervalChanged(effective, m_source != nullptr);
    }

    void emitLatest()
    {
        Result<QList<PriceQuote>> latest = m_store->latest();
        if (!latest)
            return Q_EMIT refreshFailed(QString(), latest.error().message);
        Q_EMIT pricesUpdated(*latest);
    }

    QString m_databasePath;
    PriceFeed::SourceFactory m_makeSource;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PriceStore> m_store;
    PriceSource *m_source = nullptr; // child
    QTimer *m_timer = nullptr;
    std::chrono::seconds m_asked {30};
    QElapsedTimer m_sinceLast;
    bool m_inFlight = false;
    bool m_deferred = false;
    bool m_again = false;
    QSet<QString> m_historyAsked;
};

PriceFeed::PriceFeed(QString databasePath, SourceFactory makeSource, QObject *parent) : QObject(parent)
{
    m_worker = new PriceFeedWorker(std::move(databasePath), std::move(makeSource));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PriceFeedWorker::pricesUpdated, this, &PriceFeed::pricesUpdated);
    connect(m_worker, &PriceFeedWorker::historyLoaded, this, &PriceFeed::historyLoaded);
    connect(m_worker, &PriceFeedWorker::refreshFailed, this, &PriceFeed::refreshFailed);
    connect(m_worker, &PriceFeedWorker::historyFailed, this, &PriceFeed::historyFailed);
    connect(m_worker, &PriceFeedWorker::refreshStarted, this, &PriceFeed::refreshStarted);
    connect(m_worker, &PriceFeedWorker::intervalChanged, this, &PriceFeed::intervalChanged);
    m_thread.setObjectName(u"prices"_s);
    m_thread.start();
}

PriceFeed::~PriceFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void PriceFeed::start()
{
    QMetaObject::invokeMethod(m_worker, &PriceFeedWorker::start);
}

void PriceFeed::setInterval(std::chrono::seconds interval)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, interval] { worker->setInterval(interval); });
}

void PriceFeed::refreshNow()
{
    QMetaObject::invokeMethod(m_worker, &PriceFeedWorker::refresh);
}

void PriceFeed::requestHistory(const QString &source, const QString &base, const QString &quote, int hours)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, source, base, quote, hours] {
        worker->history(source, base, quote, hours);
    });
}

} // namespace sarraf

#include "PriceFeed.moc"
