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
    // DELETE is not here: its effect repeats safely, its answer does not — a DELETE sent again after its answer was
    // lost meets the object it removed gone and answers 404, a removal made reported as failed (found by the fault
    // matrix: bulk revoke, fault-seed 4). It goes once, like a POST; the caller reads the object back (WriteRunner).
    if (readOnly || method == "GET" || method == "PUT" || method == "HEAD") {
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
