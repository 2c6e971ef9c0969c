#pragma once

#include <QString>

/**
 * A query-option error of the OData engine, turned into Graph's error JSON by the endpoint that asked.
 */
struct ODataError
{
    int status = 400;
    QString code; // "BadRequest", "Request_BadRequest", "Request_UnsupportedQuery"
    QString message;

    static ODataError badRequest(const QString& message) { return {400, QStringLiteral("BadRequest"), message}; }
    static ODataError requestBadRequest(const QString& message)
    {
        return {400, QStringLiteral("Request_BadRequest"), message};
    }
    static ODataError unsupported(const QString& message)
    {
        return {400, QStringLiteral("Request_UnsupportedQuery"), message};
    }
};
