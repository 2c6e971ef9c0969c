#include "GraphPath.h"

#include "ODataFilter.h"
#include "ODataQuery.h"

#include <QUrl>

QString GraphPath::segment(const QString& value)
{
    // Sub-delimiters, ':' and '@' are legal inside a path segment and Graph keys use them ("(appId='…')", UPNs).
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "@!$&'()*+,;=:"));
}

QString GraphPath::servicePrincipal(const QString& objectId)
{
    return QStringLiteral("/servicePrincipals/")
           + (ODataFilter::isGuid(objectId) ? objectId.toLower() : segment(objectId));
}

QString GraphPath::servicePrincipalByAppId(const QString& appId)
{
    return QStringLiteral("/servicePrincipals") + ODataQuery::keySegment(QStringLiteral("appId"), appId);
}

QString GraphPath::user(const QString& idOrUpn)
{
    if (idOrUpn.startsWith(QLatin1Char('$'))) {
        // Graph reads a leading '$' as a system segment ($count, $ref); the key syntax avoids that.
        QString escaped = idOrUpn;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QStringLiteral("/users('") + segment(escaped) + QStringLiteral("')");
    }
    // segment() encodes '#' (guest UPNs: …#EXT#@…) as %23 and '/' as %2F.
    return QStringLiteral("/users/") + segment(idOrUpn);
}

QString GraphPath::group(const QString& objectId)
{
    return QStringLiteral("/groups/") + segment(objectId);
}
