#include "ui/TransactionDetailsPane.h"

#include "models/domain/Bidi.h"
#include "models/domain/ExactJson.h"
#include "models/domain/TransactionStatus.h"
#include "models/table/DisplayText.h"
#include "models/table/TransactionReceipt.h"
#include "providers/ProviderConnector.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

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
    if (source == u"create")
        return TransactionDetailsPane::tr("created in Sarraf");
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
    m_receipt = new QPushButton(this);
    m_receipt->setObjectName(u"receiptButton"_s);
    auto *receiptMenu = new QMenu(m_receipt);
    m_saveReceipt = receiptMenu->addAction(QString(), this, [this] { saveReceipt(); });
    m_saveReceipt->setObjectName(u"saveReceiptAction"_s);
    m_printReceipt = receiptMenu->addAction(QString(), this, &TransactionDetailsPane::printReceipt);
    m_receipt->setMenu(receiptMenu);
    top->addWidget(m_receipt);
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

namespace {

// The receipt laid out for paper (A5), in the window's direction.
void layOutReceipt(QTextDocument &document, const TransactionDetails &details, Qt::LayoutDirection direction)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction);
    document.setDefaultTextOption(option);
    document.setHtml(TransactionReceipt::html(details, direction == Qt::RightToLeft));
}

} // namespace

void TransactionDetailsPane::saveReceipt(QString path)
{
    if (!m_details)
        return;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the receipt"),
                                            QDir(folder).filePath(TransactionReceipt::fileName(m_details->transaction.record)),
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A5))) {
        // Not reached with A5; kept so a failing writer is never silent.
        Q_EMIT receiptSaved(false, tr("The receipt could not be laid out."));
        return;
    }
    writer.setTitle(tr("Transaction receipt"));
    writer.setCreator(u"Sarraf"_s);
    QTextDocument document;
    layOutReceipt(document, *m_details, layoutDirection());
    document.print(&writer);
    const QFileInfo written(path);
    //: %1 is a file's path.
    Q_EMIT receiptSaved(written.exists() && written.size() > 0,
                        written.exists() && written.size() > 0
                            ? tr("Receipt saved to %1.").arg(leftToRight(QDir::toNativeSeparators(path)))
                            : tr("The receipt could not be written to %1; check that the folder exists and you may "
                                 "write there.").arg(leftToRight(QDir::toNativeSeparators(path))));
}

void TransactionDetailsPane::printReceipt()
{
    if (!m_details)
        return;
    QPrinter printer;
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    layOutReceipt(document, *m_details, layoutDirection());
    document.print(&printer);
}

void TransactionDetailsPane::cancelFinished(const QString &provider, const QString &providerId)
{
    m_cancelling.remove(provider + u'/' + providerId);
    fill();
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
                        .arg(display::providerName(record.provider), leftToRight(record.providerId), display::amount(record.amount, record.currency)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"cancelConfirmation"_s);
    QPushButton *confirm = box.addButton(tr("Cancel the order"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmCancel"_s);
    QPushButton *keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_cancelling.insert(record.provider + u'/' + record.providerId);
    m_cancel->setEnabled(false); // until the provider has answered
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
    m_refresh->setText(tr("Refresh now")); // its tooltip depends on the transaction: fill()
    m_copyId->setText(tr("Copy id"));
    m_openLink->setText(tr("Open payment link"));
    m_receipt->setText(tr("Receipt"));
    m_saveReceipt->setText(tr("Save as PDF…"));
    m_printReceipt->setText(tr("Print…"));
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
    for (QPushButton *button : {m_refresh, m_copyId, m_openLink, m_receipt})
        button->setEnabled(shown);
    if (!shown) {
        m_cancel->hide();
        m_heading->setText(tr("Select a transaction to see its details."));
        return;
    }
    const TrackedTransaction &r = m_details->transaction.record;
    m_openLink->setEnabled(!r.paymentUrl.isEmpty());
    m_cancel->setVisible(cancellableAtProvider(r));
    m_cancel->setEnabled(cancellableAtProvider(r) && !m_cancelling.contains(r.provider + u'/' + r.providerId));
    const bool refreshable = refreshableAtProvider(r);
    m_refresh->setEnabled(refreshable);
    m_refresh->setToolTip(refreshable ? tr("Ask the provider about this transaction again")
                                      : tr("The provider cannot be asked about this; only its callbacks update it"));
    //: %1 is the provider's name, %2 its id for the transaction.
    m_heading->setText(tr("%1 %2").arg(display::providerName(r.provider), leftToRight(r.providerId)));
    const auto add = [this](const QString &label, const QString &value) {
        // A value starts in the window's direction, so a Persian name in the English window lines up
        // with the other values instead of jumping to the far side (and the other way round).
        const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
        auto *field = new QLabel(mark + value, m_fieldsPage);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_fields->addRow(label, field);
    };
    for (const display::TransactionFields::Field &field : display::TransactionFields::of(r))
        add(field.label, field.leftToRight ? leftToRight(field.value) : field.value);

    // Newest first, as a timeline is read.
    for (auto it = m_details->history.crbegin(); it != m_details->history.crend(); ++it) {
        const StatusChange &change = *it;
        const QString moved = change.from ? tr("%1 → %2").arg(TransactionStatuses::displayName(*change.from),
                                                             TransactionStatuses::displayName(change.to))
                                          : TransactionStatuses::displayName(change.to);
        //: %1 is a time, %2 the status change, %3 the provider's word, %4 where it came from (sync, callback, ...).
        m_history->addItem(tr("%1 — %2 (provider: %3; from %4)")
                               .arg(display::dateTime(change.changedAt, display::TimeDetail::Long), moved, change.providerStatus, sourceName(change.source)));
    }
    const QByteArray raw = m_details->transaction.record.rawAnswer;
    m_raw->setPlainText(raw.isEmpty() ? tr("The provider's answer was not kept for this transaction.")
                                      : exactjson::indented(raw));
}

} // namespace sarraf
