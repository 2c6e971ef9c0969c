#include "GraphRequest.h"

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
    return readOnly || method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}
