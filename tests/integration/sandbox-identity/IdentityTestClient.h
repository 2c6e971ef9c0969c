#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

/**
 * A browser-and-app stand-in for the identity tests: a plain QNetworkAccessManager (no proxy, no automatic redirects,
 * a cookie jar that can be emptied) with helpers to read the sign-in page's form and the redirect it answers with.
 * Deliberately not ConsentDesk's own auth code: the emulator is tested on its own.
 */
class IdentityTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names

        QJsonObject json() const;
        QString text() const { return QString::fromUtf8(body); }
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
        QUrl location() const;
        QUrlQuery locationQuery() const; // decoded with QUrl::FullyDecoded by callers
        QString parameter(const QString& name) const; // from the Location query, fully decoded
    };

    using Form = QList<QPair<QString, QString>>;

    IdentityTestClient();

    Reply get(const QUrl& url, const QHash<QByteArray, QByteArray>& headers = {});
    Reply post(const QUrl& url,
               const QByteArray& body,
               const QByteArray& contentType,
               const QHash<QByteArray, QByteArray>& headers = {});
    Reply postForm(const QUrl& url, const Form& form, const QHash<QByteArray, QByteArray>& headers = {});
    void clearCookies();

    // The sign-in page's form: action and hidden fields; the radio value whose label shows this UPN.
    static QString formAction(const QString& html);
    static Form hiddenFields(const QString& html);
    static QString accountValue(const QString& html, const QString& upn);
    static QString unescape(const QString& html);

    static QString verifier(); // a fresh PKCE verifier
    static QString challenge(const QString& verifier); // S256

private:
    Reply send(const QByteArray& method,
               const QUrl& url,
               const QByteArray& body,
               const QHash<QByteArray, QByteArray>& headers);
    QNetworkAccessManager m_network;
};
