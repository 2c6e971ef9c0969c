#pragma once

#include "WorkflowReviewer.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

class GraphClient;

/**
 * Finding reviewers for the admin consent workflow by what the admin types: users (display name or UPN starting with
 * it), groups (display name), directory roles (the activated ones, and the built-in roles that may approve even when
 * nobody holds them yet). Typed text reaches $filter only through ODataFilter (escaped). At most 20 of each.
 */
class ReviewerSearch : public QObject
{
    Q_OBJECT

public:
    explicit ReviewerSearch(GraphClient* graph, QObject* parent = nullptr);

    struct Found
    {
        QList<WorkflowReviewer> reviewers;
        GraphError error;
    };
    QFuture<Found> search(ReviewerQuery::Type type, const QString& text); // never finished synchronously

private:
    QPointer<GraphClient> m_graph;
};
