#include "TenantWrite.h"

#include "exchange/ExchangeAdminClient.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"

#include <QPromise>

#include <memory>

namespace {

// A future that is finished already (QtFuture::makeReadyFuture is deprecated from Qt 6.6 on).
template<typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

TenantWrite::~TenantWrite() = default;

QStringList TenantWrite::powerShellScopes() const
{
    return {};
}

QString TenantWrite::producedVariable() const
{
    return {};
}

bool TenantWrite::resolve(const QHash<QString, QString>& variables, QString* missing)
{
    Q_UNUSED(variables);
    Q_UNUSED(missing);
    return true;
}

QFuture<WriteVerifier::Verdict> TenantWrite::verify(const Channel& channel, const JournalEntry& entry) const
{
    GraphClient* client
        = service() == Service::Exchange ? (channel.exchange ? channel.exchange->transport() : nullptr) : channel.graph;
    return WriteVerifier::check(client, entry);
}

QString TenantWrite::explain(const GraphError& error) const
{
    return error.message.isEmpty() ? error.summary() : error.message;
}

QFuture<TenantWrite::Prepared> TenantWrite::prepared(std::shared_ptr<TenantWrite> operation)
{
    return ready(Prepared {std::move(operation), {}, {}});
}

QFuture<TenantWrite::Prepared> TenantWrite::notPrepared(const GraphError& error, const QString& message)
{
    return ready(Prepared {nullptr, error, message});
}

QFuture<TenantWrite::Reply> TenantWrite::failed(const GraphError& error)
{
    return ready(Reply {error, error.httpStatus, {}, {}});
}

QFuture<TenantWrite::Reply> TenantWrite::sendToGraph(GraphClient* graph,
                                                     const QByteArray& method,
                                                     const QString& path,
                                                     const QJsonObject& body,
                                                     const QString& clientRequestId,
                                                     bool creates)
{
    GraphRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.hasBody = method == "POST" || method == "PATCH" || method == "PUT";
    request.headers.insert("client-request-id", clientRequestId.toLatin1());
    auto promise = std::make_shared<QPromise<Reply>>();
    promise->start();
    GraphReply* reply = graph->send(request);
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, creates] {
        Reply answer;
        answer.error = reply->error();
        answer.httpStatus = reply->ok() ? reply->statusCode() : reply->error().httpStatus;
        if (reply->ok()) {
            answer.result = reply->json();
            answer.result.remove(QStringLiteral("@odata.context"));
            if (creates) {
                answer.createdId = answer.result.value(QStringLiteral("id")).toString();
            }
        }
        promise->addResult(answer);
        promise->finish();
    });
    return promise->future();
}
