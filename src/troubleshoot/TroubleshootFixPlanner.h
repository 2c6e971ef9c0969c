#pragma once

#include "TroubleshootCheck.h"
#include "TroubleshootFacts.h"
#include "auth/CapabilityMap.h"
#include "pipeline/WritePlan.h"

#include <QCoreApplication>
#include <QStringList>

class CapabilityMap;

/**
 * The troubleshooter's fixes as plans for the one write pipeline (no I/O; from the facts the troubleshooter read):
 * - EnableApp: PATCH the app's service principal accountEnabled = true (undo: false again);
 * - AssignUser: POST an appRoleAssignment of the user on the app (the first role users may hold, else default
 *   access; undo: DELETE it);
 * - GrantScopes: admin consent for everyone to the delegated permissions still not granted (GrantPlanner: merged
 *   into the app's tenant-wide grant; undo: the previous scope);
 * - EnableWorkflow: the admin consent workflow turned on as it stands (SettingsPlanner: whole-object PUT checked
 *   against the version read; undo: off again).
 * Each plan is previewed, journaled before it is sent and undoable like every write. An impossible fix comes back as
 * an empty plan whose note says why.
 */
class TroubleshootFixPlanner
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootFixPlanner)

public:
    static WritePlan
    plan(const TroubleshootFacts& facts, TroubleshootCheck::Fix fix, const CapabilityMap* capabilities = nullptr);
    static CapabilityMap::Kind capability(TroubleshootCheck::Fix fix); // what the admin's roles must allow
    static QStringList writeScopes(TroubleshootCheck::Fix fix); // the Graph permissions the token needs
};
