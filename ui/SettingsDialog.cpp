#include "ui/SettingsDialog.h"

#include "ui/Languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace sarraf {

SettingsDialog::SettingsDialog(const QString &currentDataDirectory, bool currentlySandbox, QWidget *parent)
    : QDialog(parent),
      m_startDataDirectory(currentDataDirectory),
      m_startSandbox(currentlySandbox),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_dataLabel(new QLabel(this)),
      m_dataDirectory(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_sandbox(new QCheckBox(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_dataDirectory->setObjectName(QStringLiteral("dataDirectoryEdit"));
    m_sandbox->setObjectName(QStringLiteral("sandboxCheck"));
    m_languageLabel->setBuddy(m_language);
    m_dataLabel->setBuddy(m_dataDirectory);

    m_language->addItem(QString(), QString()); // the system's language; text set in retranslate()
    for (const Language &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    const QSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(languageKey()).toString())));
    m_dataDirectory->setText(QDir::toNativeSeparators(currentDataDirectory));
    m_sandbox->setChecked(currentlySandbox);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_dataLabel, dataRow);
    form->addRow(QString(), m_sandbox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(560, sizeHint().height());
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_dataLabel->setText(tr("&Data folder:"));
    m_browse->setText(tr("&Browse…"));
    m_sandbox->setText(tr("Start on the &sandbox profile (simulated providers, no real money)"));
    m_note->setText(tr("The language changes at once. A new data folder or profile takes effect when "
                       "Sarraf restarts. Provider credentials are kept in the system keychain, never "
                       "in these settings."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"),
                                                             QDir::fromNativeSeparators(m_dataDirectory->text()));
    if (!chosen.isEmpty())
        m_dataDirectory->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::save()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language != settings.value(languageKey()).toString()) {
        settings.setValue(languageKey(), language);
        Languages::apply(language);
    }
    const QString dataDirectory = QDir::cleanPath(QDir::fromNativeSeparators(m_dataDirectory->text().trimmed()));
    const bool needsRestart = (!dataDirectory.isEmpty() && dataDirectory != QDir::cleanPath(m_startDataDirectory))
                              || m_sandbox->isChecked() != m_startSandbox;
    if (!dataDirectory.isEmpty())
        settings.setValue(dataDirectoryKey(), dataDirectory);
    settings.setValue(sandboxKey(), m_sandbox->isChecked());
    accept();
    if (needsRestart) {
        const auto answer = QMessageBox::question(
            parentWidget(), tr("Restart Sarraf?"),
            tr("The new data folder or profile takes effect when Sarraf restarts. Restart now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            Q_EMIT restartNeeded();
    }
}

} // namespace sarraf
