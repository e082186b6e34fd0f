// The Providers page: how each provider's connection is doing (ProviderHealthModel), with the
// reason in words under the table for the one selected, and the two things a person can do about
// it: sync now, or open Settings to set a provider up.
#pragma once

#include "models/sync/ProviderHealth.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sarraf {

class ProvidersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPage(QWidget *parent = nullptr);

    void setHealth(const QList<ProviderHealth> &health);
    ProviderHealthModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problemText() const;

Q_SIGNALS:
    void syncRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblem();

    ProviderHealthModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_settings = nullptr;
    QSet<QString> m_troubled; // providers whose reason was shown last time
};

} // namespace sarraf
