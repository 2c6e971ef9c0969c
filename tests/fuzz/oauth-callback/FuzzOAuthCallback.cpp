// Fuzz target "oauth-callback": the sign-in's loopback listener as a local process can reach it. The input is the
// request target a client sends — the browser's "/?code=…&state=…", or anything another local process makes up — sent
// over a real TCP connection to EntraReplyHandler (open(): 127.0.0.1, ephemeral port) as
// "GET <input> HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", so Qt's own request parsing runs as it does for a sign-in; the
// same target is parsed as the admin-consent redirect (AdminConsentUrl::parseResponse).
// Oracles besides the sanitizers: the listener always closes the connection (a request cannot wedge the sign-in); the
// sign-in is completed (callbackAccepted) or failed (callbackFailed) only by an answer carrying exactly the state of
// the sign-in in progress — a local process that does not know the state can only be refused; admin consent counts
// only with the right state.
#include "FuzzEnvironment.h"
#include "auth/EntraReplyHandler.h"
#include "consent/AdminConsentUrl.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QString kState = QStringLiteral("pZ3xq0M7yFh2Vt8kLw1sB9dN4rJc6aGe"); // as OAuthState::generate() makes them
EntraReplyHandler* g_listener = nullptr;

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "oauth-callback: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096) {
        return -1; // browsers cap URLs; longer inputs only slow the search down
    }
    FuzzEnvironment::init();
    if (!g_listener) {
        g_listener = new EntraReplyHandler;
        if (!g_listener->open()) {
            fail("cannot listen on 127.0.0.1", QString());
        }
    }
    const QByteArray target(reinterpret_cast<const char*>(data), qsizetype(size));

    g_listener->setExpectedState(kState);
    bool accepted = false;
    bool failed = false;
    QString receivedState;
    bool received = false;
    const auto c1 = QObject::connect(g_listener, &EntraReplyHandler::callbackAccepted, [&] { accepted = true; });
    const auto c2 = QObject::connect(
        g_listener, &EntraReplyHandler::callbackFailed, [&](const QString&, const QString&) { failed = true; });
    const auto c3
        = QObject::connect(g_listener, &QAbstractOAuthReplyHandler::callbackReceived, [&](const QVariantMap& v) {
              received = true;
              receivedState = v.value(QStringLiteral("state")).toString();
          });

    QTcpSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, [&closed] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&closed](QAbstractSocket::SocketError) { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, g_listener->port());
    FuzzEnvironment::runUntil(
        [&] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, 5000, "connecting");
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.flush();
    FuzzEnvironment::runUntil([&closed] { return closed; }, 5000, "the listener closing the connection");
    socket.readAll();

    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    if ((accepted || failed) && (!received || receivedState != kState)) {
        fail("the sign-in reacted to an answer without its state", QString::fromLatin1(target));
    }

    const QUrl redirect = QUrl::fromEncoded(target);
    const AdminConsentUrl::Response consent = AdminConsentUrl::parseResponse(redirect, kState);
    if (consent.stateMatches
        && QUrlQuery(redirect).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != kState) {
        fail("admin consent matched a state it was not given", QString::fromLatin1(target));
    }
    return 0;
}
