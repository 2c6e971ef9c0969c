#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/**
 * Where one Microsoft cloud lives: the identity platform (authority), Microsoft Graph and Exchange Online, as roots
 * without version or path (graph-api.md §9–10), plus the resource identifiers that scopes are written with.
 *
 * Endpoints and resource identifiers are kept apart on purpose: in a national cloud they coincide
 * (https://graph.microsoft.us is both), but the sandbox serves everything on http://127.0.0.1:PORT while its tokens
 * are still for "https://graph.microsoft.com" — a scope is never built from an endpoint URL.
 */
class CloudEnvironment
{
public:
    enum class Cloud { Global, UsGov, UsGovDod, China, Custom };

    CloudEnvironment(); // global

    static CloudEnvironment global();
    // "global", "usgov" (GCC High), "usgovdod" (DoD), "china" (21Vianet); case-insensitive. nullopt otherwise.
    static std::optional<CloudEnvironment> fromName(const QString& name);
    static CloudEnvironment forCloud(Cloud cloud); // Custom gives global's roots; use custom() instead
    // Explicit roots (the sandbox: all three http://127.0.0.1:PORT). Scopes keep global's resource identifiers.
    static CloudEnvironment custom(const QUrl& authority, const QUrl& graph, const QUrl& exchange);
    static QStringList names(); // the four CLI names

    Cloud cloud() const { return m_cloud; }
    QString name() const; // one of names(), or "custom"
    QUrl authority() const { return m_authority; }
    QUrl graph() const { return m_graph; }
    QUrl exchange() const { return m_exchange; }
    QString graphResource() const { return m_graphResource; } // scope prefix: https://graph.microsoft.com
    QString exchangeResource() const { return m_exchangeResource; } // https://outlook.office365.com
    void setResources(const QString& graphResource, const QString& exchangeResource); // custom clouds

    // {authority}/{tenant}/oauth2/v2.0/authorize, …/token and {authority}/{tenant}/v2.0/adminconsent.
    QUrl authorizeUrl(const QString& tenant) const;
    QUrl tokenUrl(const QString& tenant) const;
    QUrl adminConsentUrl(const QString& tenant) const;

    // https everywhere; plain http only to a loopback host (the sandbox). *error says which root is wrong.
    bool isValid(QString* error = nullptr) const;
    static bool isSecureOrLoopback(const QUrl& url);

    bool operator==(const CloudEnvironment& other) const;
    bool operator!=(const CloudEnvironment& other) const { return !(*this == other); }

private:
    explicit CloudEnvironment(int row);
    QUrl join(const QString& tenant, const QString& tail) const;

    Cloud m_cloud = Cloud::Global;
    QUrl m_authority;
    QUrl m_graph;
    QUrl m_exchange;
    QString m_graphResource;
    QString m_exchangeResource;
};
