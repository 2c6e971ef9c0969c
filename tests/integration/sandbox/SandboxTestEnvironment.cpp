#include "SandboxTestEnvironment.h"

#include "TestPaths.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

const QJsonObject SandboxTestEnvironment::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString SandboxTestEnvironment::Reply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QStringList SandboxTestEnvironment::adminScopes()
{
    return {QStringLiteral("User.Read"),
            QStringLiteral("Directory.Read.All"),
            QStringLiteral("Application.Read.All"),
            QStringLiteral("Application.ReadWrite.All"),
            QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
            QStringLiteral("AppRoleAssignment.ReadWrite.All"),
            QStringLiteral("ConsentRequest.Read.All"),
            QStringLiteral("Policy.Read.All"),
            QStringLiteral("Policy.ReadWrite.ConsentRequest"),
            QStringLiteral("Policy.ReadWrite.Authorization"),
            QStringLiteral("Policy.Read.PermissionGrant"),
            QStringLiteral("GroupMember.Read.All")};
}

QString SandboxTestEnvironment::miniFixture()
{
    return QDir(TestPaths::sourceDir()).filePath(QStringLiteral("tests/data/sandbox-mini.json"));
}

SandboxOptions SandboxTestEnvironment::defaultOptions()
{
    SandboxOptions options;
    options.fixturePath = miniFixture();
    return options;
}

SandboxTestEnvironment::SandboxTestEnvironment(SandboxOptions options)
    : m_options(std::move(options))
{
}

SandboxTestEnvironment::~SandboxTestEnvironment() = default;

bool SandboxTestEnvironment::start(QString* error)
{
    m_server = std::make_unique<SandboxServer>(m_options);
    if (m_server->start(error) == 0) {
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return true;
}

SandboxServer& SandboxTestEnvironment::server()
{
    return *m_server;
}

QUrl SandboxTestEnvironment::baseUrl() const
{
    return m_server->baseUrl();
}

QString SandboxTestEnvironment::userId(const QString& upn)
{
    const auto user = m_server->store().userByIdOrUpn(upn);
    return user ? user->value(QStringLiteral("id")).toString() : QString();
}

QString SandboxTestEnvironment::tokenWithRoles(const QString& upn,
                                               const QStringList& roleTemplateIds,
                                               const QStringList& scopes)
{
    TokenService::Claims claims;
    claims.tenantId = m_server->store().tenantId();
    claims.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    claims.userId = userId(upn);
    claims.upn = upn;
    claims.name = upn;
    claims.resource = TokenService::Resource::Graph;
    claims.scopes = scopes;
    claims.roleTemplateIds = roleTemplateIds;
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return m_server->tokens().issueAccessToken(claims);
}

QString SandboxTestEnvironment::token(const QString& upn, const QStringList& scopes)
{
    return tokenWithRoles(upn, m_server->store().directoryRoleTemplateIds(userId(upn)), scopes);
}

QString SandboxTestEnvironment::exchangeToken(const QString& upn)
{
    TokenService::Claims claims;
    claims.tenantId = m_server->store().tenantId();
    claims.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    claims.userId = userId(upn);
    claims.upn = upn;
    claims.resource = TokenService::Resource::Exchange;
    claims.scopes = {QStringLiteral("Exchange.Manage")};
    claims.roleTemplateIds = m_server->store().directoryRoleTemplateIds(claims.userId);
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return m_server->tokens().issueAccessToken(claims);
}

QString SandboxTestEnvironment::expiredToken(const QString& upn)
{
    const int lifetime = m_server->tokens().accessTokenLifetime();
    m_server->tokens().setAccessTokenLifetime(-60);
    TokenService::Claims claims;
    claims.tenantId = m_server->store().tenantId();
    claims.clientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
    claims.userId = userId(upn);
    claims.upn = upn;
    claims.resource = TokenService::Resource::Graph;
    claims.scopes = adminScopes();
    claims.roleTemplateIds = m_server->store().directoryRoleTemplateIds(claims.userId);
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QString token = m_server->tokens().issueAccessToken(claims);
    m_server->tokens().setAccessTokenLifetime(lifetime);
    return token;
}

QUrl SandboxTestEnvironment::url(const QString& pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http://")) || pathOrUrl.startsWith(QLatin1String("https://"))) {
        return QUrl(pathOrUrl, QUrl::StrictMode);
    }
    return QUrl(m_server->baseUrl().toString() + pathOrUrl, QUrl::TolerantMode);
}

SandboxTestEnvironment::Reply SandboxTestEnvironment::send(const QByteArray& method,
                                                           const QString& path,
                                                           const QString& token,
                                                           const QByteArray& body,
                                                           const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(url(path));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

SandboxTestEnvironment::Reply
SandboxTestEnvironment::get(const QString& path, const QString& token, const QHash<QByteArray, QByteArray>& headers)
{
    return send("GET", path, token, {}, headers);
}

SandboxTestEnvironment::Reply
SandboxTestEnvironment::post(const QString& path, const QString& token, const QJsonObject& body)
{
    return send("POST", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestEnvironment::Reply
SandboxTestEnvironment::patch(const QString& path, const QString& token, const QJsonObject& body)
{
    return send("PATCH", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestEnvironment::Reply
SandboxTestEnvironment::put(const QString& path, const QString& token, const QJsonObject& body)
{
    return send("PUT", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestEnvironment::Reply SandboxTestEnvironment::del(const QString& path, const QString& token)
{
    return send("DELETE", path, token);
}

QJsonArray SandboxTestEnvironment::all(const QString& path,
                                       const QString& token,
                                       int* pages,
                                       const QHash<QByteArray, QByteArray>& headers)
{
    QJsonArray items;
    QString next = path;
    int count = 0;
    while (!next.isEmpty() && count < 1000) {
        const Reply reply = get(next, token, headers);
        if (reply.status != 200) {
            break;
        }
        ++count;
        for (const auto& v : reply.value()) {
            items.append(v);
        }
        next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
    }
    if (pages) {
        *pages = count;
    }
    return items;
}
