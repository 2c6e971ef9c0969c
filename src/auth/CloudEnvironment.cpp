#include "CloudEnvironment.h"

#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QCoreApplication>

namespace {

struct CloudRow
{
    CloudEnvironment::Cloud cloud;
    const char* name;
    const char* authority;
    const char* graph;
    const char* exchange;
};

// graph-api.md §10 (login, Graph) and §9 (Exchange hosts of the EXO module's ConnectionUri values).
const CloudRow kClouds[] = {
    {CloudEnvironment::Cloud::Global,
     "global",
     "https://login.microsoftonline.com",
     "https://graph.microsoft.com",
     "https://outlook.office365.com"},
    {CloudEnvironment::Cloud::UsGov,
     "usgov",
     "https://login.microsoftonline.us",
     "https://graph.microsoft.us",
     "https://outlook.office365.us"},
    {CloudEnvironment::Cloud::UsGovDod,
     "usgovdod",
     "https://login.microsoftonline.us",
     "https://dod-graph.microsoft.us",
     "https://webmail.apps.mil"},
    {CloudEnvironment::Cloud::China,
     "china",
     "https://login.partner.microsoftonline.cn",
     "https://microsoftgraph.chinacloudapi.cn",
     "https://partner.outlook.cn"},
};
constexpr int kCloudCount = int(sizeof(kClouds) / sizeof(kClouds[0]));

// A root without query, fragment or trailing slashes, so that joining never produces "//".
QUrl normalizedRoot(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    return text;
}

} // namespace

CloudEnvironment::CloudEnvironment()
    : CloudEnvironment(0)
{
}

CloudEnvironment::CloudEnvironment(int row)
{
    const CloudRow& r = kClouds[row];
    m_cloud = r.cloud;
    m_authority = QUrl(QString::fromLatin1(r.authority));
    m_graph = QUrl(QString::fromLatin1(r.graph));
    m_exchange = QUrl(QString::fromLatin1(r.exchange));
    m_graphResource = QString::fromLatin1(r.graph);
    m_exchangeResource = QString::fromLatin1(r.exchange);
}

CloudEnvironment CloudEnvironment::global()
{
    return CloudEnvironment(0);
}

CloudEnvironment CloudEnvironment::forCloud(Cloud cloud)
{
    for (int i = 0; i < kCloudCount; ++i) {
        if (kClouds[i].cloud == cloud) {
            return CloudEnvironment(i);
        }
    }
    return CloudEnvironment(0);
}

std::optional<CloudEnvironment> CloudEnvironment::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < kCloudCount; ++i) {
        if (n == QLatin1String(kClouds[i].name)) {
            return CloudEnvironment(i);
        }
    }
    return std::nullopt;
}

CloudEnvironment CloudEnvironment::custom(const QUrl& authority, const QUrl& graph, const QUrl& exchange)
{
    CloudEnvironment env(0); // resource identifiers stay global's: the sandbox emulates the global cloud
    env.m_cloud = Cloud::Custom;
    env.m_authority = normalizedRoot(authority);
    env.m_graph = normalizedRoot(graph);
    env.m_exchange = normalizedRoot(exchange);
    return env;
}

QStringList CloudEnvironment::names()
{
    QStringList list;
    for (const CloudRow& row : kClouds) {
        list.append(QString::fromLatin1(row.name));
    }
    return list;
}

QString CloudEnvironment::name() const
{
    for (const CloudRow& row : kClouds) {
        if (row.cloud == m_cloud) {
            return QString::fromLatin1(row.name);
        }
    }
    return QStringLiteral("custom");
}

void CloudEnvironment::setResources(const QString& graphResource, const QString& exchangeResource)
{
    m_graphResource = withoutTrailingSlash(graphResource);
    m_exchangeResource = withoutTrailingSlash(exchangeResource);
}

QUrl CloudEnvironment::join(const QString& tenant, const QString& tail) const
{
    QUrl url = normalizedRoot(m_authority);
    // The tenant is one path segment (GUID, domain or "organizations"); encode it so it can never add segments.
    url.setPath(url.path() + QLatin1Char('/') + GraphPath::segment(tenant) + tail, QUrl::TolerantMode);
    return url;
}

QUrl CloudEnvironment::authorizeUrl(const QString& tenant) const
{
    return join(tenant, QStringLiteral("/oauth2/v2.0/authorize"));
}

QUrl CloudEnvironment::tokenUrl(const QString& tenant) const
{
    return join(tenant, QStringLiteral("/oauth2/v2.0/token"));
}

QUrl CloudEnvironment::adminConsentUrl(const QString& tenant) const
{
    return join(tenant, QStringLiteral("/v2.0/adminconsent"));
}

bool CloudEnvironment::isSecureOrLoopback(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    return scheme == QLatin1String("http") && GraphClient::isLoopbackHost(url.host());
}

bool CloudEnvironment::isValid(QString* error) const
{
    // One whole sentence per root: a translated sentence cannot take an English "authority"/"Graph".
    const struct
    {
        const char* message;
        const QUrl& url;
    } roots[]
        = {{QT_TRANSLATE_NOOP("CloudEnvironment",
                              "The sign-in authority %1 must use https (plain http is allowed only to this computer)."),
            m_authority},
           {QT_TRANSLATE_NOOP(
                "CloudEnvironment",
                "The Microsoft Graph address %1 must use https (plain http is allowed only to this computer)."),
            m_graph},
           {QT_TRANSLATE_NOOP(
                "CloudEnvironment",
                "The Exchange Online address %1 must use https (plain http is allowed only to this computer)."),
            m_exchange}};
    for (const auto& root : roots) {
        if (!isSecureOrLoopback(root.url)) {
            if (error) {
                *error = QCoreApplication::translate("CloudEnvironment", root.message)
                             .arg(root.url.toDisplayString(QUrl::RemoveUserInfo));
            }
            return false;
        }
    }
    return true;
}

bool CloudEnvironment::operator==(const CloudEnvironment& other) const
{
    return m_cloud == other.m_cloud && m_authority == other.m_authority && m_graph == other.m_graph
           && m_exchange == other.m_exchange && m_graphResource == other.m_graphResource
           && m_exchangeResource == other.m_exchangeResource;
}
