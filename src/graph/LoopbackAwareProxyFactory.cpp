#include "LoopbackAwareProxyFactory.h"

#include "GraphClient.h"

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QString host = query.peerHostName().isEmpty() ? query.url().host() : query.peerHostName();
    if (GraphClient::isLoopbackHost(host)) {
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
    // The application-wide setting, which by default is the system's configuration.
    return QNetworkProxyFactory::proxyForQuery(query);
}
