#pragma once

#include "GraphError.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class GraphReply;

/**
 * A finished GraphReply as a value, so a read is a QFuture like every other operation: callers continue it with
 * Async::then(…, context, …) and gather several with Async::all, instead of connecting to finished() and counting
 * what is still outstanding. of() finishes when the reply does; a reply destroyed unfinished (its client went away)
 * cancels the future, so nobody continues with half an answer.
 */
class GraphAnswer
{
public:
    GraphError error;
    int statusCode = 0;
    QJsonObject json; // single-object answers (empty for 204)
    QJsonArray items; // collections: every item of every page
    qint64 odataCount = -1;

    bool ok() const { return !error.isError(); }

    static GraphAnswer from(const GraphReply& reply); // reply must be finished
    static GraphError firstError(const QList<GraphError>& errors); // of gathered reads: the first failure, or none
    static QFuture<GraphAnswer> of(GraphReply* reply);
};
