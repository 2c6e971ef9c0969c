#pragma once

#include "ODataFilter.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

/**
 * Query options of one Graph request: $select, $filter, $top, $count, $orderby, $search, $expand.
 * $count and $search (and ne/not/endsWith filters) switch on Graph's advanced queries, which need the
 * ConsistencyLevel: eventual header; GraphRequest adds it when needsConsistencyLevel() says so.
 */
class ODataQuery
{
public:
    ODataQuery& select(const QStringList& properties);
    ODataQuery& filter(const ODataFilter& filter);
    ODataQuery& top(int n);
    ODataQuery& count(bool on = true);
    ODataQuery& orderBy(const QString& property, bool descending = false);
    ODataQuery& search(const QString& property, const QString& text); // $search="displayName:text"
    ODataQuery& searchAnyOf(const QStringList& properties, const QString& text); // "displayName:x" OR "mail:x"
    ODataQuery& expand(const QString& navigation);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool needsConsistencyLevel() const;
    bool isEmpty() const;

    QUrlQuery toUrlQuery() const;
    QString toQueryString() const; // "$select=id&$top=5" fully encoded, for $batch sub-request URLs
    void applyTo(QUrl& url) const;

private:
    QStringList m_select;
    ODataFilter m_filter;
    int m_top = -1;
    bool m_count = false;
    QString m_orderBy;
    QString m_search;
    QString m_expand;
    QString m_error;
};

/** Path segments built safely from ids and keys (Graph alternate keys, UPNs with '$' or '#'). */
namespace GraphPath {
QString servicePrincipal(const QString& objectId); // "/servicePrincipals/{id}" (validated GUID)
QString servicePrincipalByAppId(const QString& appId); // "/servicePrincipals(appId='{appId}')"
QString user(const QString& idOrUpn); // "/users/{id}", "/users('$x@y')", guests' '#' as %23
QString group(const QString& objectId);
QString segment(const QString& value); // percent-encodes one path segment
} // namespace GraphPath
