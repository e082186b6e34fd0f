// The Invoices, Orders and Withdrawals pages: a filter bar (provider, status, currency, dates,
// amounts, free text) over a table of the store's transactions, with the count of matching rows.
// The table pages rows in through TransactionTableModel, so it never waits for the database.
// Columns can be hidden (header menu), moved and resized; that layout persists per page.
#pragma once

#include "models/domain/Records.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QThread;

namespace sarraf {

class EmptyStatePage;
class TransactionDetailsPane;
class TransactionTableModel;

class TransactionsPage final : public QWidget
{
    Q_OBJECT
public:
    TransactionsPage(const QString &databasePath, TransactionKind kind, QWidget *parent = nullptr);
    ~TransactionsPage() override;

    // What the page says while the store holds no transaction of its kind.
    void setEmptyTexts(const QString &title, const QString &explanation);
    void setEmptyIcon(const QIcon &icon);

    TransactionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TransactionDetailsPane *detailsPane() const { return m_details; }
    void refresh(); // after a sync wrote to the store
    // Clears the other filters and shows the rows matching this text (an id just looked up).
    void searchFor(const QString &text);
    // Writes the rows the filters select, in the table's order, with a progress dialog and
    // without blocking the window; asks where when path is empty.
    void exportCsv(QString path = {});

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message); // a CSV export or a receipt: for the status bar
    // From the details pane: the window passes these to the sync scheduler.
    void refreshRequested(const QString &provider, const QString &providerId);
    void cancelRequested(const sarraf::TrackedTransaction &record);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterBar(QWidget *bar);
    void retranslate();
    void applyFilters();
    void showCount(qint64 count);
    void showHeaderMenu(const QPoint &position);
    void showCurrentDetails();
    void followShownRow();
    QString settingsKey() const;

    TransactionKind m_kind;
    TransactionTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePage *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    TransactionDetailsPane *m_details = nullptr;
    qint64 m_detailsRowId = -1; // the row the pane shows or waits for
    bool m_waitingForPage = false; // the current row's page is still being read
    QComboBox *m_provider = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QString m_databasePath;
    QThread *m_exportThread = nullptr; // joined on destruction
    std::shared_ptr<std::atomic_bool> m_exportCancel;
    QLabel *m_error = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_filtered = false;
};

} // namespace sarraf
