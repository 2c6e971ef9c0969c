#include "BatchEndpoint.h"

#include "GraphEndpoints.h"
#include "GraphErrors.h"
#include "SandboxStats.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QStringList kMethods {QStringLiteral("GET"),
                            QStringLiteral("POST"),
                            QStringLiteral("PATCH"),
                            QStringLiteral("PUT"),
                            QStringLiteral("DELETE")};

QString headerValue(const QJsonObject& headers, const QString& name)
{
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value().toString();
        }
    }
    return QString();
}

} // namespace

BatchEndpoint::BatchEndpoint(GraphEndpoints& graph, const FaultInjector& faults, SandboxStats& stats)
    : m_graph(graph)
    , m_faults(faults)
    , m_stats(stats)
{
}

SandboxRequest
BatchEndpoint::itemRequest(const SandboxRequest& outer, const QJsonObject& item, const QString& version) const
{
    SandboxRequest request;
    request.method = item.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    QString relative = item.value(QStringLiteral("url")).toString();
    if (!relative.startsWith(QLatin1Char('/'))) {
        relative.prepend(QLatin1Char('/'));
    }
    // Items are written by hand as often as by SDKs: accept unencoded quotes and spaces.
    request.url = QUrl(outer.baseUrl() + QLatin1Char('/') + version + relative, QUrl::TolerantMode);
    request.path = request.url.path();
    QString query = request.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    request.query = QUrlQuery(query);
    request.peer = outer.peer;
    request.sequence = outer.sequence;
    // Graph authenticates items with the batch's own token.
    for (const auto& name : {QByteArray("authorization"), QByteArray("host"), QByteArray("client-request-id")}) {
        if (outer.headers.contains(name)) {
            request.headers.insert(name, outer.headers.value(name));
        }
    }
    const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const QByteArray name = it.key().toLower().toLatin1();
        if (name != "authorization" && name != "host") {
            request.headers.insert(name, it.value().toString().toUtf8());
        }
    }
    const QJsonValue body = item.value(QStringLiteral("body"));
    if (body.isObject()) {
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (body.isString()) {
        request.body = body.toString().toUtf8();
    }
    return request;
}

QJsonObject BatchEndpoint::itemResponse(const QString& id, const SandboxResponse& response)
{
    QJsonObject headers;
    QByteArray contentType;
    for (const auto& [name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type") {
            contentType = value;
        }
        // The headers Graph repeats inside items.
        if (lower == "content-type" || lower == "retry-after" || lower == "location" || lower == "odata-version"
            || lower == "cache-control" || lower == "www-authenticate" || lower == "allow") {
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        }
    }
    QJsonObject result {
        {QStringLiteral("id"), id}, {QStringLiteral("status"), response.status}, {QStringLiteral("headers"), headers}};
    if (!response.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        if (contentType.contains("json") && (doc.isObject() || doc.isArray())) {
            result.insert(QStringLiteral("body"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        } else {
            result.insert(QStringLiteral("body"), QString::fromUtf8(response.body));
        }
    }
    return result;
}

SandboxResponse BatchEndpoint::handle(const SandboxRequest& request)
{
    auto ok = [&request](const QJsonObject& body) {
        SandboxResponse response = SandboxResponse::json(200, body);
        GraphErrors::addDiagnosticHeaders(response, request);
        return response;
    };
    if (request.method != "POST") {
        return GraphErrors::methodNotAllowed(request, {QStringLiteral("POST")});
    }
    TokenService::Claims claims;
    if (auto failure = m_graph.authenticate(request, &claims)) {
        return *failure;
    }
    QString parseError;
    const QJsonObject body = request.jsonBody(&parseError);
    const QJsonValue requestsValue = body.value(QStringLiteral("requests"));
    if (!parseError.isEmpty() || !requestsValue.isArray()) {
        return GraphErrors::odataBadRequest(request, QStringLiteral("Invalid batch payload format."));
    }
    const QJsonArray requests = requestsValue.toArray();
    if (requests.isEmpty()) {
        return GraphErrors::odataBadRequest(request, QStringLiteral("Invalid batch payload format."));
    }
    if (requests.size() > kMaxRequests) {
        return GraphErrors::odataBadRequest(
            request, QStringLiteral("Number of requests in the batch exceeds the maximum of %1.").arg(kMaxRequests));
    }

    // Whole-batch validation: ids, methods, urls, dependsOn.
    QList<QJsonObject> items;
    QHash<QString, int> indexOf;
    for (const auto& value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QStringLiteral("id")).toString();
        const QString method = item.value(QStringLiteral("method")).toString().toUpper();
        if (!value.isObject() || id.isEmpty() || !kMethods.contains(method)
            || item.value(QStringLiteral("url")).toString().isEmpty()) {
            return GraphErrors::odataBadRequest(request, QStringLiteral("Invalid batch payload format."));
        }
        if (indexOf.contains(id)) {
            return GraphErrors::odataBadRequest(
                request, QStringLiteral("Batch request contains a duplicate request id '%1'.").arg(id));
        }
        indexOf.insert(id, int(items.size()));
        items.append(item);
    }
    QList<QList<int>> dependencies(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue dependsOn = items.at(i).value(QStringLiteral("dependsOn"));
        if (!dependsOn.isUndefined() && !dependsOn.isArray()) {
            return GraphErrors::odataBadRequest(request, QStringLiteral("Invalid batch payload format."));
        }
        for (const auto& d : dependsOn.toArray()) {
            const QString dependency = d.toString();
            if (!indexOf.contains(dependency) || indexOf.value(dependency) == i) {
                return GraphErrors::odataBadRequest(
                    request,
                    QStringLiteral("Request id '%1' depends on an unknown request id '%2'.")
                        .arg(items.at(i).value(QStringLiteral("id")).toString(), dependency));
            }
            dependencies[i].append(indexOf.value(dependency));
        }
    }
    // Topological orders: execution keeps the given order where free; the answer lists the latest first.
    auto order = [&](bool latestFirst) -> QList<int> {
        QList<int> result;
        QList<bool> done(items.size(), false);
        while (result.size() < items.size()) {
            int pick = -1;
            for (int k = 0; k < items.size(); ++k) {
                const int i = latestFirst ? int(items.size()) - 1 - k : k;
                if (done.at(i)) {
                    continue;
                }
                bool ready = true;
                for (int d : dependencies.at(i)) {
                    ready = ready && done.at(d);
                }
                if (ready) {
                    pick = i;
                    break;
                }
            }
            if (pick < 0) {
                return {}; // a cycle
            }
            done[pick] = true;
            result.append(pick);
        }
        return result;
    };
    const QList<int> execution = order(false);
    if (execution.isEmpty()) {
        return GraphErrors::odataBadRequest(request,
                                            QStringLiteral("The dependsOn relations of the batch form a cycle."));
    }

    const QString version = GraphEndpoints::version(request.path);
    QList<QJsonObject> answers(items.size());
    QList<int> statuses(items.size(), 0);
    for (int i : execution) {
        const QJsonObject& item = items.at(i);
        const QString id = item.value(QStringLiteral("id")).toString();
        SandboxRequest sub = itemRequest(request, item, version);
        SandboxResponse response;
        bool failedDependency = false;
        for (int d : dependencies.at(i)) {
            failedDependency = failedDependency || statuses.at(d) >= 400;
        }
        const QString url = item.value(QStringLiteral("url")).toString();
        const bool hasBody = item.contains(QStringLiteral("body")) && !item.value(QStringLiteral("body")).isNull();
        const FaultInjector::Decision fault
            = m_faults.decide(request.sequence, QStringLiteral("batch ") + id + QLatin1Char(' ') + url, false);
        if (failedDependency) {
            response = GraphErrors::error(sub,
                                          424,
                                          QStringLiteral("FailedDependency"),
                                          QStringLiteral("The request failed due to a failed dependency."));
        } else if (url.contains(QLatin1String("://"))) {
            response = GraphErrors::odataBadRequest(sub, QStringLiteral("Batch request URLs must be relative."));
        } else if (hasBody
                   && headerValue(item.value(QStringLiteral("headers")).toObject(), QStringLiteral("content-type"))
                          .isEmpty()) {
            response = GraphErrors::odataBadRequest(
                sub, QStringLiteral("Write request id : %1 does not contain Content-Type header or body.").arg(id));
        } else if (fault.fault == FaultInjector::Fault::Throttle) {
            response = GraphErrors::throttled(sub, fault.retryAfter);
            m_stats.recordFault(fault.fault);
        } else if (fault.fault == FaultInjector::Fault::ServiceUnavailable) {
            response = GraphErrors::serviceUnavailable(sub, fault.retryAfter);
            m_stats.recordFault(fault.fault);
        } else if (GraphEndpoints::isBatch(sub.path)) {
            response = GraphErrors::odataBadRequest(sub, QStringLiteral("Nested $batch requests are not supported."));
        } else {
            response = m_graph.handle(sub);
            // --gateway-timeout-rate: a write the backend made, answered 504 by the gateway, inside a batch too.
            const bool applied = sub.method != "GET" && response.status >= 200 && response.status < 300;
            if (applied
                && m_faults.timesOutAfterApplying(request.sequence,
                                                  QStringLiteral("batch ") + id + QLatin1Char(' ')
                                                      + QString::fromLatin1(sub.method) + QLatin1Char(' ') + url)) {
                m_stats.recordFault(FaultInjector::Fault::AppliedTimeout);
                response = GraphErrors::gatewayTimeout(sub); // the change stays made
            }
        }
        m_stats.record(sub.method, sub.path, response.status);
        statuses[i] = response.status;
        answers[i] = itemResponse(id, response);
    }
    QJsonArray responses;
    for (int i : order(true)) {
        responses.append(answers.at(i));
    }
    return ok(QJsonObject {{QStringLiteral("responses"), responses}});
}
