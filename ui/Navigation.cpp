#include "ui/Navigation.h"

#include <QPainter>

namespace sarraf {

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
}

Navigation::Navigation(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(22, 22));
    setUniformItemSizes(true);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pageSelected(item->data(PageIdRole).toString());
    });
}

void Navigation::addPage(const QString &id, const QIcon &icon)
{
    // Style icons come in different widths; centring each in the same square keeps labels aligned.
    QPixmap square(iconSize() * devicePixelRatioF());
    square.setDevicePixelRatio(devicePixelRatioF());
    square.fill(Qt::transparent);
    {
        QPainter painter(&square);
        icon.paint(&painter, QRect(QPoint(0, 0), iconSize()));
    }
    auto *item = new QListWidgetItem(QIcon(square), id, this);
    item->setData(PageIdRole, id);
}

void Navigation::setPageText(const QString &id, const QString &text, const QString &toolTip)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageIdRole).toString() == id) {
            item(row)->setText(text);
            item(row)->setToolTip(toolTip);
        }
    }
    // The widest label decides the width, in whichever language is active.
    setFixedWidth(sizeHintForColumn(0) + 2 * frameWidth() + 24);
}

QString Navigation::currentPageId() const
{
    return currentItem() ? currentItem()->data(PageIdRole).toString() : QString();
}

void Navigation::selectPage(const QString &id)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageIdRole).toString() == id) {
            setCurrentRow(row);
            return;
        }
    }
}

} // namespace sarraf
