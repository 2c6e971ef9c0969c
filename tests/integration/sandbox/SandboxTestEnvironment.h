#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/TokenService.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class SandboxServer;

/**
 * An in-process sandbox on an ephemeral loopback port and a plain QNetworkAccessManager (no proxy, no redirects)
 * to talk to it — deliberately not ConsentDesk's own Graph client, so the emulator is tested on its own. Tokens come
 * straight from the sandbox's TokenService with the roles and scopes a test needs.
 */
class SandboxTestEnvironment
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-cased names

        // const: indexing chains (json()["error"]["code"]) then yield QJsonValue, not QJsonValueRef.
        const QJsonObject json() const;
        const QJsonArray value() const { return json().value(QStringLiteral("value")).toArray(); }
        QString errorCode() const; // error.code of Graph's error JSON
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    // Scopes ConsentDesk's admins get in these tests unless a test narrows them.
    static QStringList adminScopes();
    static QString miniFixture(); // tests/data/sandbox-mini.json

    explicit SandboxTestEnvironment(SandboxOptions options = defaultOptions());
    ~SandboxTestEnvironment();

    static SandboxOptions defaultOptions();

    bool start(QString* error = nullptr);
    SandboxServer& server();
    QUrl baseUrl() const;

    // A Graph token for the user (UPN) with the given scopes and the user's directory roles from the fixture.
    QString token(const QString& upn, const QStringList& scopes = adminScopes());
    // A token with exactly these role template ids (whatever the fixture says).
    QString tokenWithRoles(const QString& upn, const QStringList& roleTemplateIds, const QStringList& scopes);
    QString exchangeToken(const QString& upn);
    QString expiredToken(const QString& upn);
    QString userId(const QString& upn);

    // path: "/v1.0/users?$filter=…" (unencoded quotes and spaces are fine; '#' must be %23) or an absolute URL.
    Reply send(const QByteArray& method,
               const QString& path,
               const QString& token,
               const QByteArray& body = {},
               const QHash<QByteArray, QByteArray>& headers = {});
    Reply get(const QString& path, const QString& token, const QHash<QByteArray, QByteArray>& headers = {});
    Reply post(const QString& path, const QString& token, const QJsonObject& body);
    Reply patch(const QString& path, const QString& token, const QJsonObject& body);
    Reply put(const QString& path, const QString& token, const QJsonObject& body);
    Reply del(const QString& path, const QString& token);

    // Every page of a collection, following @odata.nextLink verbatim; pages counted in *pages.
    QJsonArray all(const QString& path,
                   const QString& token,
                   int* pages = nullptr,
                   const QHash<QByteArray, QByteArray>& headers = {});

    QNetworkAccessManager& network() { return *m_network; }
    QUrl url(const QString& pathOrUrl) const;

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
