#include "ui/ProvidersPage.h"

#include "models/table/DisplayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sarraf {
namespace {

// The state in the colours the rest of the window uses: green working, red failing or not set
// up, amber paused.
class StateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != ProviderHealthModel::StateColumn)
            return;
        using State = ProviderHealthModel::State;
        switch (State(index.data(ProviderHealthModel::StateRole).toInt())) {
        case State::Working: option->palette.setColor(QPalette::Text, QColor(0x1b, 0x7f, 0x3b)); break;
        case State::Failing:
        case State::NotSetUp: option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e)); break;
        case State::Paused: option->palette.setColor(QPalette::Text, QColor(0xa1, 0x5c, 0x00)); break;
        case State::Disabled:
        case State::NotSyncedYet: return;
        }
        option->font.setBold(true);
    }
};

} // namespace

ProvidersPage::ProvidersPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    m_model = new ProviderHealthModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"providersTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"providerProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_sync = new QPushButton(this);
    m_settings = new QPushButton(this);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_sync, &QPushButton::clicked, this, &ProvidersPage::syncRequested);
    connect(m_settings, &QPushButton::clicked, this, &ProvidersPage::settingsRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProvidersPage::showProblem);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProvidersPage::showProblem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProvidersPage::showProblem);
    retranslate();
}

void ProvidersPage::setHealth(const QList<ProviderHealth> &health)
{
    m_model->setHealth(health);
    for (int column = 0; column < ProviderHealthModel::RateColumn; ++column)
        m_view->resizeColumnToContents(column);
    // A provider newly in trouble is selected, so its reason shows at once; otherwise the
    // selection stays where the person put it.
    QSet<QString> troubled;
    int newlyTroubled = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(ProviderHealthModel::ProblemRole).toString().isEmpty())
            continue;
        const QString provider = index.data(ProviderHealthModel::ProviderRole).toString();
        troubled.insert(provider);
        if (newlyTroubled < 0 && !m_troubled.contains(provider))
            newlyTroubled = row;
    }
    m_troubled = troubled;
    if (newlyTroubled >= 0)
        m_view->setCurrentIndex(m_model->index(newlyTroubled, 0));
    else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showProblem();
}

QString ProvidersPage::problemText() const
{
    return m_problem->text();
}

void ProvidersPage::showProblem()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_problem->clear();
        return;
    }
    const QModelIndex row = m_model->index(current.row(), 0);
    const QString name = row.data().toString();
    const QString problem = row.data(ProviderHealthModel::ProblemRole).toString();
    const auto state = ProviderHealthModel::State(row.data(ProviderHealthModel::StateRole).toInt());
    m_problem->setStyleSheet(problem.isEmpty() ? QString() : u"color: #b3261e;"_s);
    if (!problem.isEmpty())
        //: %1 is a provider's name, %2 what went wrong, in words.
        m_problem->setText(tr("%1: %2").arg(name, problem));
    else if (state == ProviderHealthModel::State::Disabled)
        m_problem->setText(tr("%1 is switched off in this profile; Settings switches it on.").arg(name));
    else if (state == ProviderHealthModel::State::NotSyncedYet)
        m_problem->setText(tr("%1 has not been synced yet; Sync now asks it.").arg(name));
    else
        m_problem->setText(tr("%1 answered the last sync.").arg(name));
}

void ProvidersPage::retranslate()
{
    m_title->setText(tr("Providers"));
    m_intro->setText(tr("How the connection to each provider is doing: its last good sync, the requests Sarraf sent "
                        "since it started, the errors, the requests held back to stay within the provider's rate "
                        "limit, and the circuit breaker, which pauses requests to a provider that keeps failing."));
    m_sync->setText(tr("Sync now"));
    m_settings->setText(tr("Settings…"));
    showProblem();
}

void ProvidersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sarraf
