#include "ui/TransactionDetailsPane.h"

#include "models/domain/Bidi.h"
#include "models/domain/ExactJson.h"
#include "models/domain/Money.h"
#include "models/domain/TransactionStatus.h"
#include "providers/ProviderConnector.h"
#include "providers/ProviderCatalog.h"

#include <QApplication>
#include <QCalendar>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// The date in the user's calendar and the time to the second, without a time zone name (a Latin
// abbreviation in every language).
QString localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QCalendar calendar(locale.language() == QLocale::Persian ? QCalendar::System::Jalali
                                                                  : QCalendar::System::Gregorian);
    const QDateTime local = time.toLocalTime();
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(u"ss"))
        timeFormat.replace(u"mm"_s, u"mm:ss"_s);
    return locale.toString(local.date(), locale.dateFormat(QLocale::LongFormat), calendar) + u' '
           + locale.toString(local.time(), timeFormat);
}

QString money(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return {};
    const Result<Money> parsed = Money::parse(amount, currency);
    return parsed ? parsed->format(QLocale()) : amount + u' ' + currency;
}

QString providerName(const QString &key)
{
    const std::optional<ProviderInfo> info = ProviderCatalog::find(key);
    return info ? info->displayName : key;
}

// Where a status change came from, as the store records it.
QString sourceName(const QString &source)
{
    if (source == u"sync")
        return TransactionDetailsPane::tr("sync");
    if (source == u"lookup")
        return TransactionDetailsPane::tr("look-up or refresh");
    if (source == u"callback" || source == u"webhook")
        return TransactionDetailsPane::tr("the provider's callback");
    if (source == u"import")
        return TransactionDetailsPane::tr("import");
    return source;
}

} // namespace

TransactionDetailsPane::TransactionDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"detailsPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"detailsHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_copyId = new QPushButton(this);
    m_copyId->setObjectName(u"copyIdButton"_s);
    m_openLink = new QPushButton(this);
    m_openLink->setObjectName(u"openLinkButton"_s);
    top->addWidget(m_heading, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_copyId);
    top->addWidget(m_openLink);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailsTabs"_s);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    m_fieldsPage = new QWidget(scroll);
    m_fields = new QFormLayout(m_fieldsPage);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(m_fieldsPage);
    m_history = new QListWidget(m_tabs);
    m_history->setObjectName(u"historyList"_s);
    m_raw = new QPlainTextEdit(m_tabs);
    m_raw->setObjectName(u"rawAnswer"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLayoutDirection(Qt::LeftToRight); // JSON reads left to right in every language
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_raw, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (m_details)
            QGuiApplication::clipboard()->setText(m_details->transaction.record.providerId);
    });
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (m_details)
            QDesktopServices::openUrl(QUrl(m_details->transaction.record.paymentUrl));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_details)
            Q_EMIT refreshRequested(m_details->transaction.record.provider, m_details->transaction.record.providerId);
    });
    connect(m_cancel, &QPushButton::clicked, this, &TransactionDetailsPane::confirmCancel);
    retranslate();
    clear();
}

void TransactionDetailsPane::confirmCancel()
{
    if (!m_details)
        return;
    const TrackedTransaction record = m_details->transaction.record;
    QMessageBox box(QMessageBox::Warning, tr("Cancel this order?"),
                    //: %1 is the provider, %2 the order's id, %3 its amount.
                    tr("%1 will be asked to cancel order %2 (%3). A cancelled order cannot be paid any more, "
                       "and this cannot be undone.")
                        .arg(providerName(record.provider), leftToRight(record.providerId), money(record.amount, record.currency)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"cancelConfirmation"_s);
    QPushButton *confirm = box.addButton(tr("Cancel the order"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmCancel"_s);
    QPushButton *keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_cancel->setEnabled(false); // until the provider's answer refreshes the pane
    Q_EMIT cancelRequested(record);
}

void TransactionDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransactionDetailsPane::retranslate()
{
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Status history"));
    m_tabs->setTabText(2, tr("Provider's answer"));
    m_refresh->setText(tr("Refresh now"));
    m_refresh->setToolTip(tr("Ask the provider about this transaction again"));
    m_copyId->setText(tr("Copy id"));
    m_openLink->setText(tr("Open payment link"));
    m_cancel->setText(tr("Cancel order…"));
    m_cancel->setToolTip(tr("Ask the provider to cancel this order; you confirm first"));
    fill();
}

std::optional<TrackedTransaction> TransactionDetailsPane::shown() const
{
    return m_details ? std::optional(m_details->transaction.record) : std::nullopt;
}

void TransactionDetailsPane::clear()
{
    m_details.reset();
    fill();
}

void TransactionDetailsPane::showDetails(const std::optional<TransactionDetails> &details)
{
    m_details = details;
    fill();
}

void TransactionDetailsPane::fill()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_history->clear();
    m_raw->clear();
    const bool shown = m_details.has_value();
    for (QPushButton *button : {m_refresh, m_copyId, m_openLink})
        button->setEnabled(shown);
    if (!shown) {
        m_cancel->hide();
        m_heading->setText(tr("Select a transaction to see its details."));
        return;
    }
    const TrackedTransaction &r = m_details->transaction.record;
    m_openLink->setEnabled(!r.paymentUrl.isEmpty());
    m_cancel->setVisible(cancellableAtProvider(r));
    m_cancel->setEnabled(cancellableAtProvider(r));
    //: %1 is the provider's name, %2 its id for the transaction.
    m_heading->setText(tr("%1 %2").arg(providerName(r.provider), leftToRight(r.providerId)));
    const auto add = [this](const QString &label, const QString &value) {
        if (value.isEmpty() || value == leftToRight(QString()))
            return;
        // A value starts in the window's direction, so a Persian name in the English window lines up
        // with the other values instead of jumping to the far side (and the other way round).
        const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
        auto *field = new QLabel(mark + value, m_fieldsPage);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_fields->addRow(label, field);
    };
    add(tr("Provider"), providerName(r.provider));
    add(tr("ID"), leftToRight(r.providerId));
    //: %1 is Sarraf's status, %2 the provider's own word for it.
    add(tr("Status"), tr("%1 (the provider says: %2)").arg(TransactionStatuses::displayName(r.status), r.providerStatus));
    add(tr("Amount"), money(r.amount, r.currency));
    add(tr("Counter amount"), money(r.counterAmount, r.counterCurrency));
    add(tr("Customer"), r.customerName);
    add(tr("Email"), leftToRight(r.customerEmail));
    add(tr("Phone"), leftToRight(r.customerPhone));
    add(tr("Address"), leftToRight(r.address));
    add(tr("Description"), r.description);
    add(tr("Tracking code"), leftToRight(r.trackingCode));
    add(tr("Payment link"), leftToRight(r.paymentUrl));
    add(tr("Created"), localTime(r.createdAt));
    add(tr("Updated"), localTime(r.updatedAt));

    // Newest first, as a timeline is read.
    for (auto it = m_details->history.crbegin(); it != m_details->history.crend(); ++it) {
        const StatusChange &change = *it;
        const QString moved = change.from ? tr("%1 → %2").arg(TransactionStatuses::displayName(*change.from),
                                                             TransactionStatuses::displayName(change.to))
                                          : TransactionStatuses::displayName(change.to);
        //: %1 is a time, %2 the status change, %3 the provider's word, %4 where it came from (sync, callback, ...).
        m_history->addItem(tr("%1 — %2 (provider: %3; from %4)")
                               .arg(localTime(change.changedAt), moved, change.providerStatus, sourceName(change.source)));
    }
    const QByteArray raw = m_details->transaction.record.rawAnswer;
    m_raw->setPlainText(raw.isEmpty() ? tr("The provider's answer was not kept for this transaction.")
                                      : exactjson::indented(raw));
}

} // namespace sarraf
