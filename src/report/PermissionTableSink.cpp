#include "PermissionTableSink.h"

#include "FirstSeenHistory.h"
#include "PermissionReport.h"
#include "TableStreamWriter.h"

PermissionTableSink::PermissionTableSink(TableStreamWriter* writer)
    : m_writer(writer)
{
}

void PermissionTableSink::setFirstSeen(FirstSeenHistory* history, const QDateTime& now)
{
    m_history = history;
    m_now = now;
    m_firstSeenColumn = true;
}

void PermissionTableSink::rows(const QList<GrantedPermission>& rows)
{
    if (m_history) {
        m_history->note(FirstSeenHistory::claimsOf(rows), m_now, FirstSeenHistory::Source::Live);
    }
    for (const GrantedPermission& row : rows) {
        QVariantList cells = PermissionReport::row(row);
        if (m_firstSeenColumn) {
            cells.append(m_history ? PermissionReport::firstSeenCell(m_history->firstSeen(row)) : QVariant());
        }
        m_writer->writeRow(cells);
    }
}
