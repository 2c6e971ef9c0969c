#pragma once

#include "AdminConsentWorkflow.h"
#include "GroupOwnerConsentSetting.h"
#include "LegacyGroupConsentSetting.h"
#include "PermissionClassification.h"
#include "PermissionGrantPolicy.h"
#include "UserConsentSetting.h"
#include "graph/GraphError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The tenant's consent settings as ConsentDesk reads them (ConsentSettingsLoader): the admin consent workflow, the
 * user consent setting with the permission grant policies behind it, and the delegated permissions of Microsoft Graph
 * classified low impact. Each part carries its own read error: a role that may read one part still sees the others.
 */
struct ConsentSettings
{
    static const QString kMicrosoftGraphAppId;

    AdminConsentWorkflow workflow;
    GraphError workflowError;

    QStringList permissionGrantPoliciesAssigned; // authorizationPolicy.defaultUserRolePermissions, as read
    UserConsentSetting userConsent;
    bool allowUserConsentForRiskyApps = false;
    // defaultUserRolePermissions.allowedToCreateApps ("Users can register applications"); empty when Graph's answer
    // did not carry it.
    std::optional<bool> allowedToCreateApps;
    GraphError authorizationError;

    // The older directory setting "Consent Policy Settings" (/groupSettings): group owner consent may be on there too.
    LegacyGroupConsentSetting legacyGroupConsent;
    GraphError legacyGroupConsentError;

    QList<PermissionGrantPolicy> policies; // every permission grant policy of the tenant
    GraphError policiesError;

    QString graphServicePrincipalId; // Microsoft Graph's service principal in this tenant
    QList<PermissionClassification> classifications; // on Microsoft Graph, every classification
    GraphError classificationsError;

    QList<PermissionClassification> lowImpact() const; // classification "low"
    // The policy by id (case-insensitive), or null.
    const PermissionGrantPolicy* policy(const QString& id) const;
    // Policies in force for user consent (the ForSelf ones), as read.
    QList<PermissionGrantPolicy> userConsentPolicies() const;
    // Group owner consent as assigned now (the policies read say which owner policies are scoped to groups).
    GroupOwnerConsentSetting groupOwnerConsent() const;
    // Whether group owners may consent by either setting (the app consent policies or the older directory setting).
    bool groupOwnersMayConsent() const;

    bool hasErrors() const;
    QJsonObject
    toJson() const; // settings show: adminConsentWorkflow, userConsent, groupOwnerConsent, lowImpactPermissions
};
