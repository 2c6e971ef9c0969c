#include "GraphRequest.h"

#include <QStringList>

GraphRequest GraphRequest::get(const QString& path, const ODataQuery& query)
{
    GraphRequest r;
    r.path = path;
    r.query = query;
    return r;
}

GraphRequest GraphRequest::post(const QString& path, const QJsonObject& body)
{
    GraphRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.hasBody = true;
    return r;
}

GraphRequest GraphRequest::patch(const QString& path, const QJsonObject& body)
{
    GraphRequest r = post(path, body);
    r.method = "PATCH";
    return r;
}

GraphRequest GraphRequest::put(const QString& path, const QJsonObject& body)
{
    GraphRequest r = post(path, body);
    r.method = "PUT";
    return r;
}

GraphRequest GraphRequest::del(const QString& path)
{
    GraphRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

bool GraphRequest::isIdempotent() const
{
    if (readOnly || method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD") {
        return true;
    }
    // Graph's read actions sent as POST (directoryObject: getByIds, getMemberGroups/Objects, checkMemberGroups/Objects)
    // change nothing: sent once only, a dropped connection would fail a whole report or plan.
    if (method == "POST" && absoluteUrl.isEmpty()) {
        static const QStringList readActions {QStringLiteral("/getByIds"),
                                              QStringLiteral("/getMemberGroups"),
                                              QStringLiteral("/getMemberObjects"),
                                              QStringLiteral("/checkMemberGroups"),
                                              QStringLiteral("/checkMemberObjects")};
        const QString action = path.section(QLatin1Char('?'), 0, 0);
        for (const QString& read : readActions) {
            if (action.endsWith(read, Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}
