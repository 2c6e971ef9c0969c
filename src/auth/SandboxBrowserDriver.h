#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;

/**
 * Plays the browser against the sandbox's sign-in page, for `consentdesk --demo-user UPN`, the CLI's demo mode and
 * the integration tests: loads the authorize URL, picks the user on the sign-in form (the radio button or field
 * whose value is the UPN), posts it, accepts a consent page if one follows, and delivers the final redirect to
 * ConsentDesk's loopback listener — so SignInManager's real flow (PKCE, state, code redemption) runs unchanged.
 *
 *     SandboxBrowserDriver driver(QStringLiteral("adaeze.okafor@contoso.com"));
 *     manager.setInteractiveDriver(driver.interactiveDriver());
 *
 * Loopback only: an authorize URL on any other host is refused (this never talks to the real identity platform).
 * Like the token endpoint traffic, this is identity-platform HTTP, not Graph, so it does not go through GraphClient.
 */
class SandboxBrowserDriver : public QObject
{
    Q_OBJECT

public:
    explicit SandboxBrowserDriver(const QString& userPrincipalName, QObject* parent = nullptr);

    void setUserPrincipalName(const QString& upn) { m_upn = upn; }
    QString userPrincipalName() const { return m_upn; }
    void complete(const QUrl& authorizeUrl); // asynchronous; finished() tells how it went
    std::function<void(const QUrl&)> interactiveDriver(); // for SignInManager::setInteractiveDriver

    struct Form
    {
        QUrl action;
        QByteArray method = "GET";
        QList<QPair<QString, QString>> fields; // hidden inputs and the chosen user / button
        bool userChosen = false;
    };
    // Public for tests: the first form of an HTML page, with the user picked (radio/option/text field).
    static Form parseForm(const QByteArray& html, const QUrl& pageUrl, const QString& upn);
    // The sandbox's sign-in pages are a few KB; a page larger than this is not read.
    static constexpr qint64 kMaxPageBytes = 1024 * 1024;

signals:
    void finished(bool ok, const QString& error);

private:
    void load(const QUrl& url, int step);
    void submit(const Form& form, int step);
    void onReply(QNetworkReply* reply, int step);
    void watchSize(QNetworkReply* reply);
    void fail(const QString& error);

    QNetworkAccessManager m_nam;
    QString m_upn;
    QUrl m_redirectUri; // where the answer must finally go (from the authorize URL)
    bool m_running = false;
};
