#pragma once

#include "PermissionRowSink.h"

class TableStreamWriter;

/**
 * Streamed permission rows written as the MSIdentityTools-column table (PermissionReport::row) in any of
 * TableWriter's formats: the CLI's standard output and the GUI's export file take the same bytes.
 */
class PermissionTableSink : public PermissionRowSink
{
public:
    explicit PermissionTableSink(TableStreamWriter* writer); // not owned
    void rows(const QList<GrantedPermission>& rows) override;

private:
    TableStreamWriter* m_writer = nullptr;
};
