// Application settings a person changes rarely: the interface language, the data folder and
// whether Sarraf starts on the sandbox profile. Stored in the user's QSettings.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sarraf {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &currentDataDirectory, bool currentlySandbox, QWidget *parent = nullptr);

    // Keys in QSettings, read by the composition root at start.
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString dataDirectoryKey() { return QStringLiteral("store/dataDirectory"); }
    static QString sandboxKey() { return QStringLiteral("store/sandbox"); }

Q_SIGNALS:
    // The person chose to restart now so that a new data folder or profile takes effect.
    void restartNeeded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void save();

    QString m_startDataDirectory;
    bool m_startSandbox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_dataLabel;
    QLineEdit *m_dataDirectory;
    QPushButton *m_browse;
    QCheckBox *m_sandbox;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace sarraf
