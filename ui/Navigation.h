// The list of pages on the window's leading side; mirrors itself in right-to-left languages.
#pragma once

#include <QListWidget>

namespace sarraf {

class Navigation final : public QListWidget
{
    Q_OBJECT
public:
    explicit Navigation(QWidget *parent = nullptr);
    void addPage(const QString &id, const QIcon &icon);
    void setPageText(const QString &id, const QString &text, const QString &toolTip);
    QString currentPageId() const;
    void selectPage(const QString &id);

Q_SIGNALS:
    void pageSelected(const QString &id);
};

} // namespace sarraf
