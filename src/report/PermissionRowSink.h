#pragma once

#include "directory/GrantedPermission.h"

#include <QList>

/**
 * Where a streamed report's rows go as they are joined: the CLI's output, a file the GUI exports to, a snapshot.
 * rows() is called on the engine's thread, a page's worth at a time; nothing is held for the sink afterwards.
 */
class PermissionRowSink
{
public:
    virtual ~PermissionRowSink() = default;
    virtual void rows(const QList<GrantedPermission>& rows) = 0;
};
