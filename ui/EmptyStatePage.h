// A page that has nothing to show yet: a title and a sentence saying what will appear there and how.
#pragma once

#include <QWidget>

class QLabel;

namespace sarraf {

class EmptyStatePage final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &explanation);
    void setIcon(const QIcon &icon);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace sarraf
