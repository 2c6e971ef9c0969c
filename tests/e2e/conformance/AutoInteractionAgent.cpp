#include "AutoInteractionAgent.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace {

constexpr int kMaxHops = 10;

} // namespace

AutoInteractionAgent::AutoInteractionAgent(QObject* parent)
    : QObject(parent)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void AutoInteractionAgent::follow(const QUrl& authorizeUrl, const QUrl& redirectUri)
{
    m_redirectUri = redirectUri;
    load(authorizeUrl, 0);
}

bool AutoInteractionAgent::isRedirectTarget(const QUrl& url) const
{
    // Loopback redirect URIs match whatever the port (RFC 8252 §7.3); here the port is the listener's, exactly.
    return url.scheme() == m_redirectUri.scheme() && url.host() == m_redirectUri.host()
           && url.port() == m_redirectUri.port() && url.path() == m_redirectUri.path();
}

void AutoInteractionAgent::load(const QUrl& url, int hop)
{
    if (hop >= kMaxHops) {
        emit failed(QStringLiteral("more than %1 redirects").arg(kMaxHops));
        return;
    }
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, hop] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // The raw header: Qt's LocationHeader drops relative references such as "/interaction/…".
        const QByteArray raw = reply->rawHeader("Location");
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(raw));
        if (status < 300 || status >= 400 || raw.isEmpty() || !location.isValid()) {
            emit failed(QStringLiteral("HTTP %1 at %2 instead of a redirect: %3")
                            .arg(status)
                            .arg(reply->url().path(), QString::fromUtf8(reply->readAll().left(300))));
            return;
        }
        if (isRedirectTarget(location)) {
            emit reachedRedirect(location);
            return;
        }
        load(location, hop + 1);
    });
}
