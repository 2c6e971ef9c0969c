#pragma once

#include "ConditionalAccessEvaluator.h"
#include "ConditionalAccessPolicy.h"
#include "consent/ClientConsentState.h"
#include "directory/AppRoleAssignment.h"
#include "directory/ConsentRequest.h"
#include "directory/Permission.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"
#include "directory/User.h"
#include "graph/GraphError.h"
#include "settings/ConsentSettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

/**
 * Everything the troubleshooter read about one user and one app (Troubleshooter fills it; TroubleshootRules judges
 * it without I/O, so every rule is testable from a hand-made value). Each part carries its own read error: a check
 * whose facts could not be read says so instead of guessing.
 */
struct TroubleshootFacts
{
    // Where the permissions the user is asked for come from.
    enum class Requested { Named, UserRequest, AppRequest, Granted, Unknown };

    QString userText; // as the admin typed it
    QString appText;
    QDateTime now; // "expires in" is computed against it

    User user;
    GraphError userError; // kind NotFound: no such user
    QHash<QString, QString> directGroups; // id → name: app assignment counts these only
    QHash<QString, QString> groups; // transitive: conditional access counts these
    QHash<QString, QString> roles; // directory role template id → name
    GraphError membershipError;

    QString appId;
    QString appDisplayName;
    std::optional<ServicePrincipal> app; // absent: the app was never added to this tenant (or was deleted)
    bool appAmbiguous = false;
    GraphError appError;
    QList<AppRoleAssignment> assignedTo; // who is assigned to the app (appRoleAssignedTo)
    GraphError assignmentsError;
    QList<PermissionGrant> grants; // the client's delegated grants: tenant-wide, and this user's own
    GraphError grantsError;

    QList<ConsentRequest> requests; // consent requests for this app, with their users' requests
    int requestDurationInDays = -1;
    GraphError requestsError;

    ConsentSettings settings;
    QList<ConditionalAccessPolicy> policies;
    GraphError policiesError;

    QStringList namedScopes; // the admin named the permissions the user is asked for
    QList<Permission> requested; // resolved; delegated
    Requested requestedFrom = Requested::Unknown;

    bool userFound() const { return user.isValid(); }
    bool appKnown() const { return app.has_value() || !appId.isEmpty(); }
    bool appDisabled() const { return app && !app->accountEnabled; }
    QString appName() const; // display name, else appId
    // This user's newest request for the app (open or not); nullopt when there is none.
    std::optional<UserConsentRequest> userRequest() const;
    // Delegated permissions requested that neither a tenant-wide grant nor the user's own grant holds.
    QList<Permission> notGranted() const;
    bool isGranted(const Permission& permission) const;
    bool userAssigned(QString* via = nullptr) const; // directly, or through a group they are a direct member of
    ClientConsentState clientState() const; // for GrantPlanner
    ConditionalAccessEvaluator::Subject subject() const;
    ConditionalAccessEvaluator::Target target() const; // resources: the APIs of the requested permissions
};
