#pragma once

#include "ClientConsentState.h"
#include "GrantPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CapabilityMap;

/**
 * Least-privilege planning, with no I/O: from what the client holds now and what the admin ticked, the exact writes.
 *
 * Grant: the client's SP is created when missing (and a resource's, for delegated permissions of an API not yet in
 * the tenant); delegated permissions are merged per resource into the client's tenant-wide (AllPrincipals) grant —
 * PATCH keeping every existing scope, or POST when there is none; each application permission becomes one app role
 * assignment on the resource SP. Already-granted selections cost nothing; impossible ones are listed, not sent.
 * Block: disable the SP (or create it disabled). A run's rollback is WriteRun::rollbackPlan
 * (PlannedOperation::inverse).
 */
class GrantPlanner
{
    Q_DECLARE_TR_FUNCTIONS(GrantPlanner)

public:
    static constexpr const char* ClientVariable = "clientSp";

    // capabilities (optional): adds warnings for writes the signed-in admin's roles will not allow.
    static GrantPlan planGrant(const ClientConsentState& state,
                               const QList<Permission>& selected,
                               const CapabilityMap* capabilities = nullptr);
    static GrantPlan planBlock(const ClientConsentState& state, const CapabilityMap* capabilities = nullptr);

    // Existing scopes first, in their order, then the new ones; case-insensitive, no duplicates.
    static QStringList mergeScopes(const QStringList& existing, const QStringList& added);
    static bool isMicrosoftGraph(const QString& resourceAppId);
};
