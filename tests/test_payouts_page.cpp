// The payout desk's screens, offscreen: the approval dialog keeps Approve disabled until the amount
// is typed again and tells a requester why they cannot approve (in English and in Persian, right to
// left); and a payout goes from request to completion through the Payouts page against the
// Cryptofuse sandbox, every step by the page's own buttons and dialogs, with the Audit page
// showing the chain intact at the end. Screenshots go to <build>/screenshots.
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"

#include "models/payouts/PayoutDesk.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/sandbox/CryptofuseSimulator.h"
#include "ui/AuditPage.h"
#include "ui/PayoutApprovalDialog.h"
#include "ui/PayoutRequestDialog.h"
#include "ui/PayoutsPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sarraf;
using namespace sarraf::test;

namespace {

const QString address = u"TXYZa1b2c3d4e5f6g7h8i9jAkBmCnDpEqF"_s;

Payout reviewed()
{
    Payout p;
    p.id = 7;
    p.provider = u"cryptofuse"_s;
    p.destinationKind = u"address"_s;
    p.destination = address;
    p.amount = Money::parse(u"2500.50", u"USDTTRC20").value();
    p.fee = Money::parse(u"25.505", u"USDTTRC20").value();
    p.requestedBy = u"alice"_s;
    p.requestedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());
    p.reason = u"Supplier invoice 118"_s;
    p.check = PayoutCheck{true, u"Cryptofuse says the address is valid on the TRX network."_s, p.fee,
                          Money::parse(u"2474.995", u"USDTTRC20").value(), p.requestedAt, u"alice"_s};
    return p;
}

PayoutLimits limits()
{
    PayoutLimits l;
    l.singleApprovalUpTo.insert(u"USDTTRC20"_s, Decimal::fromInteger(1000));
    l.dailyLimit.insert(u"USDTTRC20"_s, Decimal::fromInteger(10000));
    return l;
}

// Acts on the next modal dialog once it is shown (inside its exec()).
template<typename Act> void whenModal(Act act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO("no " << name.toStdString() << " in " << parent->objectName().toStdString());
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The approval dialog enables Approve only once the amount is typed again, and Reject only with a reason",
          "[ui][payouts]")
{
    const Payout p = reviewed();
    const Payout earlier = [&] {
        Payout e = p;
        e.id = 3;
        e.amount = Money::parse(u"120", u"USDTTRC20").value();
        e.state = PayoutState::Completed;
        return e;
    }();
    PayoutApprovalDialog dialog(p, {earlier}, limits(), Decimal::fromInteger(800), u"bob"_s);
    dialog.show();
    auto *approve = child<QPushButton>(&dialog, u"approve"_s);
    auto *reject = child<QPushButton>(&dialog, u"reject"_s);
    auto *retype = child<QLineEdit>(&dialog, u"retypeAmount"_s);
    CHECK(dialog.refusal().isEmpty());
    CHECK_FALSE(approve->isEnabled());
    CHECK_FALSE(reject->isEnabled());
    // Everything the approver checks is on the screen.
    CHECK(child<QLabel>(&dialog, u"destination"_s)->text().contains(address));
    CHECK(child<QLabel>(&dialog, u"providerCheck"_s)->text().contains(u"valid on the TRX network"_s));
    CHECK(child<QLabel>(&dialog, u"earlierPayouts"_s)->text().contains(u"#3"_s));
    CHECK(child<QLabel>(&dialog, u"limits"_s)->text().contains(u"two different people"_s));

    retype->setText(u"2500.05"_s);
    CHECK_FALSE(approve->isEnabled());
    CHECK(child<QLabel>(&dialog, u"retypeState"_s)->text().contains(u"not the payout's amount"_s));
    retype->setText(u"2,500.50"_s); // as people type it, with the group separator
    CHECK(approve->isEnabled());
    saveScreenshot(&dialog, u"payout-approval"_s);
    child<QLineEdit>(&dialog, u"rejectReason"_s)->setText(u"  "_s);
    CHECK_FALSE(reject->isEnabled());
    child<QLineEdit>(&dialog, u"rejectReason"_s)->setText(u"wrong supplier"_s);
    CHECK(reject->isEnabled());
    approve->click();
    CHECK(dialog.decision() == PayoutApprovalDialog::Decision::Approve);
}

TEST_CASE("The approval dialog tells the requester they cannot approve their own payout, in Persian too",
          "[ui][payouts]")
{
    LanguageGuard language;
    for (const QString &lang : {u"en"_s, u"fa"_s}) {
        Languages::apply(lang);
        // The same person, typed another way: still the requester.
        PayoutApprovalDialog dialog(reviewed(), {}, limits(), Decimal(), u" Alice"_s);
        dialog.show();
        CHECK_FALSE(dialog.refusal().isEmpty());
        CHECK(dialog.findChild<QLineEdit *>(u"retypeAmount"_s) == nullptr);
        CHECK_FALSE(child<QPushButton>(&dialog, u"approve"_s)->isVisible());
        const QString refusal = child<QLabel>(&dialog, u"refusal"_s)->text();
        if (lang == u"en") {
            CHECK(refusal.contains(u"cannot approve"_s));
        } else {
            CHECK(dialog.layoutDirection() == Qt::RightToLeft);
            CHECK_FALSE(refusal.contains(u"cannot approve"_s));
            saveScreenshot(&dialog, u"payout-approval-self-fa"_s);
        }
    }
}

TEST_CASE("A payout goes from request to completion through the Payouts page against the sandbox",
          "[ui][payouts][providers]")
{
    SandboxEnvironment sandbox{quietSandbox()};
    REQUIRE_OK(sandbox.listen());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sarraf.sqlite"_s);
    Result<std::unique_ptr<Database>> database = Database::openSqlite(path);
    REQUIRE_OK(database);
    // USDT on TRON: one approval up to 1000, 5000 a day.
    REQUIRE_OK(PayoutStore(**database, u"erin"_s)
                   .setLimits(u"USDTTRC20"_s, Decimal::fromInteger(1000), Decimal::fromInteger(5000)));

    PayoutDesk desk(path);
    const SandboxAccount account = sandbox.account(u"cryptofuse"_s);
    desk.setProviderConfigs({{u"cryptofuse"_s, account.baseUrl, account.settings, account.secrets}});
    desk.setOperatorName(u"alice"_s);
    // Cryptofuse reports on withdrawals by webhook: the desk listens for them on loopback.
    std::optional<Result<QUrl>> listening;
    desk.listenForCallbacks(QHostAddress::LocalHost, 0, account.secrets.value(u"webhook-secret"_s),
                            [&listening](Result<QUrl> url) { listening.emplace(std::move(url)); });
    REQUIRE(waitUntil([&listening] { return listening.has_value(); }));
    REQUIRE_OK(*listening);
    PayoutsPage page;
    page.resize(1100, 600);
    page.setDesk(&desk);
    page.show();
    auto *table = child<QTableView>(&page, u"payoutTable"_s);
    const auto stateOfFirstRow = [table] {
        return table->model()->rowCount() ? table->model()->index(0, 1).data().toString() : QString();
    };

    // alice asks for 750.25 USDT to the address; the dialog shows Cryptofuse's fee as she types.
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<PayoutRequestDialog *>(modal);
        REQUIRE(dialog);
        child<QLineEdit>(dialog, u"destination"_s)->setText(address);
        child<QLineEdit>(dialog, u"amount"_s)->setText(u"750.25"_s);
        child<QLineEdit>(dialog, u"note"_s)->setText(u"Supplier invoice 118"_s);
        auto *estimate = child<QLabel>(dialog, u"estimate"_s);
        REQUIRE(waitUntil([estimate] { return estimate->text().contains(u"Its fee is"_s); }));
        CHECK(estimate->text().contains(u"8.0025"_s)); // 1% and the network's 0.5, exactly
        saveScreenshot(dialog, u"payout-request"_s);
        child<QPushButton>(dialog, u"requestPayout"_s)->click();
    });
    page.requestPayout();
    REQUIRE(waitUntil([&] { return stateOfFirstRow() == PayoutStates::displayName(PayoutState::Requested); }));
    page.selectPayout(1);
    REQUIRE(page.selectedId() == 1);

    // alice cannot approve her own request: the dialog says so.
    whenModal([](QWidget *modal) {
        CHECK(child<QLabel>(modal, u"refusal"_s)->text().contains(u"cannot approve"_s));
        qobject_cast<QDialog *>(modal)->reject();
    });
    page.reviewSelected();

    // bob approves, typing the amount again.
    desk.setOperatorName(u"bob"_s);
    whenModal([](QWidget *modal) {
        auto *approve = child<QPushButton>(modal, u"approve"_s);
        CHECK_FALSE(approve->isEnabled());
        child<QLineEdit>(modal, u"retypeAmount"_s)->setText(u"750.25"_s);
        REQUIRE(approve->isEnabled());
        approve->click();
    });
    page.reviewSelected();
    REQUIRE(waitUntil([&] { return stateOfFirstRow() == PayoutStates::displayName(PayoutState::Approved); }));
    CHECK(child<QLabel>(&page, u"payoutTotals"_s)->text().contains(u"750.25"_s));

    // Sent, after saying yes to the confirmation.
    page.selectPayout(1);
    REQUIRE(child<QPushButton>(&page, u"sendPayout"_s)->isEnabled());
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    page.sendSelected();
    REQUIRE(waitUntil([&] { return stateOfFirstRow() == PayoutStates::displayName(PayoutState::Submitted); }));
    CHECK(sandbox.cryptofuse().withdrawalsTo(address) == 1);

    // Cryptofuse completes it and says so by its signed webhook: the payout completes by itself.
    const QString withdrawal = sandbox.cryptofuse().withdrawalIds().value(0);
    REQUIRE_OK(sandbox.cryptofuse().setWithdrawalStatus(withdrawal, u"completed"_s));
    REQUIRE(waitUntil([&] { return stateOfFirstRow() == PayoutStates::displayName(PayoutState::Completed); }));
    // The webhook reached Sarraf at the address the withdrawal was sent with, and was taken.
    TransactionStore transactions(**database);
    const auto stored = transactions.find(u"cryptofuse"_s, TransactionKind::Withdrawal, withdrawal);
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->record.status == TransactionStatus::Completed);
    saveScreenshot(&page, u"payouts-page"_s);

    AuditPage audit;
    audit.resize(1100, 500);
    audit.setDesk(&desk);
    audit.show();
    auto *state = child<QLabel>(&audit, u"auditState"_s);
    REQUIRE(waitUntil([state] { return state->text().contains(u"intact"_s); }));
    // request, check, approve, submit, answer, completed (by the webhook), after the limits' row
    CHECK(child<QTableView>(&audit, u"auditTable"_s)->model()->rowCount() == 7);
    saveScreenshot(&audit, u"audit-page"_s);

    // In Persian the page turns right to left and reads in Persian.
    LanguageGuard language;
    Languages::apply(u"fa"_s);
    QCoreApplication::processEvents();
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    CHECK_FALSE(child<QPushButton>(&page, u"newPayout"_s)->text().contains(u"New payout"_s));
    saveScreenshot(&page, u"payouts-page-fa"_s);
    saveScreenshot(&audit, u"audit-page-fa"_s);
}
