#include "DirectoryObjectResolver.h"

#include "ServicePrincipal.h"
#include "async/Async.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

struct DirectoryObjectResolver::Run
{
    QStringList ids; // distinct, in the order asked
    QSet<QString> wanted; // lower-case
    Result result;
    Async::Promise<Result> promise;
};

DirectoryObjectResolver::DirectoryObjectResolver(GraphClient* client, const Options& options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

DirectoryObjectResolver::Options DirectoryObjectResolver::servicePrincipals()
{
    return {QStringLiteral("servicePrincipal"), QStringLiteral("/servicePrincipals"), ServicePrincipal::selectFields()};
}

DirectoryObjectResolver::Options DirectoryObjectResolver::users()
{
    return {QStringLiteral("user"),
            QStringLiteral("/users"),
            {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("userPrincipalName")}};
}

QFuture<DirectoryObjectResolver::Result> DirectoryObjectResolver::resolve(const QStringList& ids)
{
    auto run = std::make_shared<Run>();
    for (const QString& id : ids) {
        const QString key = id.trimmed().toLower();
        if (!key.isEmpty() && !run->wanted.contains(key)) {
            run->wanted.insert(key);
            run->ids.append(id.trimmed());
        }
    }
    if (run->ids.isEmpty() || !m_client) {
        if (!m_client && !run->ids.isEmpty()) {
            run->result.error = GraphError::make(GraphError::Kind::Cancelled, tr("No connection to Graph."));
        }
        QTimer::singleShot(0, this, [this, run] { finish(run); });
        return run->promise.future();
    }
    getByIds(run);
    return run->promise.future();
}

void DirectoryObjectResolver::getByIds(const std::shared_ptr<Run>& run)
{
    ODataQuery query;
    if (!m_options.select.isEmpty()) {
        query.select(m_options.select);
    }
    QList<QFuture<GraphAnswer>> reads;
    for (qsizetype from = 0; from < run->ids.size(); from += GetByIdsMax) {
        QJsonObject body {{QStringLiteral("ids"), QJsonArray::fromStringList(run->ids.mid(from, GetByIdsMax))}};
        if (!m_options.type.isEmpty()) {
            body.insert(QStringLiteral("types"), QJsonArray {m_options.type});
        }
        GraphRequest request = GraphRequest::post(QStringLiteral("/directoryObjects/getByIds"), body);
        request.query = query;
        request.readOnly = true; // a read, however it is sent: safe to send again after a network failure
        reads.append(GraphAnswer::of(m_client->send(request)));
        ++run->result.requests;
    }
    Async::then(Async::all(reads), this, [this, run, count = reads.size()](const QList<GraphAnswer>& answers) {
        if (answers.size() != count) {
            return; // a request was abandoned (the client went away): nobody is answered
        }
        for (const GraphAnswer& answer : answers) {
            if (answer.ok()) {
                for (const auto& v : answer.json.value(QStringLiteral("value")).toArray()) {
                    const QJsonObject object = v.toObject();
                    const QString id = object.value(QStringLiteral("id")).toString();
                    if (run->wanted.contains(id.toLower())) {
                        run->result.found.insert(id, object);
                    }
                }
            } else if (!run->result.error.isError()) {
                run->result.error = answer.error;
            }
        }
        oneByOne(run);
    });
}

void DirectoryObjectResolver::oneByOne(const std::shared_ptr<Run>& run)
{
    QSet<QString> found;
    for (auto it = run->result.found.cbegin(); it != run->result.found.cend(); ++it) {
        found.insert(it.key().toLower());
    }
    QStringList missing;
    for (const QString& id : std::as_const(run->ids)) {
        if (!found.contains(id.toLower())) {
            missing.append(id);
        }
    }
    if (missing.isEmpty() || run->result.error.isError()) {
        finish(run);
        return;
    }
    if (m_options.collection.isEmpty()) {
        run->result.notFound = missing;
        finish(run);
        return;
    }
    ODataQuery query;
    if (!m_options.select.isEmpty()) {
        query.select(m_options.select);
    }
    const QString options = query.isEmpty() ? QString() : QLatin1Char('?') + query.toQueryString();
    QList<BatchItem> items;
    items.reserve(missing.size());
    for (int i = 0; i < missing.size(); ++i) {
        BatchItem item;
        item.id = QString::number(i);
        item.url = m_options.collection + QLatin1Char('/') + GraphPath::segment(missing.at(i)) + options;
        items.append(item);
    }
    BatchReply* reply = m_client->batch(items);
    connect(reply, &BatchReply::finished, this, [this, reply, run, missing] {
        run->result.requests += reply->batchesSent();
        for (int i = 0; i < missing.size(); ++i) {
            const BatchItemResult r = reply->result(QString::number(i));
            if (r.status >= 200 && r.status < 300) {
                run->result.found.insert(missing.at(i), r.body);
            } else if (r.status == 404) {
                run->result.notFound.append(missing.at(i));
            } else if (!run->result.error.isError()) {
                run->result.error = r.error.isError() ? r.error : reply->error();
                if (!run->result.error.isError()) {
                    run->result.error
                        = GraphError::make(GraphError::Kind::Protocol,
                                           tr("Graph's $batch answer had no result for %1.").arg(missing.at(i)));
                }
            }
        }
        finish(run);
    });
}

void DirectoryObjectResolver::finish(const std::shared_ptr<Run>& run)
{
    run->promise.finish(run->result);
}
