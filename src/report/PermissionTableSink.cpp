#include "PermissionTableSink.h"

#include "PermissionReport.h"
#include "TableStreamWriter.h"

PermissionTableSink::PermissionTableSink(TableStreamWriter* writer)
    : m_writer(writer)
{
}

void PermissionTableSink::rows(const QList<GrantedPermission>& rows)
{
    for (const GrantedPermission& row : rows) {
        m_writer->writeRow(PermissionReport::row(row));
    }
}
