#pragma once

#include "GraphPath.h"
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

    // A key segment for Graph's alternate keys: keySegment("appId", x) -> "(appId='x')", quotes doubled and the
    // value percent-encoded as one path segment. Empty if the property name is not a plain identifier.
    static QString keySegment(const QString& property, const QString& value);

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
