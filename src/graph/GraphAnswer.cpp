#include "GraphAnswer.h"

#include "GraphReply.h"
#include "async/Async.h"

GraphAnswer GraphAnswer::from(const GraphReply& reply)
{
    GraphAnswer answer;
    answer.error = reply.error();
    answer.statusCode = reply.statusCode();
    answer.json = reply.json();
    answer.items = reply.items();
    answer.odataCount = reply.odataCount();
    return answer;
}

GraphError GraphAnswer::firstError(const QList<GraphError>& errors)
{
    for (const GraphError& error : errors) {
        if (error.isError()) {
            return error;
        }
    }
    return {};
}

QFuture<GraphAnswer> GraphAnswer::of(GraphReply* reply)
{
    Async::Promise<GraphAnswer> promise;
    if (reply->isFinished()) {
        promise.finish(from(*reply));
        return promise.future();
    }
    // The reply is the connection's context: if it is destroyed unanswered, the last copy of the promise goes with
    // the connection and the future is cancelled.
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise] { promise.finish(from(*reply)); });
    return promise.future();
}
