#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * An oauth2PermissionGrant (delegated permissions): clientId and resourceId are service principal object ids;
 * AllPrincipals grants are tenant-wide (principalId empty), Principal grants belong to one user.
 */
struct PermissionGrant
{
    QString id; // opaque, not a GUID
    QString clientId;
    QString consentType; // "AllPrincipals" | "Principal"
    QString principalId;
    QString resourceId;
    QStringList scopes; // split on any whitespace (Graph may send stray spaces)
    QJsonObject raw;

    bool isAllPrincipals() const { return consentType == QLatin1String("AllPrincipals"); }
    bool hasScope(const QString& value) const { return scopes.contains(value, Qt::CaseInsensitive); }
    QString scopeString() const { return scopes.join(QLatin1Char(' ')); }

    static PermissionGrant fromJson(const QJsonObject& json);
    static QStringList splitScopes(const QString& scope);
};
