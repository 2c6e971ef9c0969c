#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

/**
 * Plays the browser against oidc-provider-server.mjs, whose login and consent complete without a page: follows the
 * authorize URL's redirects one by one with a cookie jar, and stops at the first Location that points at the app's
 * loopback redirect URI — reported, not delivered, so a test can deliver it as it is or forged.
 */
class AutoInteractionAgent : public QObject
{
    Q_OBJECT

public:
    explicit AutoInteractionAgent(QObject* parent = nullptr);

    void follow(const QUrl& authorizeUrl, const QUrl& redirectUri);

signals:
    void reachedRedirect(const QUrl& callbackUrl);
    void failed(const QString& error); // never contains a code: only statuses and paths

private:
    void load(const QUrl& url, int hop);
    bool isRedirectTarget(const QUrl& url) const;

    QNetworkAccessManager m_nam;
    QUrl m_redirectUri;
};
