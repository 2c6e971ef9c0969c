#pragma once

#include "graph/GraphError.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrl>

#include <algorithm>
#include <utility>

/**
 * The loopback listener that receives the browser's redirect, and the parser of the token endpoint's answers, with
 * Qt 6.4's gaps closed (qt-engineering.md §1):
 * - listens on 127.0.0.1 only, on an ephemeral port, and only while a sign-in waits (open() … closeListener());
 *   6.4's default constructor would listen on every interface;
 * - the redirect URI is fixed when the listener opens and stays valid after close (6.4's callback() asserts or
 *   answers port 0 once closed, which broke refreshes): http://127.0.0.1:PORT/, the address the listener has
 *   (RFC 8252 §8.3). Never "localhost": browsers (and Windows) try [::1] first for it, where another local process
 *   could listen on the same port and receive the code; Entra ignores the port of loopback redirect URIs;
 * - checks `state` itself (constant time) before QOAuth2AuthorizationCodeFlow sees the callback, so an answer that
 *   is not ours is refused with its own page and the listener keeps waiting; error redirects are only believed with
 *   the right state too;
 * - answers with a translated, HTML-escaped page instead of 6.4's raw callbackText();
 * - surfaces token endpoint failures (6.4 only logs them and leaves the flow stuck in RefreshingToken) as
 *   tokenRequestFailed(), with Entra's error JSON parsed, and never lets 6.4 log a response body; a redirect (the
 *   flow's manager follows none) is a failure too;
 * - reads at most maxResponseBytes() of a token answer (1 MiB: Entra's are a few KB, id_token included): watch()
 *   aborts a reply that announces or streams more, and the failure says why. 6.4 would buffer any size.
 */
class EntraReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    explicit EntraReplyHandler(QObject* parent = nullptr);
    ~EntraReplyHandler() override;

    bool open(); // 127.0.0.1, ephemeral port; false when no port could be bound
    void closeListener();
    QString callback() const override; // the redirect URI of the current (or last) listener
    QUrl redirectUri() const { return QUrl(m_redirectUri); }
    // The state of the authorization request in progress; empty: every callback is refused.
    void setExpectedState(const QString& state) { m_expectedState = state; }
    // The code of the accepted callback, handed over once (EntraFlow keeps it only to retry its redemption).
    QString takeAcceptedCode() { return std::exchange(m_acceptedCode, QString()); }
    // Retry-After of the last failed token answer in milliseconds, -1 when it gave none.
    int lastRetryAfterMs() const { return m_lastRetryAfterMs; }

    // Token endpoint answers (called by QOAuth2AuthorizationCodeFlow for every token request it sends).
    void networkReplyFinished(QNetworkReply* reply) override;
    // Stops reading `reply` once it announces (Content-Length) or delivers more than maxResponseBytes().
    void watch(QNetworkReply* reply);
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = std::max<qint64>(1, bytes); }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    static constexpr qint64 kDefaultMaxResponseBytes = 1024 * 1024;

    static QString successPage();
    static QString errorPage(const QString& title, const QString& detail);
    static QString rejectedPage();

signals:
    void callbackAccepted(); // code + matching state: the flow is about to redeem the code
    void callbackFailed(const QString& error, const QString& description); // Entra's error redirect, matching state
    void callbackRejected(const QString& reason); // not ours (state missing/wrong, no code): still waiting
    void tokenRequestFailed(const GraphError& error);

private:
    void onCallback(const QVariantMap& values);

    QString m_redirectUri;
    QString m_expectedState;
    QString m_acceptedCode;
    int m_lastRetryAfterMs = -1;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
};
