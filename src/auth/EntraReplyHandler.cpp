#include "EntraReplyHandler.h"

#include "AuthError.h"
#include "OAuthState.h"

#include "graph/RetryPolicy.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkReply>

namespace {

QString page(const QString& heading, const QString& detail)
{
    // Inserted raw into 6.4's <body>: everything dynamic is escaped here.
    return QStringLiteral("<div style=\"font-family:sans-serif;max-width:40em;margin:3em auto\"><h2>")
           + heading.toHtmlEscaped() + QStringLiteral("</h2><p>") + detail.toHtmlEscaped()
           + QStringLiteral("</p></div>");
}

// Set on a token reply that passed the size limit: aborted by watch(), reported by networkReplyFinished().
const char* const kTooLargeProperty = "consentdesk_tooLarge";
const char* const kWatchedProperty = "consentdesk_sizeWatched";

} // namespace

EntraReplyHandler::EntraReplyHandler(QObject* parent)
    // The (address, port) constructor is the only one that does not bind every interface; close it at once and open
    // it again only while a sign-in waits.
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent)
{
    QOAuthHttpServerReplyHandler::close();
    setCallbackPath(QString());
    // Connected before QOAuth2AuthorizationCodeFlow connects (it does so in grant()), so this runs first and picks
    // the page the browser gets.
    connect(this, &QAbstractOAuthReplyHandler::callbackReceived, this, &EntraReplyHandler::onCallback);
}

EntraReplyHandler::~EntraReplyHandler() = default;

bool EntraReplyHandler::open()
{
    if (isListening()) {
        QOAuthHttpServerReplyHandler::close();
    }
    if (!listen(QHostAddress::LocalHost, 0)) {
        Log::get("auth")->warn("cannot listen on 127.0.0.1 for the sign-in redirect");
        return false;
    }
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/").arg(port());
    Log::get("auth")->debug("sign-in listener on 127.0.0.1:{}", port());
    return true;
}

void EntraReplyHandler::closeListener()
{
    if (isListening()) {
        QOAuthHttpServerReplyHandler::close();
        Log::get("auth")->debug("sign-in listener closed");
    }
}

QString EntraReplyHandler::callback() const
{
    return m_redirectUri;
}

QString EntraReplyHandler::successPage()
{
    return page(tr("Signed in to ConsentDesk — you can close this tab."),
                tr("ConsentDesk is finishing the sign-in. Return to the ConsentDesk window."));
}

QString EntraReplyHandler::errorPage(const QString& title, const QString& detail)
{
    return page(tr("Sign-in to ConsentDesk did not complete"), title + QStringLiteral(" ") + detail);
}

QString EntraReplyHandler::rejectedPage()
{
    return page(tr("This page does not belong to a ConsentDesk sign-in"),
                tr("ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the "
                   "sign-in in the browser tab ConsentDesk opened."));
}

void EntraReplyHandler::onCallback(const QVariantMap& values)
{
    const QString state = values.value(QStringLiteral("state")).toString();
    const QString code = values.value(QStringLiteral("code")).toString();
    const QString error = values.value(QStringLiteral("error")).toString();

    if (!OAuthState::matches(m_expectedState, state)) {
        // Also the browser's /favicon.ico (every path is "the callback" in 6.4) and anything else local.
        setCallbackText(rejectedPage());
        Log::get("auth")->warn("sign-in callback refused: {}",
                               state.isEmpty() ? QStringLiteral("no state") : QStringLiteral("state mismatch"));
        emit callbackRejected(state.isEmpty() ? QStringLiteral("missing state") : QStringLiteral("state mismatch"));
        // 6.4's flow ignores a wrong state but acts on error= before checking state; nothing else runs here because
        // ConsentDesk listens to callbackFailed(), not to the flow's error().
        return;
    }
    m_expectedState.clear(); // one answer per authorization request
    if (!error.isEmpty()) {
        // Entra writes spaces as '+' in the redirect; 6.4 hands the values over still partly encoded.
        QString description = values.value(QStringLiteral("error_description")).toString();
        description.replace(QLatin1Char('+'), QLatin1Char(' '));
        description = QUrl::fromPercentEncoding(description.toUtf8());
        const AuthError mapped = AuthError::fromAuthorizationCallback(error, description);
        setCallbackText(errorPage(mapped.title, mapped.nextStep));
        Log::get("auth")->warn("sign-in redirect carried an error: {}", mapped.summary());
        emit callbackFailed(error, description);
        return;
    }
    if (code.isEmpty()) {
        setCallbackText(errorPage(tr("The answer carried no authorization code."), tr("Start the sign-in again.")));
        emit callbackFailed(QStringLiteral("invalid_request"), QStringLiteral("No authorization code received."));
        return;
    }
    setCallbackText(successPage());
    m_acceptedCode = code;
    Log::get("auth")->info("sign-in callback accepted");
    emit callbackAccepted();
}

void EntraReplyHandler::watch(QNetworkReply* reply)
{
    if (!reply || reply->property(kWatchedProperty).toBool()) {
        return;
    }
    reply->setProperty(kWatchedProperty, true);
    const auto check = [this, reply](qint64 bytes) {
        if (bytes <= m_maxResponseBytes || reply->property(kTooLargeProperty).toBool() || !reply->isRunning()) {
            return;
        }
        reply->setProperty(kTooLargeProperty, true);
        reply->abort(); // finishes, and networkReplyFinished reports it
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, check] {
        check(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    // Nothing reads the body before it is finished, so what is available is what arrived. readyRead, not
    // downloadProgress: Qt emits the latter at most every 100 ms, by which time a fast server has sent megabytes.
    connect(reply, &QNetworkReply::readyRead, this, [reply, check] { check(reply->bytesAvailable()); });
    // Qt's HTTP thread stops reading once this much waits unread: the limit plus one byte, enough to tell.
    reply->setReadBufferSize(m_maxResponseBytes + 1);
    check(reply->bytesAvailable());
}

void EntraReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply nobody watched (or the rest of one that arrived at once) is checked here, before reading it.
    const bool tooLarge = reply->property(kTooLargeProperty).toBool() || reply->bytesAvailable() > m_maxResponseBytes;
    if (tooLarge) {
        reply->deleteLater();
        m_lastRetryAfterMs = -1;
        GraphError e = GraphError::make(
            GraphError::Kind::Protocol,
            QStringLiteral("The token endpoint's answer was larger than %1 KiB, the most ConsentDesk reads from it; "
                           "a token answer is a few KB, so it stopped reading.")
                .arg(m_maxResponseBytes / 1024));
        e.code = QStringLiteral("token_response_too_large");
        e.httpStatus = status;
        e.method = "POST";
        e.url = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        Log::get("auth")->warn("token answer from {} larger than {} bytes; not read", e.url.host(), m_maxResponseBytes);
        emit tokenRequestFailed(e);
        return;
    }
    const QByteArray body = reply->readAll();
    const std::optional<int> retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
    m_lastRetryAfterMs = retryAfter.value_or(-1);
    reply->deleteLater(); // 6.4 deletes refresh replies but leaks code-redemption ones; twice is harmless
    if (status == 0) {
        // No HTTP answer at all: refused, DNS, TLS, proxy, timeout, aborted.
        const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
        GraphError e = GraphError::network(reply->errorString(), reply->error() == QNetworkReply::TimeoutError);
        e.code = QString::fromLatin1(meta.valueToKey(reply->error()));
        e.url = reply->url().adjusted(QUrl::RemoveQuery);
        e.method = "POST";
        Log::get("auth")->warn("token request failed: {}", e.summary());
        emit tokenRequestFailed(e);
        return;
    }
    if (status >= 300 && status < 400) {
        // The flow's manager follows no redirect: a 307/308 would re-send the code verifier or the refresh token.
        GraphError e
            = GraphError::make(GraphError::Kind::Protocol,
                               QStringLiteral("The token endpoint answered HTTP %1 with a redirect.").arg(status));
        e.code = QStringLiteral("token_redirect");
        e.httpStatus = status;
        e.method = "POST";
        e.url = reply->url()
                    .resolved(reply->header(QNetworkRequest::LocationHeader).toUrl())
                    .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        Log::get("auth")->warn("token endpoint redirected (HTTP {}) to {}; not followed", status, e.url.host());
        emit tokenRequestFailed(e);
        return;
    }
    if (status < 200 || status >= 300) {
        // 6.4 drops these (QOAuthOobReplyHandler returns on any reply error): Entra's 4xx JSON is the whole story.
        GraphError e = GraphError::fromTokenEndpointJson(status, body);
        Log::get("auth")->warn("token endpoint refused: {}", e.summary());
        emit tokenRequestFailed(e);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        GraphError e
            = GraphError::make(GraphError::Kind::Parse, QStringLiteral("The token endpoint's answer is not JSON."));
        e.httpStatus = status;
        emit tokenRequestFailed(e);
        return;
    }
    if (object.contains(QStringLiteral("error"))) {
        emit tokenRequestFailed(GraphError::fromTokenEndpointJson(status, body));
        return;
    }
    if (object.value(QStringLiteral("access_token")).toString().isEmpty()) {
        // 6.4 would warn "Access token not received" and stay in RefreshingToken forever.
        GraphError e
            = GraphError::make(GraphError::Kind::Parse, QStringLiteral("The token endpoint sent no access token."));
        e.httpStatus = status;
        emit tokenRequestFailed(e);
        return;
    }
    // Feed QOAuth2AuthorizationCodeFlow directly (not replyDataReceived: that would hand the raw body to listeners).
    emit tokensReceived(object.toVariantMap());
}
