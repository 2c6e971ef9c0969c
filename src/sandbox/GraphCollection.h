#pragma once

#include "GraphContext.h"
#include "ODataEntityType.h"
#include "ODataError.h"
#include "ODataEvaluator.h"
#include "ODataQueryOptions.h"
#include "SandboxHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/**
 * Turns a list of Graph objects into Graph's collection response: $filter, $search, $orderby, $count
 * (@odata.count on the first page only), paging by opaque $skiptoken in an absolute @odata.nextLink that keeps
 * the original query options, $select and @odata.context. Also single entities and the /$count segment.
 *
 * Without $orderby the cursor is a position in the source list, so following pages scan only from there.
 */
class GraphCollection
{
public:
    // The objects a navigation property of item refers to, for $expand (Graph serves at most ExpandLimit of them).
    using Expander = std::function<QList<QJsonObject>(const QJsonObject& item)>;
    static constexpr int ExpandLimit = 20; // directory objects: at most 20 expanded objects, no nextLink

    struct Spec
    {
        const ODataEntityType* type = nullptr;
        QString context; // after "$metadata#": "users", "servicePrincipals('…')/appRoleAssignedTo"
        std::function<QJsonObject(const QJsonObject&)> decorate; // applied to each served item, before $select
        ODataEvaluator::NavigationResolver navigation; // lambdas over navigation properties
        bool paged = true; // directoryRoles: one page, always
        bool countSegment = false; // ".../$count": answer the number as text/plain
        QHash<QString, Expander> expandable; // navigation properties $expand accepts, by name
    };

    // Parses the request's query options for this collection; a Graph error response when they are invalid.
    static std::optional<SandboxResponse> parse(const GraphContext& context, const Spec& spec, ODataQueryOptions* out);
    static SandboxResponse respond(const GraphContext& context,
                                   const Spec& spec,
                                   const ODataQueryOptions& options,
                                   const QList<QJsonObject>& items);
    static SandboxResponse list(const GraphContext& context, const Spec& spec, const QList<QJsonObject>& items);

    // One object with $select and "@odata.context": "<root>/$metadata#<context>/$entity".
    static SandboxResponse entity(const GraphContext& context,
                                  const QString& contextFragment,
                                  const QJsonObject& item,
                                  int status = 200,
                                  const ODataEntityType* type = nullptr,
                                  const QHash<QString, Expander>& expandable = {});

    // $select; without it, the type's default projection (users: Graph's basic set). Users in heterogeneous lists are
    // recognised by their "@odata.type".
    static QJsonObject
    select(const QJsonObject& item, const QStringList& properties, const ODataEntityType* type = nullptr);
    static SandboxResponse error(const GraphContext& context, const ODataError& error);
    static SandboxResponse ok(const GraphContext& context, const QJsonObject& body, int status = 200);
};
