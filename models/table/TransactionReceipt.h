// A transaction's receipt as a small HTML document, for the details pane to print or save as PDF:
// who, what, how much, its status and history, in the current language and direction. Every
// value is escaped; nothing from the provider's raw answer is included.
#pragma once

#include "models/table/TransactionPageReader.h"

#include <QCoreApplication>

namespace sarraf {

class TransactionReceipt final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionReceipt)
public:
    // rightToLeft: the document's direction (the window's, Persian).
    static QString html(const TransactionDetails &details, bool rightToLeft,
                        const QDateTime &printedAt = QDateTime::currentDateTime());
    // A file name a person recognises: "receipt-greengo-8090056.pdf".
    static QString fileName(const TrackedTransaction &record);
};

} // namespace sarraf
