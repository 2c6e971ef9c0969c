#pragma once

#include "ODataQuery.h"
#include "TokenProvider.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * One request as a service describes it: method, a path relative to the API root ("/servicePrincipals/…")
 * or an absolute URL (a nextLink), query options, a JSON body, extra headers, and which API it is for.
 */
struct GraphRequest
{
    QByteArray method = "GET";
    QString path; // relative to https://graph.microsoft.com/{version} (or Exchange's admin API root)
    QUrl absoluteUrl; // alternatively, a complete URL
    QString version = QStringLiteral("v1.0"); // "v1.0" or "beta" (Graph only)
    ODataQuery query;
    QJsonObject body; // sent (as application/json) when not empty, or when hasBody
    bool hasBody = false; // send the body even if it is {} (post/patch/put set it)
    QHash<QByteArray, QByteArray> headers;
    TokenResource resource = TokenResource::Graph;
    bool consistencyEventual = false; // force ConsistencyLevel: eventual (also implied by the query)
    // A POST that only reads (Exchange's Get-/Test- cmdlets over InvokeCommand): safe to send again after a
    // network failure or a 5xx, like a GET.
    bool readOnly = false;
    // First in line when the client's in-flight cap is reached (later pages of the collection too): for the longest
    // chain of a report — its pages must follow one another, so any wait there adds to the whole run.
    bool urgent = false;

    static GraphRequest get(const QString& path, const ODataQuery& query = {});
    static GraphRequest post(const QString& path, const QJsonObject& body);
    static GraphRequest patch(const QString& path, const QJsonObject& body);
    static GraphRequest put(const QString& path, const QJsonObject& body);
    static GraphRequest del(const QString& path);

    // GET, PUT, HEAD, readOnly and Graph's POST read actions (getByIds…) may be sent again after a network failure;
    // any other POST, PATCH and DELETE is sent once (a DELETE sent again answers 404 for the object it removed).
    bool isIdempotent() const;
    bool needsConsistencyLevel() const { return consistencyEventual || query.needsConsistencyLevel(); }
};
