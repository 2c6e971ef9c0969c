#pragma once

#include <QNetworkProxyFactory>

/**
 * The proxy choice of GraphClient's own QNetworkAccessManager: the application's / system's proxy for the
 * cloud, never a proxy for this computer (the sandbox, test servers). Stated here rather than left to Qt's
 * defaults, which an application-wide proxy setting could change.
 */
class LoopbackAwareProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;
};
