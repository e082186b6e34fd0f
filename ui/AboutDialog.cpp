#include "ui/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sarraf {

AboutDialog::AboutDialog(const QString &dataDirectory, const QString &logDirectory, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sarraf"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QGuiApplication::windowIcon().pixmap(72, 72));
    auto *title = new QLabel(tr("Sarraf %1").arg(QCoreApplication::applicationVersion()), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *summary = new QLabel(tr("One window for every invoice, exchange order, withdrawal, payout and "
                                  "price across your payment and exchange providers."), this);
    summary->setWordWrap(true);

    auto *facts = new QFormLayout;
    auto addFact = [&](const QString &label, const QString &value) {
        auto *text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, text);
    };
    addFact(tr("Qt version:"), QString::fromLatin1(qVersion()));
    addFact(tr("Data folder:"), QDir::toNativeSeparators(dataDirectory));
    addFact(tr("Log folder:"), QDir::toNativeSeparators(logDirectory));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addLayout(facts);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace sarraf
