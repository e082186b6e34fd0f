#include "ui/AuditPage.h"

#include "models/domain/Payout.h"
#include "models/table/DisplayText.h"

#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

QString stateName(const std::optional<QString> &key)
{
    if (!key)
        return QString();
    const std::optional<PayoutState> state = PayoutStates::fromKey(*key);
    return state ? PayoutStates::displayName(*state) : *key;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {u"request"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "requested")},
        {u"check"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "checked with the provider")},
        {u"approve"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "approved")},
        {u"reject"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "rejected")},
        {u"submit"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "sending")},
        {u"answer"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "provider's answer")},
        {u"reconcile"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "reconciled")},
        {u"limits"_s, QT_TRANSLATE_NOOP("sarraf::AuditPage", "limits changed")},
    };
    const char *name = names.value(action);
    return name ? AuditPage::tr(name) : action;
}

} // namespace

AuditPage::AuditPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"auditPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(u"auditState"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"verifyAudit"_s);
    top->addWidget(m_state, 1);
    top->addWidget(m_verify);
    layout->addLayout(top);
    m_model = new QStandardItemModel(0, 7, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::refresh);
    retranslate();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_verify->setText(tr("Verify again"));
    m_model->setHorizontalHeaderLabels(
        {tr("Row"), tr("Time"), tr("Operator"), tr("Action"), tr("Subject"), tr("Change"), tr("Detail")});
    if (m_snapshot)
        present(*m_snapshot);
    else
        m_state->setText(m_desk ? tr("Reading the audit log…") : tr("The audit log is not available: no database."));
}

void AuditPage::setDesk(PayoutDesk *desk)
{
    m_desk = desk;
    if (desk)
        connect(desk, &PayoutDesk::changed, this, &AuditPage::refresh);
    refresh();
}

void AuditPage::refresh()
{
    if (!m_desk)
        return;
    m_desk->audit(ShownRows, [self = QPointer<AuditPage>(this)](Result<AuditSnapshot> snapshot) {
        if (!self)
            return;
        if (!snapshot) {
            self->m_state->setText(snapshot.error().message);
            return;
        }
        self->m_snapshot = *snapshot;
        self->present(*snapshot);
    });
}

void AuditPage::present(const AuditSnapshot &snapshot)
{
    const AuditVerification &v = snapshot.verification;
    if (v.intact()) {
        m_state->setText(tr("The audit log is intact: every one of its %Ln row(s) holds and follows the one before.",
                            nullptr, int(v.rows)));
        m_state->setStyleSheet(u"color: #1b7f3b; font-weight: bold;"_s);
    } else {
        //: %1 row number, %2 what is wrong there
        m_state->setText(tr("The audit log is BROKEN at row %1: %2 Someone changed the database outside Sarraf; "
                            "tell whoever is responsible for security.")
                             .arg(QLocale().toString(*v.brokenAt), v.problem));
        m_state->setStyleSheet(u"color: #b31b1b; font-weight: bold;"_s);
    }
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditRow &row : snapshot.latest) {
        const QString arrow = layoutDirection() == Qt::RightToLeft ? u" ← "_s : u" → "_s;
        const QString subject = row.entry.subjectKind == u"payout"
                                    ? tr("payout %1").arg(QLocale().toString(row.entry.subjectId.toLongLong()))
                                : row.entry.subjectKind == u"currency" ? tr("limits of %1").arg(row.entry.subjectId)
                                                                       : row.entry.subjectKind + u' ' + row.entry.subjectId;
        QString change;
        if (row.entry.subjectKind == u"payout")
            change = (row.entry.before ? stateName(row.entry.before) + arrow : QString()) + stateName(row.entry.after);
        else
            change = row.entry.before.value_or(QString()) + arrow + row.entry.after.value_or(QString());
        QList<QStandardItem *> cells;
        for (const QString &text : {QLocale().toString(row.seq), display::dateTime(row.at), row.entry.operatorName,
                                    actionName(row.entry.action), subject, change, row.entry.detail})
            cells.append(new QStandardItem(text));
        if (v.brokenAt && row.seq >= *v.brokenAt) {
            for (QStandardItem *cell : std::as_const(cells))
                cell->setForeground(QColor(0xb3, 0x1b, 0x1b));
        }
        m_model->appendRow(cells);
    }
    m_table->resizeColumnsToContents();
    // The change of a limit and a long detail wrap instead of pushing the rest out of sight.
    for (int column : {5, 6})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    m_table->setWordWrap(true);
    m_table->resizeRowsToContents();
}

} // namespace sarraf
