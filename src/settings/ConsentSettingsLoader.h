#pragma once

#include "AdminConsentWorkflow.h"
#include "ConsentSettings.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

class GraphClient;

/**
 * Reads the tenant's consent settings (ConsentSettings) through Graph, for the GUI, the CLI and the troubleshooter
 * alike: /policies/adminConsentRequestPolicy, /policies/authorizationPolicy, /policies/permissionGrantPolicies,
 * /groupSettings (the older "Consent Policy Settings") and Microsoft Graph's delegatedPermissionClassifications, at
 * once; then each workflow reviewer is resolved — who it
 * is, whether the account is enabled, and whether anyone behind it holds a role that may approve (the members of
 * the activated directory roles Cloud Application, Application, Privileged Role and Global Administrator; a group's
 * users transitively). A part that cannot be read carries its error; the rest is still returned.
 */
class ConsentSettingsLoader : public QObject
{
    Q_OBJECT

public:
    explicit ConsentSettingsLoader(GraphClient* client, QObject* parent = nullptr);

    QFuture<ConsentSettings> load(); // never finished synchronously

    // Fills displayName, found, accountEnabled, approvers and problem of every reviewer (the workflow's other
    // properties untouched). Used by load() and by editors after the admin picked reviewers.
    QFuture<AdminConsentWorkflow> resolveReviewers(const AdminConsentWorkflow& workflow);
    // Only the policy, as Graph has it now (for the version check right before a PUT).
    QFuture<AdminConsentWorkflow> loadWorkflow();

private:
    // One read's contribution: it fills its own fields of the settings once every read is in.
    using Part = std::function<void(ConsentSettings&)>;
    QFuture<Part> readWorkflow(); // the policy, then its reviewers resolved
    QFuture<Part> readAuthorizationPolicy();
    QFuture<Part> readPolicies();
    QFuture<Part> readLegacyGroupConsent(); // the older directory setting, then the group it names
    QFuture<Part> readClassifications(); // Microsoft Graph's service principal, then its classifications

    QPointer<GraphClient> m_client;
};
