#include "ApplicationAccessPolicy.h"

QString ApplicationAccessPolicy::scopeGuid() const
{
    const qsizetype semicolon = identity.lastIndexOf(QLatin1Char(';'));
    return semicolon < 0 ? QString() : identity.mid(semicolon + 1);
}

QString ApplicationAccessPolicy::scopeSid() const
{
    const qsizetype colon = identity.indexOf(QLatin1Char(':'));
    const qsizetype semicolon = identity.lastIndexOf(QLatin1Char(';'));
    return colon < 0 || semicolon < colon ? QString() : identity.mid(colon + 1, semicolon - colon - 1);
}

ApplicationAccessPolicy ApplicationAccessPolicy::fromJson(const QJsonObject& row)
{
    ApplicationAccessPolicy p;
    p.identity = row.value(QStringLiteral("Identity")).toString();
    p.appId = row.value(QStringLiteral("AppId")).toString();
    if (p.appId.isEmpty()) {
        p.appId = row.value(QStringLiteral("AppID")).toString(); // spelled so in older output
    }
    p.scopeName = row.value(QStringLiteral("ScopeName")).toString();
    p.scopeIdentity = row.value(QStringLiteral("ScopeIdentity")).toString();
    p.accessRight = accessRightFromName(row.value(QStringLiteral("AccessRight")).toString());
    p.description = row.value(QStringLiteral("Description")).toString();
    p.isValid = row.value(QStringLiteral("IsValid")).toBool(true);
    return p;
}

QJsonObject ApplicationAccessPolicy::toJson() const
{
    return {{QStringLiteral("identity"), identity},
            {QStringLiteral("appId"), appId},
            {QStringLiteral("scopeName"), scopeName},
            {QStringLiteral("scopeObjectId"), scopeObjectId},
            {QStringLiteral("accessRight"), accessRightName(accessRight)},
            {QStringLiteral("description"), description},
            {QStringLiteral("isValid"), isValid}};
}

QString ApplicationAccessPolicy::accessRightName(AccessRight right)
{
    switch (right) {
    case AccessRight::RestrictAccess:
        return QStringLiteral("RestrictAccess");
    case AccessRight::DenyAccess:
        return QStringLiteral("DenyAccess");
    case AccessRight::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

ApplicationAccessPolicy::AccessRight ApplicationAccessPolicy::accessRightFromName(const QString& name)
{
    if (name.compare(QLatin1String("RestrictAccess"), Qt::CaseInsensitive) == 0) {
        return AccessRight::RestrictAccess;
    }
    if (name.compare(QLatin1String("DenyAccess"), Qt::CaseInsensitive) == 0) {
        return AccessRight::DenyAccess;
    }
    return AccessRight::Unknown;
}
