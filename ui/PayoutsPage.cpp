#include "ui/PayoutsPage.h"

#include "models/domain/Bidi.h"
#include "models/table/DisplayText.h"
#include "ui/PayoutApprovalDialog.h"
#include "ui/PayoutReconcileDialog.h"
#include "ui/PayoutRequestDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

enum Filter { All, WaitingForApproval, ReadyToSend, Sent, NeedsReconciliation, Finished };

bool passes(int filter, const Payout &p, const PayoutLimits &limits)
{
    switch (filter) {
    case WaitingForApproval:
        return p.state == PayoutState::Requested
               || (p.state == PayoutState::Approved && limits.needsTwoApprovals(p.amount));
    case ReadyToSend:
        return p.state == PayoutState::SecondApproved
               || (p.state == PayoutState::Approved && !limits.needsTwoApprovals(p.amount));
    case Sent: return p.state == PayoutState::Submitting || p.state == PayoutState::Submitted;
    case NeedsReconciliation: return p.state == PayoutState::NeedsReconciliation;
    case Finished: return PayoutStates::isFinal(p.state);
    default: return true;
    }
}

enum Column { IdColumn, StateColumn, AmountColumn, FeeColumn, ProviderColumn, DestinationColumn, RequestedColumn,
              ApprovedColumn, UpdatedColumn, ColumnCount };

} // namespace

PayoutsPage::PayoutsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"payoutsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);

    auto *top = new QHBoxLayout;
    m_operator = new QLabel(this);
    m_operator->setObjectName(u"operatorName"_s);
    m_changeOperator = new QPushButton(this);
    m_changeOperator->setObjectName(u"changeOperator"_s);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newPayout"_s);
    top->addWidget(m_operator);
    top->addWidget(m_changeOperator);
    top->addStretch(1);
    top->addWidget(m_new);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"payoutTotals"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"payoutFilter"_s);
    m_filterLabel->setBuddy(m_filter);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshPayouts"_s);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_refresh);
    layout->addLayout(filterRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"payoutTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"payoutError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b31b1b;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *actions = new QHBoxLayout;
    m_review = new QPushButton(this);
    m_review->setObjectName(u"reviewPayout"_s);
    m_send = new QPushButton(this);
    m_send->setObjectName(u"sendPayout"_s);
    m_followUp = new QPushButton(this);
    m_followUp->setObjectName(u"followUpPayout"_s);
    m_reconcile = new QPushButton(this);
    m_reconcile->setObjectName(u"reconcilePayout"_s);
    m_checkAgain = new QPushButton(this);
    m_checkAgain->setObjectName(u"checkPayout"_s);
    for (QPushButton *b : {m_review, m_checkAgain, m_send, m_followUp, m_reconcile})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_new, &QPushButton::clicked, this, &PayoutsPage::requestPayout);
    connect(m_changeOperator, &QPushButton::clicked, this, &PayoutsPage::changeOperatorName);
    connect(m_refresh, &QPushButton::clicked, this, &PayoutsPage::refresh);
    connect(m_review, &QPushButton::clicked, this, &PayoutsPage::reviewSelected);
    connect(m_send, &QPushButton::clicked, this, &PayoutsPage::sendSelected);
    connect(m_followUp, &QPushButton::clicked, this, &PayoutsPage::followUpSelected);
    connect(m_reconcile, &QPushButton::clicked, this, &PayoutsPage::reconcileSelected);
    connect(m_checkAgain, &QPushButton::clicked, this, &PayoutsPage::checkSelected);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PayoutsPage::fillTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PayoutsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_busy)
            return;
        const std::optional<Payout> p = selected();
        if (p && p->state == PayoutState::NeedsReconciliation)
            reconcileSelected();
        else if (p)
            reviewSelected();
    });
    retranslate();
}

void PayoutsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayoutsPage::retranslate()
{
    const QString name = m_desk ? m_desk->operatorName() : QString();
    m_operator->setText(name.isEmpty() ? tr("Set your operator name to request or approve payouts.")
                                       //: %1 the operator's name
                                       : tr("Acting as <b>%1</b>").arg(name.toHtmlEscaped()));
    m_changeOperator->setText(name.isEmpty() ? tr("Set operator name…") : tr("Change…"));
    m_new->setText(tr("New payout…"));
    m_filterLabel->setText(tr("&Show:"));
    const int filter = qMax(0, m_filter->currentIndex());
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItems({tr("All payouts"), tr("Waiting for approval"), tr("Ready to send"), tr("Sent"),
                        tr("Needs reconciliation"), tr("Finished")});
    m_filter->setCurrentIndex(filter);
    m_refresh->setText(tr("Refresh"));
    m_review->setText(tr("Review and approve…"));
    m_send->setText(tr("Send"));
    m_followUp->setText(tr("Follow up"));
    m_reconcile->setText(tr("Reconcile…"));
    m_checkAgain->setText(tr("Check with provider"));
    m_model->setHorizontalHeaderLabels({tr("#"), tr("State"), tr("Amount"), tr("Fee"), tr("Provider"),
                                        tr("Destination"), tr("Requested by"), tr("Approved by"), tr("Updated")});
    present(m_snapshot);
}

void PayoutsPage::setDesk(PayoutDesk *desk)
{
    m_desk = desk;
    if (desk) {
        connect(desk, &PayoutDesk::changed, this, &PayoutsPage::refresh);
        connect(desk, &PayoutDesk::operatorNameChanged, this, &PayoutsPage::retranslate);
    }
    retranslate();
    refresh();
}

void PayoutsPage::refresh()
{
    if (!m_desk)
        return;
    m_desk->snapshot([self = QPointer<PayoutsPage>(this)](Result<PayoutSnapshot> snapshot) {
        if (!self)
            return;
        if (!snapshot) {
            self->m_error->setText(snapshot.error().message);
            self->m_error->show();
            return;
        }
        self->m_error->hide();
        self->present(*snapshot);
    });
}

void PayoutsPage::present(const PayoutSnapshot &snapshot)
{
    m_snapshot = snapshot;
    // Per currency: what waits (not final, not sent yet) and today's approvals against the limit.
    QMap<QString, std::pair<int, Decimal>> waiting;
    for (const Payout &p : std::as_const(snapshot.payouts)) {
        if (PayoutStates::isBeforeSending(p.state) && p.state != PayoutState::Rejected) {
            auto &[count, total] = waiting[p.amount.currency()];
            ++count;
            total = total + p.amount.amount();
        }
    }
    QStringList lines;
    QStringList currencies = waiting.keys();
    for (auto it = snapshot.approvedToday.cbegin(); it != snapshot.approvedToday.cend(); ++it) {
        if (!currencies.contains(it.key()) && !it.value().isZero())
            currencies.append(it.key());
    }
    std::sort(currencies.begin(), currencies.end());
    for (const QString &currency : std::as_const(currencies)) {
        const auto &[count, total] = waiting.value(currency);
        //: %1 currency, %2 the total of the payouts that wait
        const QString code = currency.toHtmlEscaped();
        QString line = count ? tr("<b>%1</b>: %Ln waiting, %2", nullptr, count)
                                   .arg(code, display::amount(total.toString(), code))
                             : u"<b>"_s + code + u"</b>"_s;
        const Decimal today = snapshot.approvedToday.value(currency);
        const auto limit = snapshot.limits.dailyLimit.constFind(currency);
        if (limit != snapshot.limits.dailyLimit.constEnd()) {
            const bool near = today * Decimal::fromInteger(10) >= *limit * Decimal::fromInteger(9);
            //: %1 approved today, %2 the daily limit
            const QString used = tr("approved today %1 of %2")
                                     .arg(display::amount(today.toString(), code),
                                          display::amount(limit->toString(), code));
            line += u" · "_s + (near ? u"<span style='color:#b31b1b'>"_s + used + u"</span>"_s : used);
        } else {
            line += u" · "_s + tr("approved today %1, no daily limit").arg(display::amount(today.toString(), code));
        }
        lines.append(line);
    }
    m_summary->setText(lines.isEmpty() ? tr("No payouts wait for approval or sending.") : lines.join(u"<br>"_s));
    fillTable();
}

void PayoutsPage::fillTable()
{
    const qint64 keep = selectedId();
    m_model->removeRows(0, m_model->rowCount());
    const int filter = m_filter->currentIndex();
    QList<Payout> shown;
    for (const Payout &p : std::as_const(m_snapshot.payouts)) {
        if (passes(filter, p, m_snapshot.limits))
            shown.append(p);
    }
    std::sort(shown.begin(), shown.end(), [](const Payout &a, const Payout &b) { return a.id > b.id; });
    for (const Payout &p : std::as_const(shown)) {
        QList<QStandardItem *> row;
        const auto item = [&row](const QString &text) {
            auto *cell = new QStandardItem(text);
            row.append(cell);
            return cell;
        };
        item(QLocale().toString(p.id))->setData(p.id, Qt::UserRole);
        QStandardItem *state = item(PayoutStates::displayName(p.state));
        if (p.state == PayoutState::NeedsReconciliation || p.state == PayoutState::Failed)
            state->setForeground(QColor(0xb3, 0x1b, 0x1b));
        item(display::amount(p.amount.amountText(), p.amount.currency()))
            ->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        item(p.fee ? display::amount(p.fee->amountText(), p.fee->currency()) : QString())
            ->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        item(display::providerName(p.provider));
        item(leftToRight(p.destination));
        item(p.requestedBy);
        item(p.approvers.join(u", "));
        item(display::dateTime(p.updatedAt));
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    if (keep)
        selectPayout(keep);
    updateButtons();
}

qint64 PayoutsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->item(rows.constFirst().row(), IdColumn)->data(Qt::UserRole).toLongLong();
}

void PayoutsPage::selectPayout(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, IdColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            return;
        }
    }
}

std::optional<Payout> PayoutsPage::selected() const
{
    const qint64 id = selectedId();
    for (const Payout &p : m_snapshot.payouts) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void PayoutsPage::updateButtons()
{
    const std::optional<Payout> p = selected();
    const bool ready = p
                       && (p->state == PayoutState::SecondApproved
                           || (p->state == PayoutState::Approved && !m_snapshot.limits.needsTwoApprovals(p->amount)));
    const bool idle = m_desk && !m_busy;
    m_new->setEnabled(idle);
    m_review->setEnabled(idle && p && PayoutStates::isBeforeSending(p->state) && p->state != PayoutState::Rejected);
    m_send->setEnabled(idle && ready);
    m_followUp->setEnabled(idle && p && p->state == PayoutState::Submitted);
    m_reconcile->setEnabled(idle && p && p->state == PayoutState::NeedsReconciliation);
    m_checkAgain->setEnabled(idle && p && p->state == PayoutState::Requested);
}

QString PayoutsPage::stateSaid(const Payout &payout)
{
    //: %1 payout number, %2 its state now
    return tr("Payout %1: %2.").arg(payout.id).arg(PayoutStates::displayName(payout.state));
}

void PayoutsPage::act(const std::function<void(PayoutDesk::Callback<Payout>)> &move, const Said &said)
{
    m_busy = true;
    updateButtons();
    move([self = QPointer<PayoutsPage>(this), said](Result<Payout> result) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (!result) {
            self->m_error->setText(result.error().message);
            self->m_error->show();
            return;
        }
        // A payout that ended failed or unresolved says why where the person looks.
        const bool trouble = result->state == PayoutState::NeedsReconciliation || result->state == PayoutState::Failed;
        self->m_error->setText(trouble ? result->reason : QString());
        self->m_error->setVisible(trouble);
        Q_EMIT self->statusMessage(said(*result));
        self->selectPayout(result->id);
    });
}

void PayoutsPage::changeOperatorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Operator name"),
        tr("The name you act under on the payout desk. Every request and approval records it, and nobody may "
           "approve a payout they requested."),
        QLineEdit::Normal, m_desk ? m_desk->operatorName() : QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_desk)
        m_desk->setOperatorName(name);
    Q_EMIT operatorNameChosen(name);
    retranslate();
}

void PayoutsPage::requestPayout()
{
    if (!m_desk)
        return;
    if (m_desk->operatorName().isEmpty()) {
        changeOperatorName();
        if (m_desk->operatorName().isEmpty())
            return;
    }
    PayoutRequestDialog dialog(m_desk, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    act([this, request = dialog.request()](auto done) { m_desk->request(request, std::move(done)); },
        [](const Payout &p) {
            return p.check && p.check->valid ? tr("Payout %1 requested and checked with the provider.").arg(p.id)
                                             : tr("Payout %1 requested, but the provider did not accept it: see "
                                                  "Review.")
                                                   .arg(p.id);
        });
}

void PayoutsPage::checkSelected()
{
    const std::optional<Payout> p = selected();
    if (!p || !m_desk)
        return;
    act([this, id = p->id](auto done) { m_desk->check(id, std::move(done)); }, [](const Payout &checked) {
        return checked.check && checked.check->valid ? tr("Payout %1: the provider accepts it.").arg(checked.id)
                                                     : tr("Payout %1: the provider does not accept it.").arg(checked.id);
    });
}

void PayoutsPage::reviewSelected()
{
    const std::optional<Payout> p = selected();
    if (!p || !m_desk)
        return;
    QList<Payout> earlier;
    for (const Payout &other : std::as_const(m_snapshot.payouts)) {
        if (other.id != p->id && other.destination == p->destination && other.provider == p->provider)
            earlier.append(other);
    }
    std::sort(earlier.begin(), earlier.end(), [](const Payout &a, const Payout &b) { return a.id > b.id; });
    PayoutApprovalDialog dialog(*p, earlier, m_snapshot.limits, m_snapshot.approvedToday.value(p->amount.currency()),
                                m_desk->operatorName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.decision() == PayoutApprovalDialog::Decision::Approve)
        act([this, id = p->id](auto done) { m_desk->approve(id, std::move(done)); },
            [](const Payout &approved) { return tr("Payout %1 approved.").arg(approved.id); });
    else if (dialog.decision() == PayoutApprovalDialog::Decision::Reject)
        act([this, id = p->id, reason = dialog.rejectionReason()](auto done) {
            m_desk->reject(id, reason, std::move(done));
        }, [](const Payout &rejected) { return tr("Payout %1 rejected.").arg(rejected.id); });
}

void PayoutsPage::sendSelected()
{
    const std::optional<Payout> p = selected();
    if (!p || !m_desk)
        return;
    const QString title = tr("Send payout %1").arg(p->id);
    //: %1 amount, %2 provider, %3 destination
    const QString question = tr("Send %1 through %2 to %3 now? It is sent once; if the answer is lost it is not sent "
                                "again but needs reconciliation.")
            .arg(display::amount(p->amount.amountText(), p->amount.currency()), display::providerName(p->provider),
                 leftToRight(p->destination));
    if (QMessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    act([this, id = p->id](auto done) { m_desk->send(id, std::move(done)); }, &PayoutsPage::stateSaid);
}

void PayoutsPage::followUpSelected()
{
    const std::optional<Payout> p = selected();
    if (!p || !m_desk)
        return;
    act([this, id = p->id](auto done) { m_desk->followUp(id, std::move(done)); }, &PayoutsPage::stateSaid);
}

void PayoutsPage::reconcileSelected()
{
    const std::optional<Payout> p = selected();
    if (!p || !m_desk)
        return;
    PayoutReconcileDialog dialog(*p, m_desk, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    act([this, id = p->id, outcome = dialog.outcome(), reference = dialog.reference(),
         checked = dialog.checked()](auto done) { m_desk->reconcile(id, outcome, reference, checked, std::move(done)); },
        [](const Payout &settled) {
            return tr("Payout %1 reconciled: %2.").arg(settled.id).arg(PayoutStates::displayName(settled.state));
        });
}

} // namespace sarraf
