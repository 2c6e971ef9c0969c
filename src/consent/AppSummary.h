#pragma once

#include "directory/ServicePrincipal.h"
#include "risk/RiskLevel.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * One row of the tenant-wide apps list: an app (service principal) and how much it holds — delegated grants
 * tenant-wide and per user (with the number of distinct users), application permissions — and its riskiest claim.
 */
struct AppSummary
{
    ServicePrincipal app; // as listed (raw dropped to keep 3 000 apps light)
    int tenantWideGrants = 0; // AllPrincipals grants (one per resource)
    int tenantWideScopes = 0; // claims in them
    int userGrants = 0; // Principal grants
    int users = 0; // distinct users with a Principal grant
    int applicationPermissions = 0; // app role assignments held by the app
    RiskLevel highestRisk = RiskLevel::Unranked;
    QString highestRiskPermission; // "Mail.ReadWrite (Application)"
    // The riskiest of what acts for the whole tenant (admin-consented delegated scopes and application permissions),
    // and of what users consented to themselves: the overview's "tenant-wide high and critical" and the user consents
    // a phishing campaign leaves behind.
    RiskLevel tenantWideRisk = RiskLevel::Unranked;
    QString tenantWideRiskPermission;
    RiskLevel userConsentRisk = RiskLevel::Unranked;
    QString userConsentRiskPermission;
    QStringList mailboxPermissions; // application permissions that reach mailboxes (MailboxPermissions), sorted
    bool microsoftApp = false;
    bool verifiedPublisher = false;
    // Referred to by a grant or an assignment, but Graph returned no service principal for the id (neither in the
    // list nor when asked by id): app.id is all there is; the row is kept so nothing held goes unseen.
    bool notFound = false;

    bool holdsAnything() const { return tenantWideGrants + userGrants + applicationPermissions > 0; }
};

Q_DECLARE_METATYPE(AppSummary)
