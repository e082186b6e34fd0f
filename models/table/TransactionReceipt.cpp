#include "models/table/TransactionReceipt.h"

#include "models/domain/TransactionStatus.h"
#include "models/table/DisplayText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sarraf {

namespace {

// Ids, addresses and links keep their left-to-right order inside Persian text.
QString ltr(const QString &text)
{
    return u"<span dir=\"ltr\">"_s + text.toHtmlEscaped() + u"</span>"_s;
}

} // namespace

QString TransactionReceipt::html(const TransactionDetails &details, bool rightToLeft, const QDateTime &printedAt)
{
    const TrackedTransaction &r = details.transaction.record;
    const QString align = rightToLeft ? u"right"_s : u"left"_s;
    QString rows;
    const auto row = [&rows, &align](const QString &label, const QString &valueHtml) {
        rows += u"<tr><th align=\""_s + align + u"\" style=\"padding:4px 12px 4px 0; color:#555;\">"_s
                + label.toHtmlEscaped() + u"</th><td style=\"padding:4px 0;\">"_s + valueHtml + u"</td></tr>"_s;
    };
    const auto text = [](const QString &value) { return value.toHtmlEscaped(); };
    for (const display::TransactionFields::Field &field : display::TransactionFields::of(r))
        row(field.label, field.leftToRight ? ltr(field.value) : text(field.value));

    QString history;
    for (const StatusChange &change : details.history) {
        history += u"<tr><td style=\"padding:2px 8px;\">"_s
                   + text(display::dateTime(change.changedAt, display::TimeDetail::Long))
                   + u"</td><td style=\"padding:2px 8px;\">"_s + text(TransactionStatuses::displayName(change.to))
                   + u"</td><td style=\"padding:2px 8px; color:#555;\">"_s
                   + text(change.providerStatus) + u"</td></tr>"_s;
    }

    const QString direction = rightToLeft ? u"rtl"_s : u"ltr"_s;
    QString html = u"<html dir=\""_s + direction + u"\"><body dir=\""_s + direction
                   + u"\" style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">"_s;
    html += u"<h2 align=\""_s + align + u"\">"_s + text(tr("Transaction receipt")) + u"</h2>"_s;
    html += u"<table dir=\""_s + direction + u"\" cellspacing=\"0\">"_s + rows + u"</table>"_s;
    if (!history.isEmpty()) {
        html += u"<h3 align=\""_s + align + u"\">"_s + text(tr("Status history")) + u"</h3>"_s;
        html += u"<table dir=\""_s + direction + u"\" cellspacing=\"0\">"_s + history + u"</table>"_s;
    }
    //: At the foot of a receipt; %1 is the date and time it was made.
    html += u"<p align=\""_s + align + u"\" style=\"color:#777; font-size: 8pt;\">"_s
            + text(tr("Made by Sarraf on %1 from the provider's last answer.")
                       .arg(display::dateTime(printedAt.toUTC(), display::TimeDetail::Long)))
            + u"</p></body></html>"_s;
    return html;
}

QString TransactionReceipt::fileName(const TrackedTransaction &record)
{
    QString id = record.providerId;
    id.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    return u"receipt-"_s + record.provider + u'-' + id.left(64) + u".pdf"_s;
}

} // namespace sarraf
