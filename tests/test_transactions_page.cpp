// The Invoices page offscreen over a real SQLite store: the filter bar drives the model in the
// database, the count follows, a bad amount is explained, the page explains itself while empty,
// and in Persian it is right-to-left with Solar Hijri dates and Persian digits. Screenshots go to
// <build>/screenshots for a person to look at.
#include "GuiTestSupport.h"

#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/table/TransactionTableModel.h"
#include "models/domain/SecretRedactor.h"
#include "ui/Languages.h"
#include "models/table/TransactionReceipt.h"
#include "ui/TransactionDetailsPane.h"
#include "ui/TrayNotifier.h"
#include "ui/TransactionsPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sarraf;
using sarraf::test::LanguageGuard;
using sarraf::test::saveScreenshot;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QList<TrackedTransaction> rows;

    explicit Store(int count)
    {
        REQUIRE(dir.isValid());
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
        for (int i = 0; i < count; ++i) {
            TrackedTransaction t;
            t.kind = TransactionKind::Invoice;
            t.provider = i % 2 ? u"gitmix"_s : u"cryptofuse"_s;
            t.providerId = QString::number(29400 + i);
            t.status = i % 3 == 0 ? TransactionStatus::Completed : TransactionStatus::Pending;
            t.providerStatus = i % 3 == 0 ? u"paid"_s : u"pending"_s;
            t.amount = QString::number(1000 * (i + 1));
            t.currency = u"TMN"_s;
            t.customerPhone = i % 4 == 0 ? u"0912555%1"_s.arg(1000 + i) : u"0935111%1"_s.arg(1000 + i);
            t.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addDays(i);
            t.updatedAt = t.createdAt;
            rows.append(t);
        }
        if (count > 0)
            REQUIRE_OK(TransactionStore(*database).upsertAll(rows, u"import"_s));
    }
};

bool settled(TransactionsPage &page)
{
    // The debounce, then the count on the worker thread.
    return test::waitUntil([&] {
        QCoreApplication::processEvents();
        return !page.model()->isCounting() && !page.findChild<QTimer *>(u"filterDebounce"_s)->isActive();
    });
}

} // namespace

TEST_CASE("The invoices page filter bar drives the table in the database and shows the count", "[ui][model]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    Store store(24);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.resize(1100, 600);
    page.show();
    REQUIRE(settled(page));
    auto *count = page.findChild<QLabel *>(u"countLabel"_s);
    REQUIRE(count);
    CHECK(page.model()->rowCount() == 24);
    CHECK(count->text() == u"Total: 24"_s);

    // Free text: a phone number fragment, found through the trigram index.
    page.findChild<QLineEdit *>(u"searchField"_s)->setText(u"0912555"_s);
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 6);
    CHECK(count->text() == u"Matching: 6"_s);

    // And a status on top of it.
    auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"completed"_s));
    REQUIRE(settled(page));
    CHECK(page.model()->query().status == TransactionStatus::Completed);
    CHECK(page.model()->rowCount() == 2); // rows 0 and 12
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QModelIndex index = page.model()->index(row, TransactionTableModel::StatusColumn);
        (void)page.model()->data(index);
        REQUIRE(test::waitUntil([&] { return page.model()->data(index, TransactionTableModel::LoadedRole).toBool(); }));
        CHECK(page.model()->data(index, TransactionTableModel::StatusKeyRole).toString() == u"completed");
    }
    saveScreenshot(&page, u"invoices-filtered-en"_s);

    // An amount that is not one is explained, in words.
    page.findChild<QLineEdit *>(u"searchField"_s)->clear();
    status->setCurrentIndex(0);
    page.findChild<QLineEdit *>(u"minAmount"_s)->setText(u"ten"_s);
    REQUIRE(settled(page));
    auto *error = page.findChild<QLabel *>(u"filterError"_s);
    REQUIRE(test::waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text().contains(u"\"ten\" is not an amount"_s));
    page.findChild<QLineEdit *>(u"minAmount"_s)->setText(u"20000"_s);
    REQUIRE(settled(page));
    CHECK_FALSE(error->isVisible());
    CHECK(page.model()->rowCount() == 5); // 20000 ... 24000

    // The provider filter, and the date range in whole local days (both ends included).
    page.findChild<QLineEdit *>(u"minAmount"_s)->clear();
    auto *provider = page.findChild<QComboBox *>(u"providerFilter"_s);
    provider->setCurrentIndex(provider->findData(u"gitmix"_s));
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 12);
    page.findChild<QDateEdit *>(u"fromDate"_s)->setDate(store.rows[1].createdAt.toLocalTime().date());
    page.findChild<QDateEdit *>(u"toDate"_s)->setDate(store.rows[5].createdAt.toLocalTime().date());
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 3); // gitmix rows 1, 3 and 5
}

TEST_CASE("The invoices page explains itself while the store is empty and shows the table once it is not", "[ui]")
{
    Store store(0);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.setEmptyTexts(u"Invoices"_s, u"Invoices you track appear here."_s);
    REQUIRE(settled(page));
    auto *stack = page.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() != page.view());

    TrackedTransaction t;
    t.provider = u"gitmix"_s;
    t.providerId = u"1"_s;
    t.createdAt = QDateTime::currentDateTimeUtc();
    REQUIRE_OK(TransactionStore(*store.database).upsert(t, u"lookup"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == 1; }));
    CHECK(stack->currentWidget()->isAncestorOf(page.view()));
}

TEST_CASE("In Persian the invoices page is right-to-left with Solar Hijri dates and Persian digits", "[ui][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    Store store(12);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.resize(1100, 500);
    page.show();
    REQUIRE(settled(page));
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    CHECK(page.findChild<QDateEdit *>(u"fromDate"_s)->calendar().name() == u"Jalali"_s);
    const QString count = page.findChild<QLabel *>(u"countLabel"_s)->text();
    CHECK(count.contains(u"۱۲"_s));
    CHECK_FALSE(count.contains(u"12"_s));
    const QModelIndex created = page.model()->index(0, TransactionTableModel::CreatedColumn);
    (void)page.model()->data(created);
    REQUIRE(test::waitUntil([&] { return page.model()->data(created, TransactionTableModel::LoadedRole).toBool(); }));
    // 2026-03-12 is 21 Esfand 1404 in the Solar Hijri calendar.
    CHECK(page.model()->data(created).toString().contains(u"۱۴۰۴"_s));
    const QModelIndex amount = page.model()->index(0, TransactionTableModel::AmountColumn);
    CHECK(page.model()->data(amount).toString().contains(u"۱۲٬۰۰۰"_s));
    // Nothing of the filter bar is left in English.
    for (QComboBox *combo : page.findChildren<QComboBox *>())
        CHECK_FALSE(combo->itemText(0).contains(u"All"_s));
    CHECK_FALSE(page.findChild<QLineEdit *>(u"searchField"_s)->placeholderText().contains(u"Search"_s));
    saveScreenshot(&page, u"invoices-fa"_s);

    // A search through the invoices' own index, its count in Persian digits.
    page.findChild<QLineEdit *>(u"searchField"_s)->setText(u"0912555"_s);
    REQUIRE(settled(page));
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.findChild<QLabel *>(u"countLabel"_s)->text().contains(u"۳"_s));
    (void)page.model()->data(page.model()->index(0, 0));
    REQUIRE(test::waitUntil(
        [&] { return page.model()->data(page.model()->index(0, 0), TransactionTableModel::LoadedRole).toBool(); }));
    saveScreenshot(&page, u"invoices-search-fa"_s);
}

TEST_CASE("Export from the invoices page writes exactly the rows its filters select", "[ui][export]")
{
    Store store(24);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    REQUIRE(settled(page));
    page.findChild<QLineEdit *>(u"searchField"_s)->setText(u"0935111"_s);
    REQUIRE(settled(page));
    REQUIRE(page.model()->rowCount() == 18);

    QTemporaryDir out;
    const QString path = out.filePath(u"invoices.csv"_s);
    std::optional<std::pair<bool, QString>> finished;
    QObject::connect(&page, &TransactionsPage::exportFinished,
                     [&](bool ok, const QString &message) { finished.emplace(ok, message); });
    page.exportCsv(path);
    REQUIRE(test::waitUntil([&] { return finished.has_value(); }));
    INFO(finished->second.toStdString());
    REQUIRE(finished->first);
    CHECK(finished->second.contains(u"18"_s));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList records = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(records.size() == 19);
    // Newest first, as the table shows them: ids 29423 down, skipping every fourth.
    QStringList ids;
    for (int row = 0; row < 18; ++row) {
        const QModelIndex index = page.model()->index(row, TransactionTableModel::IdColumn);
        (void)page.model()->data(index);
        REQUIRE(test::waitUntil([&] { return page.model()->data(index, TransactionTableModel::LoadedRole).toBool(); }));
        ids.append(page.model()->data(index).toString());
    }
    for (int row = 0; row < 18; ++row)
        CHECK(records[row + 1].section(u',', 2, 2) == ids[row]);
}

namespace {

// A GREENGO order that went from awaiting to paid, whose stored answer echoed the API secret.
struct OrderStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    const QString secret = u"gg-secret-9d7c1e55"_s;

    OrderStore()
    {
        REQUIRE(dir.isValid());
        database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
        SecretRedactor::instance().registerSecret(secret);
        TrackedTransaction t;
        t.kind = TransactionKind::Order;
        t.provider = u"greengo"_s;
        t.providerId = u"8090056"_s;
        t.status = TransactionStatus::Pending;
        t.providerStatus = u"awaiting"_s;
        t.amount = u"1250000"_s;
        t.currency = u"TMN"_s;
        t.customerName = u"مریم احمدی"_s;
        t.customerPhone = u"09125551234"_s;
        t.paymentUrl = u"https://pay.example/8090056"_s;
        t.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        t.updatedAt = t.createdAt;
        t.rawAnswer = R"({"result":"true","data":{"order_id":8090056,"amount":1250000.00,"api_secret":")"
                      + secret.toUtf8() + R"(","status":"awaiting"}})";
        TransactionStore store(*database);
        REQUIRE_OK(store.upsert(t, u"lookup"_s));
        t.status = TransactionStatus::Processing;
        t.providerStatus = u"payed"_s;
        t.updatedAt = t.createdAt.addSecs(600);
        REQUIRE_OK(store.upsert(t, u"sync"_s));
    }
    ~OrderStore() { SecretRedactor::instance().forgetSecret(secret); }
};

// Clicks a button of the next message box that opens (the cancel confirmation).
void answerNextMessageBox(const QString &buttonName)
{
    QTimer::singleShot(0, [buttonName] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                for (QAbstractButton *button : box->buttons()) {
                    if (button->objectName() == buttonName || (buttonName.isEmpty() && box->buttonRole(button) == QMessageBox::RejectRole))
                        return button->click();
                }
            }
        }
        answerNextMessageBox(buttonName); // not shown yet
    });
}

TransactionDetailsPane *selectFirstRow(TransactionsPage &page)
{
    const QModelIndex first = page.model()->index(0, 0);
    (void)page.model()->data(first);
    REQUIRE(test::waitUntil([&] { return page.model()->data(first, TransactionTableModel::LoadedRole).toBool(); }));
    page.view()->setCurrentIndex(first);
    TransactionDetailsPane *pane = page.detailsPane();
    REQUIRE(test::waitUntil([&] { return pane->shown().has_value(); }));
    return pane;
}

} // namespace

TEST_CASE("The details pane shows every field, the status history newest first and the raw answer redacted",
          "[ui][details]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    OrderStore store;
    TransactionsPage page(store.database->path(), TransactionKind::Order);
    page.resize(1100, 760);
    page.show();
    REQUIRE(settled(page));
    CHECK(page.detailsPane()->findChild<QLabel *>(u"detailsHeading"_s)->text().contains(u"Select a transaction"_s));
    TransactionDetailsPane *pane = selectFirstRow(page);
    CHECK(pane->shown()->providerId == u"8090056");
    const QString heading = pane->findChild<QLabel *>(u"detailsHeading"_s)->text();
    CHECK(heading.contains(u"GREENGO"_s));
    CHECK(heading.contains(u"8090056"_s));
    QStringList fields;
    for (QLabel *label : pane->findChildren<QLabel *>())
        fields.append(label->text());
    CHECK(fields.filter(u"مریم احمدی"_s).size() == 1);
    CHECK(fields.filter(u"Email"_s).isEmpty()); // no row for what the order does not have
    CHECK(fields.filter(u"1,250,000"_s).size() == 1);
    CHECK(fields.filter(u"the provider says: payed"_s).size() == 1);

    auto *history = pane->findChild<QListWidget *>(u"historyList"_s);
    REQUIRE(history->count() == 2);
    CHECK(history->item(0)->text().contains(u"Pending → Processing"_s));
    CHECK(history->item(0)->text().contains(u"payed"_s));
    CHECK(history->item(1)->text().contains(u"awaiting"_s));

    const QString raw = pane->findChild<QPlainTextEdit *>(u"rawAnswer"_s)->toPlainText();
    CHECK_FALSE(raw.contains(store.secret));
    CHECK(raw.contains(u"\"api_secret\": \"[redacted]\""_s));
    CHECK(raw.contains(u"\n  \"data\": {"_s)); // indented
    CHECK(raw.contains(u"1250000.00"_s));          // the number exactly as the provider wrote it
    auto *tabs = pane->findChild<QTabWidget *>(u"detailsTabs"_s);
    saveScreenshot(&page, u"orders-details-en"_s);
    tabs->setCurrentIndex(1);
    saveScreenshot(&page, u"orders-history-en"_s);
    tabs->setCurrentIndex(2);
    saveScreenshot(&page, u"orders-raw-en"_s);

    // Refresh asks the window (and through it the scheduler) about exactly this transaction.
    QList<std::pair<QString, QString>> refresh;
    QObject::connect(&page, &TransactionsPage::refreshRequested,
                     [&](const QString &provider, const QString &id) { refresh.append({provider, id}); });
    pane->findChild<QPushButton *>(u"refreshButton"_s)->click();
    REQUIRE(refresh.size() == 1);
    CHECK(refresh.at(0).first == u"greengo");
    CHECK(refresh.at(0).second == u"8090056");

    // What the store says after a refresh is what the pane shows, without selecting again.
    TrackedTransaction paid = pane->shown().value();
    paid.status = TransactionStatus::Completed;
    paid.providerStatus = u"completed"_s;
    paid.updatedAt = paid.updatedAt.addSecs(60);
    REQUIRE_OK(TransactionStore(*store.database).upsert(paid, u"lookup"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return history->count() == 3; }));
    CHECK(pane->shown()->status == TransactionStatus::Completed);
}

TEST_CASE("Cancelling an open GREENGO order from the details pane needs a confirmation", "[ui][details][cancel]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    OrderStore store;
    TransactionsPage page(store.database->path(), TransactionKind::Order);
    page.resize(1100, 760);
    page.show();
    REQUIRE(settled(page));
    TransactionDetailsPane *pane = selectFirstRow(page);
    auto *cancel = pane->findChild<QPushButton *>(u"cancelButton"_s);
    REQUIRE(cancel->isVisible());
    REQUIRE(cancel->isEnabled());
    QList<TrackedTransaction> requested;
    QObject::connect(&page, &TransactionsPage::cancelRequested,
                     [&](const TrackedTransaction &record) { requested.append(record); });

    answerNextMessageBox(QString()); // "Keep it"
    cancel->click();
    CHECK(requested.isEmpty());
    CHECK(cancel->isEnabled());

    answerNextMessageBox(u"confirmCancel"_s);
    cancel->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).providerId == u"8090056");
    CHECK_FALSE(cancel->isEnabled()); // until the provider's answer comes back
    // A sync meanwhile reads the pane again; a second cancel still cannot be sent.
    page.refresh();
    test::waitUntil([] { return false; }, 300);
    CHECK_FALSE(cancel->isEnabled());
    pane->cancelFinished(u"greengo"_s, u"8090056"_s); // answered, not cancelled: may be tried again
    CHECK(cancel->isEnabled());

    // A completed order cannot be cancelled: the button is not offered.
    TrackedTransaction done = pane->shown().value();
    done.status = TransactionStatus::Completed;
    done.providerStatus = u"completed"_s;
    REQUIRE_OK(TransactionStore(*store.database).upsert(done, u"lookup"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return pane->shown()->status == TransactionStatus::Completed; }));
    CHECK_FALSE(cancel->isVisible());
}

TEST_CASE("In Persian the details pane is right-to-left and its raw answer still reads left to right",
          "[ui][details][translations]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    OrderStore store;
    TransactionsPage page(store.database->path(), TransactionKind::Order);
    page.resize(1100, 760);
    page.show();
    REQUIRE(settled(page));
    TransactionDetailsPane *pane = selectFirstRow(page);
    CHECK(pane->layoutDirection() == Qt::RightToLeft);
    CHECK(pane->findChild<QPlainTextEdit *>(u"rawAnswer"_s)->layoutDirection() == Qt::LeftToRight);
    auto *tabs = pane->findChild<QTabWidget *>(u"detailsTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        CHECK(tabs->tabText(i).contains(QRegularExpression(u"^[^A-Za-z]+$"_s)));
    for (QPushButton *button : pane->findChildren<QPushButton *>())
        CHECK_FALSE(button->text().contains(QRegularExpression(u"[A-Za-z]"_s)));
    const QString history = pane->findChild<QListWidget *>(u"historyList"_s)->item(0)->text();
    CHECK(history.contains(u"۱۴۰۵"_s)); // Azar 1405
    saveScreenshot(&page, u"orders-details-fa"_s);
    // The receipt a person would print, kept beside the screenshots to look at.
    pane->saveReceipt(test::binaryDir() + u"/screenshots/receipt-fa.pdf"_s);
    tabs->setCurrentIndex(1);
    saveScreenshot(&page, u"orders-history-fa"_s);
}

TEST_CASE("The receipt of the shown transaction is saved as a PDF with its fields escaped and in the window's direction",
          "[ui][details][receipt]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    OrderStore store;
    TransactionsPage page(store.database->path(), TransactionKind::Order);
    page.show();
    REQUIRE(settled(page));
    TransactionDetailsPane *pane = selectFirstRow(page);
    QTemporaryDir out;
    const QString path = out.filePath(TransactionReceipt::fileName(*pane->shown()));
    CHECK(path.endsWith(u"receipt-greengo-8090056.pdf"_s));
    std::optional<std::pair<bool, QString>> saved;
    QObject::connect(&page, &TransactionsPage::exportFinished,
                     [&](bool ok, const QString &message) { saved.emplace(ok, message); });
    pane->saveReceipt(path);
    REQUIRE(saved.has_value());
    CHECK(saved->first);
    CHECK(saved->second.contains(u"Receipt saved"_s));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(pdf.size() > 2000);

    // What the PDF is made of: every field, the history, nothing raw, markup escaped.
    TransactionDetails details;
    details.transaction.record = *pane->shown();
    details.transaction.record.customerName = u"<b>Ali</b> & Co"_s;
    details.history = {StatusChange{0, std::nullopt, TransactionStatus::Pending, u"awaiting"_s,
                                    QDateTime::currentDateTimeUtc(), u"lookup"_s}};
    const QString html = TransactionReceipt::html(details, false);
    CHECK(html.contains(u"8090056"_s));
    CHECK(html.contains(u"1,250,000 Toman"_s));
    CHECK(html.contains(u"&lt;b&gt;Ali&lt;/b&gt; &amp; Co"_s));
    CHECK_FALSE(html.contains(u"<b>Ali"_s));
    CHECK(html.contains(u"Status history"_s));
    CHECK_FALSE(html.contains(u"api_secret"_s));
    CHECK(html.contains(u"dir=\"ltr\""_s));
    CHECK(TransactionReceipt::html(details, true).contains(u"<html dir=\"rtl\">"_s));

    // A folder that does not exist is said in words, and nothing pretends to be saved.
    saved.reset();
    pane->saveReceipt(out.filePath(u"missing/folder/receipt.pdf"_s));
    REQUIRE(saved.has_value());
    CHECK_FALSE(saved->first);
    CHECK(saved->second.contains(u"could not be written"_s));
}

TEST_CASE("A desktop notification names the one transaction that finished, or counts several", "[ui][notifications]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    TrackedTransaction paid;
    paid.provider = u"gitmix"_s;
    paid.providerId = u"29401"_s;
    paid.status = TransactionStatus::Completed;
    paid.amount = u"150000"_s;
    paid.currency = u"TMN"_s;
    paid.customerPhone = u"09125551234"_s;
    TrayNotifier::Message one = TrayNotifier::messageFor({paid});
    CHECK(one.title.contains(u"Gitmix"_s));
    CHECK(one.title.contains(u"29401"_s));
    CHECK(one.title.contains(u"Completed"_s));
    CHECK(one.body.contains(u"150,000 Toman"_s));
    CHECK(one.body.contains(u"09125551234"_s));
    CHECK(one.openId == u"29401");
    CHECK_FALSE(one.failure);

    TrackedTransaction expired = paid;
    expired.providerId = u"29402"_s;
    expired.status = TransactionStatus::Expired;
    TrayNotifier::Message two = TrayNotifier::messageFor({paid, expired});
    CHECK(two.title == u"2 transactions finished");
    CHECK(two.body == u"Completed: 1. Failed, cancelled or expired: 1.");
    CHECK(two.openId.isEmpty());
    CHECK(two.failure);

    // Switched off, nothing is shown; the choice persists.
    TrayNotifier notifier{QIcon()};
    notifier.setEnabled(false);
    notifier.notify({paid});
    CHECK_FALSE(notifier.lastMessage().has_value());
    CHECK_FALSE(TrayNotifier{QIcon()}.isEnabled());
    notifier.setEnabled(true);
    notifier.notify({paid});
    REQUIRE(notifier.lastMessage().has_value());
    CHECK(notifier.lastMessage()->openId == u"29401");
}

TEST_CASE("After a sync brings newer rows the selection stays on the transaction being read", "[ui][details]")
{
    Store store(24);
    TransactionsPage page(store.database->path(), TransactionKind::Invoice);
    page.show();
    REQUIRE(settled(page));
    const QModelIndex third = page.model()->index(3, 0);
    (void)page.model()->data(third);
    REQUIRE(test::waitUntil([&] { return page.model()->data(third, TransactionTableModel::LoadedRole).toBool(); }));
    page.view()->setCurrentIndex(third);
    REQUIRE(test::waitUntil([&] { return page.detailsPane()->shown().has_value(); }));
    const QString reading = page.detailsPane()->shown()->providerId;

    QList<TrackedTransaction> newer;
    for (int i = 0; i < 2; ++i) {
        TrackedTransaction t = store.rows.constFirst();
        t.providerId = u"NEW-%1"_s.arg(i);
        t.createdAt = QDateTime(QDate(2027, 1, 1), QTime(9, i), Qt::UTC);
        newer.append(t);
    }
    REQUIRE_OK(TransactionStore(*store.database).upsertAll(newer, u"sync"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return page.view()->currentIndex().row() == 5; }));
    CHECK(page.view()->currentIndex().siblingAtColumn(TransactionTableModel::IdColumn).data().toString() == reading);
    CHECK(page.view()->selectionModel()->selectedRows().size() == 1);
    CHECK(page.detailsPane()->shown()->providerId == reading);
}
