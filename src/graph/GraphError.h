#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

/**
 * Every failure of the transport in one value type: Graph's error JSON, the identity platform's token-endpoint
 * errors, Exchange's admin API errors, network and protocol failures. Views and the CLI branch on kind/code,
 * never on message text; summary() is safe to log and to show.
 */
class GraphError
{
public:
    enum class Kind {
        None,
        Network, // no HTTP response: connection refused, reset, DNS, TLS
        Timeout,
        Http, // an HTTP error not covered by a more specific kind
        SignInRequired, // 401 that a fresh token did not fix, or no token available
        PermissionDenied, // 403
        NotFound, // 404
        Throttled, // 429 after the retries ran out
        Parse, // the body was not the JSON it should be
        Protocol, // the server broke a rule (e.g. a repeating @odata.nextLink)
        InsecureUrl, // plain http to a non-loopback host, or a token would go to a foreign host
        Cancelled,
        TokenEndpoint, // an error from the identity platform's /token endpoint
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // Graph error.code, token endpoint "error" (invalid_grant), or Exchange's
    QString message;
    QString innerMessage; // Exchange's real text (innererror.internalexception.message / details[0].message)
    QString requestId;
    QString clientRequestId;
    QString date;
    QList<int> errorCodes; // AADSTS numbers from error_codes
    QString traceId;
    QString correlationId;
    QString method;
    QUrl url; // without query in summaries

    bool isNone() const { return kind == Kind::None; }
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); } // true when there is an error
    bool isRetryable() const; // 429, 503, 504, network failures
    QString summary() const; // one line; no tokens, no bodies
    QString kindName() const;

    // Graph's {"error":{code,message,innerError{request-id,client-request-id,date}}}; the request-id response
    // header fills in when the body has none. Never fails: garbage bodies give a generic message.
    static GraphError fromGraphJson(int status, const QByteArray& body, const QByteArray& requestIdHeader = {});
    static GraphError fromHttp(int status, const QByteArray& body, const QByteArray& requestIdHeader = {}); // same
    static GraphError fromTokenEndpointJson(int status, const QByteArray& body);
    static GraphError fromExchange(int status, const QByteArray& body);
    static GraphError network(const QString& message, bool timeout = false);
    static GraphError make(Kind kind, const QString& message);
    static Kind kindForStatus(int status); // 2xx None; 401/403/404/429 their own kinds; anything else Http
};

Q_DECLARE_METATYPE(GraphError)
