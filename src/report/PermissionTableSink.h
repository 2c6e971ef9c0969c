#pragma once

#include "PermissionRowSink.h"

#include <QDateTime>

class FirstSeenHistory;
class TableStreamWriter;

/**
 * Streamed permission rows written as the MSIdentityTools-column table (PermissionReport::row) in any of
 * TableWriter's formats: the CLI's standard output and the GUI's export file take the same bytes.
 */
class PermissionTableSink : public PermissionRowSink
{
public:
    explicit PermissionTableSink(TableStreamWriter* writer); // not owned
    // Each row gets the firstSeen cell last (the writer's columns must end with PermissionReport::firstSeenColumn()):
    // with a history (not owned) the row is noted as seen at `now` first, and the caller saves it once at the end;
    // without one the cell is null.
    void setFirstSeen(FirstSeenHistory* history, const QDateTime& now);
    void rows(const QList<GrantedPermission>& rows) override;

private:
    TableStreamWriter* m_writer = nullptr;
    FirstSeenHistory* m_history = nullptr;
    bool m_firstSeenColumn = false;
    QDateTime m_now;
};
