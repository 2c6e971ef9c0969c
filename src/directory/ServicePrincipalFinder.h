#pragma once

#include "directory/ServicePrincipal.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class GraphClient;
class ServicePrincipalCache;

/**
 * An app as an admin names it: its application (client) ID, its service principal's object ID, or its exact display
 * name. A GUID is tried as an appId first (what the portals show first), then as an object ID, through the
 * cache; anything else is `$filter=displayName eq '…'` with the text escaped as an OData literal. A display name
 * two apps share is reported as ambiguous, never guessed.
 */
class ServicePrincipalFinder
{
public:
    struct Result
    {
        std::optional<ServicePrincipal> servicePrincipal; // id, appId, displayName at least
        bool ambiguous = false; // a display name several apps carry
        GraphError error; // a failure other than "not found"
        bool notFound() const { return !servicePrincipal && !ambiguous && !error; }
    };

    // objectIdOnly: the text is a service principal object ID and nothing else (journal entries). Never finished
    // synchronously.
    static QFuture<Result>
    find(GraphClient* graph, ServicePrincipalCache* cache, const QString& text, bool objectIdOnly = false);
    // The same, for callers not on QFuture yet: done runs once, on context's thread, unless context is gone.
    static void find(GraphClient* graph,
                     ServicePrincipalCache* cache,
                     const QString& text,
                     QObject* context,
                     std::function<void(const Result&)> done,
                     bool objectIdOnly = false);
};
