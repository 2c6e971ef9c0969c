#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A service principal as ConsentDesk reads it: identity, publisher marks, and the permissions it publishes
 * (appRoles = application permissions when allowedMemberTypes has "Application"; oauth2PermissionScopes =
 * delegated). raw keeps the Graph JSON as received so the journal can store the full prior object.
 */
struct ServicePrincipal
{
    struct AppRole
    {
        QString id;
        QString value;
        QString displayName;
        QString description;
        QStringList allowedMemberTypes;
        bool isEnabled = true;
        bool allowsApplications() const { return allowedMemberTypes.contains(QStringLiteral("Application")); }
    };

    struct Scope
    {
        QString id;
        QString value;
        QString type; // "User" (users may consent) or "Admin" (admin consent required)
        bool isEnabled = true;
        QString adminConsentDisplayName;
        QString adminConsentDescription;
        QString userConsentDisplayName;
        QString userConsentDescription;
        bool adminConsentRequired() const { return type.compare(QStringLiteral("Admin"), Qt::CaseInsensitive) == 0; }
    };

    QString id;
    QString appId;
    QString displayName;
    QString publisherName;
    QString appOwnerOrganizationId;
    QString verifiedPublisherId;
    bool accountEnabled = true;
    bool appRoleAssignmentRequired = false;
    QStringList servicePrincipalNames;
    QList<AppRole> appRoles;
    QList<Scope> scopes;
    QJsonObject raw;

    bool isValid() const { return !id.isEmpty(); }
    // Case-insensitive, as Entra matches claim values; disabled entries are found too (callers decide).
    std::optional<AppRole> appRoleByValue(const QString& value) const;
    std::optional<AppRole> appRoleById(const QString& id) const;
    std::optional<Scope> scopeByValue(const QString& value) const;

    static ServicePrincipal fromJson(const QJsonObject& json);
    static QStringList selectFields(); // the $select every lookup uses
};

Q_DECLARE_METATYPE(ServicePrincipal)
