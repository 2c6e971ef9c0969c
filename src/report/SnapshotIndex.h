#pragma once

#include "TenantSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * A snapshot read for comparison: every app, and every permission held as one claim — a tenant-wide delegated
 * scope, one user's own consent to a scope, an application permission — with names resolved (client and resource
 * apps, the app role's value, the user's UPN); the consent settings and policies flattened to name → value. Built
 * once from a TenantSnapshot, which can then be dropped: the index is all a diff or the first-seen history needs.
 *
 * A claim's key names it across snapshots (app ids, not object ids, which change when an app is re-added):
 * "<kind>|<clientAppId>|<resourceAppId>|<permission>|<principalId>", ids lower-case.
 */
class SnapshotIndex
{
public:
    enum class ClaimKind { Delegated, UserConsent, Application };

    struct App
    {
        QString id;
        QString appId;
        QString displayName;
        QString publisherName;
    };

    struct Claim
    {
        ClaimKind kind = ClaimKind::Delegated;
        QString clientAppId;
        QString clientName;
        QString resourceAppId;
        QString resourceName;
        QString permission; // the scope or app role value ("Mail.Read"); the role id when the resource lacks it
        QString principalId; // the user of a per-user consent
        QString principalName; // the user's UPN, else display name, else id
    };

    // What one app holds, in numbers (SnapshotDiff::compareInventory against the session's inventory).
    struct AppTally
    {
        int tenantWideScopes = 0; // delegated claims for all users
        int users = 0; // users with at least one own consent
        int applicationPermissions = 0;
    };

    static SnapshotIndex build(const TenantSnapshot& snapshot);
    static QString claimKey(ClaimKind kind,
                            const QString& clientAppId,
                            const QString& resourceAppId,
                            const QString& permission,
                            const QString& principalId = {});
    static QString kindName(ClaimKind kind); // "delegated" | "userConsent" | "application"

    QString tenantId() const { return m_tenantId; }
    QString tenantDisplayName() const { return m_tenantName; }
    QDateTime createdDateTime() const { return m_created; }
    QString createdBy() const { return m_createdBy; }
    QStringList missingParts() const { return m_missing; } // parts the snapshot could not read

    const QHash<QString, App>& apps() const { return m_apps; } // by lower-case appId (object id without one)
    const QHash<QString, Claim>& claims() const { return m_claims; }
    const QHash<QString, AppTally>& tallies() const { return m_tallies; } // by client app key (as apps())
    const QMap<QString, QString>& settings() const { return m_settings; } // "adminConsentRequestPolicy.isEnabled"
    const QMap<QString, QString>& policies() const { return m_policies; } // "permissionGrantPolicy:<id>" → JSON

private:
    void addSettings(const TenantSnapshot& snapshot);

    QString m_tenantId;
    QString m_tenantName;
    QDateTime m_created;
    QString m_createdBy;
    QStringList m_missing;
    QHash<QString, App> m_apps;
    QHash<QString, Claim> m_claims;
    QHash<QString, AppTally> m_tallies;
    QMap<QString, QString> m_settings;
    QMap<QString, QString> m_policies;
};
