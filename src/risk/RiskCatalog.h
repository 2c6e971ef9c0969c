#pragma once

#include "RiskLevel.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Ranks a permission (resource, claim value, delegated or application) by the harm its consent can do,
 * from a catalog derived from Microsoft's consent-phishing guidance (resources/risk/permission-risk.json),
 * optionally overridden by the admin's own file of the same shape.
 */
class RiskCatalog
{
public:
    enum class PermissionType { Delegated, Application };

    struct Assessment
    {
        RiskLevel level = RiskLevel::Unranked;
        QString reason; // why, in an admin's words
        QString rule; // the matching pattern, "" when none matched
        bool fromOverride = false;
        bool typeSpecific = false; // the rule names this permission type explicitly (not "any")
    };

    // Marks shown beside an app: Microsoft's own apps and verified publishers are less likely to be phishing.
    struct AppTrust
    {
        bool microsoftFirstParty = false;
        bool verifiedPublisher = false;
    };

    RiskCatalog(); // empty; use builtIn() or load()
    static const RiskCatalog& builtIn(); // the catalog shipped in the resources

    bool load(const QByteArray& json, QString* error = nullptr);
    bool loadOverrides(const QByteArray& json, QString* error = nullptr);
    bool loadOverridesFile(const QString& path, QString* error = nullptr);
    static QString defaultOverridesPath(); // AppConfigLocation/risk-overrides.json
    // The file builtIn() reads: the one chosen in the GUI's Preferences (QSettings, shared with the CLI), else the
    // default path.
    static QString overridesPath();
    static QString overridesSettingKey();

    Assessment assess(const QString& resourceAppId, const QString& claimValue, PermissionType type) const;
    // The highest of several claims, e.g. a whole grant's scope string.
    Assessment highest(const QString& resourceAppId, const QStringList& claimValues, PermissionType type) const;

    AppTrust appTrust(const QString& appOwnerOrganizationId, const QString& verifiedPublisherId) const;
    bool isMicrosoftTenant(const QString& tenantId) const;

    int ruleCount() const { return int(m_rules.size() + m_overrides.size()); }

private:
    struct Rule
    {
        QString pattern; // exact, or prefix + '*'
        bool wildcard = false;
        int type = -1; // -1 any, else PermissionType
        QString resource; // appId or "*"
        RiskLevel level = RiskLevel::Unranked;
        QString reason;
    };

    static bool parseRules(const QByteArray& json, QList<Rule>* rules, QStringList* tenants, QString* error);
    static const Rule* bestMatch(const QList<Rule>& rules, const QString& resource, const QString& claim, int type);
    Assessment assessOne(const QString& resourceAppId, const QString& claimValue, PermissionType type) const;

    QList<Rule> m_rules;
    QList<Rule> m_overrides;
    QStringList m_microsoftTenants;
};
