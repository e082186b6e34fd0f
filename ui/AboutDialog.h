// Help → About: what Sarraf is, its version, the Qt it runs on, and where its data and logs are.
#pragma once

#include <QDialog>

namespace sarraf {

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &dataDirectory, const QString &logDirectory, QWidget *parent = nullptr);
};

} // namespace sarraf
