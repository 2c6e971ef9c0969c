#pragma once

#include "SandboxHttp.h"
#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
class SandboxStats;
class TenantStore;
class TokenService;

/**
 * The emulated tenant on 127.0.0.1: Entra's identity endpoints (IdentityEndpoints), Microsoft Graph
 * (GraphEndpoints, BatchEndpoint) and the /_sandbox control API (ControlEndpoints), with fault injection.
 *
 * Runs in-process (consentdesk --demo, tests) or as consentdesk-sandbox:
 *     SandboxServer server(options);
 *     const quint16 port = server.start(&error); // 0 on failure
 *
 * Latency is a timer per response, never a blocking wait, so other connections proceed meanwhile; a dropped
 * connection writes part of the status line and headers, then aborts the socket. Faults are decided before a
 * request is handled (a throttled write has no effect) and never apply to /_sandbox/… or the browser pages.
 * All QtHttpServer API use is in SandboxServer.cpp (its API changed in 6.5 and 6.8).
 */
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions& options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    quint16 start(QString* error = nullptr); // loads the tenant, listens on 127.0.0.1; the port or 0
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    TenantStore& store();
    TokenService& tokens();
    SandboxStats& stats();
    const SandboxOptions& options() const;

    bool reset(QString* error = nullptr); // as POST /_sandbox/reset

    // The synchronous core of one request (numbered, routed, counted), without latency and socket handling.
    struct Outcome
    {
        SandboxResponse response;
        bool delay = false; // subject to --latency-ms
        bool drop = false; // close the connection mid-response
    };
    Outcome process(SandboxRequest request);

    // The tenant the options describe: ready fixture, generated, file, or the embedded demo tenant.
    static std::optional<QJsonObject> loadFixture(const SandboxOptions& options, QString* error);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
#endif

private:
    struct Private;
    std::unique_ptr<Private> d;
};
