// The "New invoice or order" dialog offscreen: Create stays off until the provider's own checks
// pass, says why in words while it is off, reads amounts typed in Persian digits, never lets an
// answer of unknown outcome be sent again by a second click, and lays out right to left in Persian.
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"

#include "models/domain/Decimal.h"
#include "models/store/Database.h"
#include "models/store/TransactionStore.h"
#include "models/sync/SyncScheduler.h"
#include "providers/sandbox/SandboxEnvironment.h"
#include "ui/MainWindow.h"
#include "models/table/DisplayText.h"
#include "ui/CreateTransactionDialog.h"
#include "ui/Languages.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace sarraf;
using sarraf::test::LanguageGuard;

namespace {

struct Dialog
{
    CreateTransactionDialog dialog;
    Dialog()
        : dialog({u"gitmix"_s, u"cryptofuse"_s, u"greengo"_s},
                 [](const CreateRequest &request) { return CreateRules::validate(request, {{u"store-id"_s, u"7"_s}}); })
    {
        dialog.show();
    }
    template<typename T> T *child(const char *name) { return dialog.findChild<T *>(QString::fromLatin1(name)); }
    QPushButton *create() { return child<QPushButton>("create"); }
    QString problem() { return child<QLabel>("problem")->text(); }
    void type(const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(name);
        REQUIRE(edit);
        edit->setText(text);
        Q_EMIT edit->textEdited(text); // as typing does
    }
};

void forgetRememberedFields()
{
    QSettings().remove(u"create"_s);
}

} // namespace

TEST_CASE("An amount typed in any digits and the locale's separators reads as the exact decimal", "[create]")
{
    CHECK(display::amountFromPeople(u"۱٬۲۵۰٬۰۰۰٫۵"_s, QLocale(u"fa_IR"_s)) == u"1250000.5");
    CHECK(display::amountFromPeople(u"12 500,75"_s, QLocale(u"ru_RU"_s)) == u"12500.75");
    CHECK(display::amountFromPeople(u"1,250,000.50"_s, QLocale(u"en_US"_s)) == u"1250000.50");
    // A comma that does not separate thousands is not dropped silently: the parse refuses it.
    CHECK(display::amountFromPeople(u"1,50"_s, QLocale(u"en_US"_s)) == u"1,50");
    CHECK_FALSE(Decimal::parse(display::amountFromPeople(u"1,50"_s, QLocale(u"en_US"_s))));
    for (const QString &wrong : {u",500"_s, u"1 50"_s, u"0.123,456"_s, u"1,2345"_s}) {
        INFO(wrong.toStdString());
        CHECK_FALSE(Decimal::parse(display::amountFromPeople(wrong, QLocale(u"en_US"_s))));
    }
    CHECK(display::amountFromPeople(u"  12 500  "_s, QLocale(u"en_US"_s)) == u"12500");
    // Direction marks around a pasted amount, and the minus sign of Persian numbers.
    CHECK(display::amountFromPeople(u"\u200e۱۲۳\u200f"_s, QLocale(u"fa_IR"_s)) == u"123");
    CHECK(display::amountFromPeople(u"\u2212۵"_s, QLocale(u"fa_IR"_s)) == u"-5");
}

TEST_CASE("Create stays off until the provider's checks pass, and says why while it is off", "[create][ui]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    forgetRememberedFields();
    Dialog d;
    QComboBox *provider = d.child<QComboBox>("provider");
    REQUIRE(provider);
    d.dialog.setProvider(u"gitmix"_s);
    CHECK_FALSE(d.create()->isEnabled());
    CHECK(d.problem().contains(u"amount"_s));

    d.type("amount", u"twelve"_s);
    CHECK_FALSE(d.create()->isEnabled());
    CHECK(d.problem().contains(u"twelve"_s));

    d.type("amount", u"1250000"_s);
    CHECK_FALSE(d.create()->isEnabled());
    CHECK(d.problem().contains(u"callbackUrl"_s)); // Gitmix's own sentence about its required field
    d.type("callbackUrl", u"https://shop.example/callback"_s);
    d.type("successUrl", u"https://shop.example/paid"_s);
    d.type("failUrl", u"not an address"_s);
    CHECK_FALSE(d.create()->isEnabled());
    CHECK(d.problem().contains(u"failRedirectUrl"_s));
    d.type("failUrl", u"https://shop.example/failed"_s);
    d.type("description", QString(300, u'x'));
    CHECK(d.problem().contains(u"250"_s));
    d.type("description", u"Course fee"_s);
    CHECK(d.problem().isEmpty());
    CHECK(d.create()->isEnabled());

    std::optional<CreateRequest> sent;
    QObject::connect(&d.dialog, &CreateTransactionDialog::createRequested,
                     [&](const CreateRequest &request) { sent = request; });
    d.create()->click();
    REQUIRE(sent);
    CHECK(sent->provider == u"gitmix");
    CHECK(sent->amount.amountText() == u"1250000");
    CHECK(sent->amount.currency() == u"USD"); // the first of Gitmix's currencies, as offered
    CHECK(sent->failUrl == QUrl(u"https://shop.example/failed"_s));
    CHECK_FALSE(d.create()->isEnabled()); // in flight: no second request
    d.dialog.reject(); // Escape or the window's close button while in flight
    CHECK(d.dialog.isVisible());

    // The provider may have created it: Create stays off until something is changed on purpose.
    d.dialog.creationFinished(false, u"GREENGO did not answer clearly"_s, true);
    CHECK(d.dialog.isVisible());
    CHECK_FALSE(d.create()->isEnabled());
    CHECK(d.problem().contains(u"did not answer"_s));
    d.type("description", u"Course fee!"_s);
    d.type("description", u"Course fee"_s); // typed and taken back: the same request again
    CHECK_FALSE(d.create()->isEnabled());
    d.type("description", u"Course fee, second try"_s);
    CHECK(d.create()->isEnabled());

    test::saveScreenshot(&d.dialog, u"create-dialog-en"_s);
    // A refusal keeps everything typed; success closes the dialog.
    d.dialog.creationFinished(false, u"Refused"_s, false);
    CHECK(d.child<QLineEdit>("callbackUrl")->text() == u"https://shop.example/callback");
    d.dialog.creationFinished(true, QString(), false);
    CHECK_FALSE(d.dialog.isVisible());
}

TEST_CASE("A GREENGO order's amount is in its payment method's currency and needs a wallet", "[create][ui]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    forgetRememberedFields();
    Dialog d;
    d.dialog.setProvider(u"greengo"_s);
    QComboBox *method = d.child<QComboBox>("paymentMethod");
    REQUIRE(method);
    CHECK(method->isVisible());
    CHECK_FALSE(d.child<QComboBox>("currency")->isEnabled()); // it shows the method's currency
    CHECK_FALSE(d.child<QLineEdit>("callbackUrl")->isVisible());
    d.type("amount", u"15000"_s);
    CHECK(d.problem().contains(u"wallet"_s));
    d.type("wallet", u"bc1q xy"_s);
    CHECK(d.problem().contains(u"bc1q xy"_s));
    d.type("wallet", u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s);
    CHECK(d.create()->isEnabled());
    method->setCurrentIndex(method->findData(u"KZT"_s));
    CHECK(d.dialog.request().amount.currency() == u"KZT");
    CHECK(d.dialog.request().paymentMethod == u"kzt");
    CHECK(d.child<QComboBox>("currency")->currentText() == u"KZT");
    d.type("amount", u"15000"_s);
    REQUIRE(d.create()->isEnabled());
    d.create()->click(); // remembers GREENGO and the Kazakh card for next time

    // Opened again: the remembered method, and the currency shown is the one sent.
    Dialog again;
    CHECK(again.child<QComboBox>("provider")->currentData().toString() == u"greengo");
    CHECK(again.child<QComboBox>("paymentMethod")->currentData(Qt::UserRole + 1).toString() == u"kzt");
    CHECK(again.child<QComboBox>("currency")->currentText() == u"KZT");
    again.type("amount", u"15000"_s);
    CHECK(again.dialog.request().amount.currency() == u"KZT");
    test::saveScreenshot(&d.dialog, u"create-dialog-greengo-en"_s);
}

TEST_CASE("In Persian the dialog is right to left and reads amounts typed in Persian digits", "[create][ui]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"fa"_s));
    forgetRememberedFields();
    Dialog d;
    d.dialog.setProvider(u"gitmix"_s);
    CHECK(d.dialog.layoutDirection() == Qt::RightToLeft);
    d.child<QComboBox>("currency")->setCurrentText(u"TMN"_s);
    d.type("amount", u"۱٬۲۵۰٬۰۰۰"_s);
    d.type("callbackUrl", u"https://shop.example/callback"_s);
    d.type("successUrl", u"https://shop.example/paid"_s);
    d.type("failUrl", u"https://shop.example/failed"_s);
    d.type("description", u"شارژ کیف پول"_s);
    CHECK(d.problem().isEmpty());
    CHECK(d.create()->isEnabled());
    CHECK(d.dialog.request().amount.amountText() == u"1250000");
    CHECK(d.dialog.request().amount.currency() == u"TMN");
    // Addresses read left to right inside the right-to-left form.
    CHECK(d.child<QLineEdit>("callbackUrl")->layoutDirection() == Qt::LeftToRight);
    CHECK(d.dialog.windowTitle() != u"New invoice or order");
    test::saveScreenshot(&d.dialog, u"create-dialog-fa"_s);
}

TEST_CASE("From the window, a new GREENGO order is created in the sandbox, stored and shown on the Orders page",
          "[create][ui][sync]")
{
    LanguageGuard guard;
    REQUIRE(Languages::apply(u"en"_s));
    forgetRememberedFields();
    QTemporaryDir dir;
    SandboxEnvironment sandbox(test::quietSandbox());
    REQUIRE_OK(sandbox.listen());
    auto database = std::move(Database::openSqlite(dir.filePath(u"sarraf.sqlite"_s))).value();
    SyncScheduler scheduler(database->path(), test::sandboxSource(sandbox.accounts()));
    scheduler.setInterval(std::chrono::seconds(0));

    MainWindow window(test::sandboxWindowContext(dir.path(), database->path()));
    window.setSyncScheduler(&scheduler);
    window.show();

    QAction *action = window.findChild<QAction *>(u"action-new-transaction"_s);
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<CreateTransactionDialog *>(u"createTransactionDialog"_s);
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->setProvider(u"greengo"_s);
    const auto type = [&](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit);
        edit->setText(text);
        Q_EMIT edit->textEdited(text);
    };
    type("amount", u"15000"_s);
    type("wallet", u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s);
    auto *create = dialog->findChild<QPushButton *>(u"create"_s);
    REQUIRE(create->isEnabled());
    const QPointer<CreateTransactionDialog> watched(dialog);
    create->click();
    REQUIRE(test::waitUntil([&] { return !watched || !watched->isVisible(); }, 30000));
    CHECK(window.currentPage() == u"orders");
    CHECK(window.statusBar()->currentMessage().startsWith(u"Created"_s));
    TransactionQuery orders;
    orders.kind = TransactionKind::Order;
    const Result<QList<StoredTransaction>> stored = TransactionStore(*database).list(orders);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->constFirst().record.provider == u"greengo");
    CHECK(window.statusBar()->currentMessage().contains(stored->constFirst().record.providerId));
}
