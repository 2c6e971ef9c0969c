#pragma once

#include "ODataEntityType.h"
#include "ODataError.h"
#include "ODataNode.h"
#include "ODataSearch.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>

/**
 * The query options of one collection request, parsed and checked against the entity type with Graph's rules:
 * $top between 1 and 999 on directory objects; no $skip there; ne/not/endsWith and $count need
 * "ConsistencyLevel: eventual" plus $count=true, $search needs the header; sorting a filtered or searched directory
 * collection is an advanced query too. Errors carry Graph's codes.
 */
struct ODataQueryOptions
{
    QStringList select;
    QString filterText;
    std::shared_ptr<const ODataNode> filter;
    std::optional<ODataSearch> search;
    QList<QPair<QString, bool>> orderBy; // property, descending
    int pageSize = 100;
    bool topGiven = false;
    int skip = 0;
    bool count = false;
    QString skipToken;
    bool eventual = false; // ConsistencyLevel: eventual
    QStringList expand; // navigation properties, one level, as given

    // countSegment: the request is ".../$count" (a count is requested, so the header is required likewise).
    static std::optional<ODataError> parse(const QUrlQuery& query,
                                           bool eventual,
                                           const ODataEntityType& type,
                                           int defaultPageSize,
                                           ODataQueryOptions* out,
                                           bool countSegment = false);

    static QStringList parseSelect(const QUrlQuery& query);
    // $expand with Graph's rules for directory objects: one level, no nested options ($select/$filter inside).
    static std::optional<ODataError> parseExpand(const QUrlQuery& query, bool directory, QStringList* out);
    static QString value(const QUrlQuery& query, const QString& name); // decoded, name case-insensitive
};
