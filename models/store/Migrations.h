// The store's schema as numbered steps. A database records every step it has taken in
// schema_version; opening it applies the missing ones in order, each in its own transaction.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace sarraf {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // The highest version recorded in db, 0 for an empty database; an error for a database that
    // has tables but no schema_version (not Sarraf's).
    static Result<int> currentVersion(const QSqlDatabase &db);

    // Applies every step after the current version up to and including target.
    static Result<int> apply(QSqlDatabase &db, int target = latestVersion());
};

} // namespace sarraf
