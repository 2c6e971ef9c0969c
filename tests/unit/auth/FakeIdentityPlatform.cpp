#include "FakeIdentityPlatform.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>

FakeIdentityPlatform::FakeIdentityPlatform(QObject* parent)
    : QObject(parent)
{
    m_browser.setProxy(QNetworkProxy::NoProxy);
    m_server.setHandler([this](const LocalHttpServer::Request& r) { return handle(r); });
    m_roles = {QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7")}; // Cloud Application Administrator
}

bool FakeIdentityPlatform::listenOnLoopback()
{
    return m_server.listenOnLoopback();
}

LocalHttpServer::Response FakeIdentityPlatform::handle(const LocalHttpServer::Request& request)
{
    const QString path = QUrl::fromEncoded(QByteArray("http://x" + request.target)).path();
    if (request.method == "POST" && path.endsWith(QLatin1String("/oauth2/v2.0/token"))) {
        return token(request);
    }
    if (path.endsWith(QLatin1String("/oauth2/v2.0/authorize"))) {
        return authorizePage(request);
    }
    if (path.startsWith(QLatin1String("/v1.0/"))) {
        return graph(request);
    }
    return LocalHttpServer::Response::json(404, "{}");
}

LocalHttpServer::Response FakeIdentityPlatform::entraError(int status, const char* error, int code, const char* text)
{
    QJsonObject o {{QStringLiteral("error"), QLatin1String(error)},
                   {QStringLiteral("error_description"),
                    QStringLiteral("AADSTS%1: %2\r\nTrace ID: trace-1\r\nCorrelation ID: corr-1")
                        .arg(code)
                        .arg(QLatin1String(text))},
                   {QStringLiteral("error_codes"), QJsonArray {code}},
                   {QStringLiteral("trace_id"), QStringLiteral("trace-1")},
                   {QStringLiteral("correlation_id"), QStringLiteral("corr-1")}};
    return LocalHttpServer::Response::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray FakeIdentityPlatform::idToken() const
{
    auto b64 = [](const QByteArray& b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject payload {{QStringLiteral("tid"), m_idTokenTenant},
                               {QStringLiteral("oid"), m_idTokenUser},
                               {QStringLiteral("preferred_username"), QLatin1String(Upn)},
                               {QStringLiteral("name"), QStringLiteral("Adaeze Okafor")}};
    return b64(R"({"alg":"none","typ":"JWT"})") + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact))
           + ".sig";
}

LocalHttpServer::Response FakeIdentityPlatform::issue(const QString& scope)
{
    ++m_counter;
    const bool exchange = scope.contains(QLatin1String("outlook.office365.com"));
    const QString access
        = QStringLiteral("AT-%1-%2").arg(exchange ? QLatin1String("exo") : QLatin1String("graph")).arg(m_counter);
    const QString refresh = QStringLiteral("RT+%1/rot=%2==").arg(m_counter).arg(m_counter * 7);
    m_validAccessTokens.insert(access, exchange ? QStringLiteral("exchange") : QStringLiteral("graph"));
    m_liveRefreshTokens.insert(refresh);
    m_lastRefreshToken = refresh;
    m_issuedSecrets << access << refresh;
    QJsonObject o {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                   {QStringLiteral("scope"), m_grantedScope.isEmpty() || exchange ? scope : m_grantedScope},
                   {QStringLiteral("expires_in"), m_expiresIn},
                   {QStringLiteral("access_token"), access},
                   {QStringLiteral("refresh_token"), refresh}};
    if (scope.contains(QLatin1String("openid")) && m_issueIdToken) {
        o.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken()));
    }
    return LocalHttpServer::Response::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LocalHttpServer::Response FakeIdentityPlatform::token(const LocalHttpServer::Request& request)
{
    TokenRequest t;
    t.rawBody = request.body;
    // A form body: '+' means space, as a real server reads it.
    QByteArray body = request.body;
    body.replace('+', ' ');
    t.form = QUrlQuery(QString::fromLatin1(body));
    m_tokenRequests.append(t);
    if (!m_scriptedFailures.isEmpty()) {
        const auto failure = m_scriptedFailures.takeFirst();
        const QByteArray retryAfter = m_scriptedRetryAfter.takeFirst();
        LocalHttpServer::Response response = LocalHttpServer::Response::json(failure.first, failure.second);
        if (!retryAfter.isEmpty()) {
            response.header("Retry-After", retryAfter);
        }
        return response;
    }
    if (t.has("client_secret")) {
        return entraError(401,
                          "invalid_client",
                          700025,
                          "Client is public so neither 'client_assertion' nor "
                          "'client_secret' should be presented.");
    }
    if (t.value("client_id") != QLatin1String(ClientId)) {
        return entraError(400, "unauthorized_client", 700016, "Application not found in the directory.");
    }
    const QString grant = t.value("grant_type");
    const QString scope = t.value("scope");
    if (grant == QLatin1String("authorization_code")) {
        const QString code = t.value("code");
        if (!m_codes.contains(code)) {
            return entraError(400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed.");
        }
        const Code c = m_codes.take(code);
        const QByteArray challenge
            = QCryptographicHash::hash(t.value("code_verifier").toLatin1(), QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(challenge) != c.challenge) {
            return entraError(400, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge.");
        }
        if (t.value("redirect_uri") != c.redirectUri) {
            return entraError(400, "invalid_grant", 50011, "The redirect URI does not match.");
        }
        return issue(scope.isEmpty() ? c.scope : scope);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString rt = t.value("refresh_token");
        if (m_usedRefreshTokens.contains(rt) || !m_liveRefreshTokens.contains(rt)) {
            return entraError(400, "invalid_grant", 70008, "The refresh token has expired or was revoked.");
        }
        m_liveRefreshTokens.remove(rt);
        m_usedRefreshTokens.insert(rt);
        return issue(scope);
    }
    return entraError(400, "unsupported_grant_type", 70003, "Unsupported grant type.");
}

LocalHttpServer::Response FakeIdentityPlatform::graph(const LocalHttpServer::Request& request)
{
    ++m_graphCalls;
    const QByteArray auth = request.header("authorization");
    const QByteArray bearer = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
    m_bearers.append(bearer);
    if (m_validAccessTokens.value(QString::fromLatin1(bearer)) != QLatin1String("graph")) {
        return LocalHttpServer::Response::json(
            401, R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}})");
    }
    const QString path = QUrl::fromEncoded(QByteArray("http://x" + request.target)).path();
    QJsonObject o;
    if (path == QLatin1String("/v1.0/me")) {
        o = {{QStringLiteral("id"), QLatin1String(UserId)},
             {QStringLiteral("displayName"), QStringLiteral("Adaeze Okafor")},
             {QStringLiteral("userPrincipalName"), QLatin1String(Upn)},
             {QStringLiteral("mail"), QLatin1String(Upn)}};
    } else if (path == QLatin1String("/v1.0/me/memberOf/microsoft.graph.directoryRole")) {
        QJsonArray roles;
        for (const QString& id : m_roles) {
            roles.append(QJsonObject {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.directoryRole")},
                                      {QStringLiteral("id"), QString(QStringLiteral("role-") + id.left(4))},
                                      {QStringLiteral("roleTemplateId"), id},
                                      {QStringLiteral("displayName"), QStringLiteral("Role")}});
        }
        o = {{QStringLiteral("value"), roles}};
    } else if (path == QLatin1String("/v1.0/organization")) {
        return LocalHttpServer::Response::json(
            200,
            QByteArray(R"({"value":[{"id":")") + TenantId
                + R"(","displayName":"Contoso","verifiedDomains":[)"
                  R"({"name":"contoso.onmicrosoft.com","isInitial":true,"isDefault":false},)"
                  R"({"name":"contoso.com","isInitial":false,"isDefault":true}]}]})");
    } else {
        return LocalHttpServer::Response::json(404, R"({"error":{"code":"Request_ResourceNotFound","message":"nf"}})");
    }
    return LocalHttpServer::Response::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FakeIdentityPlatform::complete(const QUrl& authorizeUrl, const QString& overrideState)
{
    const QUrlQuery q(authorizeUrl);
    const QString code = mintCode(authorizeUrl);
    QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), code);
    answer.addQueryItem(QStringLiteral("state"),
                        overrideState.isEmpty() ? q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
                                                : overrideState);
    redirect.setQuery(answer);
    QNetworkReply* reply = m_browser.get(QNetworkRequest(redirect));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_lastCallbackPage = reply->readAll();
        m_callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++m_callbacksCompleted;
        reply->deleteLater();
    });
}

void FakeIdentityPlatform::completeWithError(const QUrl& authorizeUrl, const QString& error, const QString& description)
{
    const QUrlQuery q(authorizeUrl);
    QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    // As Entra writes it: form encoding, spaces as '+'.
    const QByteArray query = "error=" + QUrl::toPercentEncoding(error) + "&error_description="
                             + QUrl::toPercentEncoding(description).replace("%20", "+") + "&state="
                             + QUrl::toPercentEncoding(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    redirect.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkReply* reply = m_browser.get(QNetworkRequest(redirect));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_lastCallbackPage = reply->readAll();
        m_callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++m_callbacksCompleted;
        reply->deleteLater();
    });
}

LocalHttpServer::Response FakeIdentityPlatform::authorizePage(const LocalHttpServer::Request& request)
{
    const QUrl url = QUrl::fromEncoded(QByteArray("http://x" + request.target));
    if (request.method == "GET") {
        // A sign-in page like the sandbox's: the request's parameters as hidden fields, one radio button per user.
        QByteArray html = "<html><body><h1>Sign in</h1><form method=\"post\" action=\"" + url.path().toUtf8() + "\">";
        for (const auto& item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            html += "<input type=\"hidden\" name=\"" + item.first.toHtmlEscaped().toUtf8() + "\" value=\""
                    + item.second.toHtmlEscaped().toUtf8() + "\">";
        }
        html += "<label><input type='radio' name='upn' value='someone.else@contoso.com'> Someone</label>";
        html += QByteArray("<label><input type=radio name=upn value=\"") + Upn + "\"> Adaeze</label>";
        html += "<button type=\"submit\" name=\"action\" value=\"signin\">Sign in</button></form></body></html>";
        LocalHttpServer::Response r;
        r.contentType = "text/html; charset=utf-8";
        r.body = html;
        return r;
    }
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromLatin1(body));
    m_lastSignInUser = form.queryItemValue(QStringLiteral("upn"), QUrl::FullyDecoded);
    QUrl authorize(QStringLiteral("http://x/authorize"));
    authorize.setQuery(form);
    const QString code = mintCode(authorize);
    QUrl redirect(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), code);
    answer.addQueryItem(QStringLiteral("state"), form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    redirect.setQuery(answer);
    LocalHttpServer::Response r;
    r.status = 302;
    r.contentType = "text/html";
    r.header("Location", redirect.toEncoded());
    return r;
}

QString FakeIdentityPlatform::mintCode(const QUrl& authorizeUrl)
{
    const QUrlQuery q(authorizeUrl);
    const QString code = QStringLiteral("CODE-%1-x").arg(++m_counter);
    m_codes.insert(code,
                   {q.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded),
                    q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                    q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)});
    m_issuedSecrets << code;
    return code;
}
