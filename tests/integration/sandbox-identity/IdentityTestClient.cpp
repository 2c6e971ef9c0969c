#include "IdentityTestClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

QJsonObject IdentityTestClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl IdentityTestClient::Reply::location() const
{
    return QUrl::fromEncoded(header("location"), QUrl::StrictMode);
}

QUrlQuery IdentityTestClient::Reply::locationQuery() const
{
    return QUrlQuery(location().query(QUrl::FullyEncoded));
}

QString IdentityTestClient::Reply::parameter(const QString& name) const
{
    return locationQuery().queryItemValue(name, QUrl::FullyDecoded);
}

IdentityTestClient::IdentityTestClient()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void IdentityTestClient::clearCookies()
{
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

IdentityTestClient::Reply IdentityTestClient::send(const QByteArray& method,
                                                   const QUrl& url,
                                                   const QByteArray& body,
                                                   const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(url);
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

IdentityTestClient::Reply IdentityTestClient::get(const QUrl& url, const QHash<QByteArray, QByteArray>& headers)
{
    return send("GET", url, {}, headers);
}

IdentityTestClient::Reply IdentityTestClient::post(const QUrl& url,
                                                   const QByteArray& body,
                                                   const QByteArray& contentType,
                                                   const QHash<QByteArray, QByteArray>& headers)
{
    QHash<QByteArray, QByteArray> all = headers;
    all.insert("Content-Type", contentType);
    return send("POST", url, body, all);
}

IdentityTestClient::Reply
IdentityTestClient::postForm(const QUrl& url, const Form& form, const QHash<QByteArray, QByteArray>& headers)
{
    QByteArray body;
    for (const auto& [name, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return post(url, body, "application/x-www-form-urlencoded", headers);
}

QString IdentityTestClient::unescape(const QString& html)
{
    QString text = html;
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString IdentityTestClient::formAction(const QString& html)
{
    static const QRegularExpression form(QStringLiteral("<form method=\"post\" action=\"([^\"]*)\">"));
    return unescape(form.match(html).captured(1));
}

IdentityTestClient::Form IdentityTestClient::hiddenFields(const QString& html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    Form fields;
    for (auto it = hidden.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        fields.append({unescape(match.captured(1)), unescape(match.captured(2))});
    }
    return fields;
}

QString IdentityTestClient::accountValue(const QString& html, const QString& upn)
{
    static const QRegularExpression account(QStringLiteral(
        "<input type=\"radio\" name=\"login\" id=\"([^\"]+)\" value=\"([^\"]*)\"[^>]*><label for=\"\\1\">"
        "<span class=\"name\">[^<]*</span><span class=\"upn\">([^<]*)</span>"));
    for (auto it = account.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (unescape(match.captured(3)).compare(upn, Qt::CaseInsensitive) == 0) {
            return unescape(match.captured(2));
        }
    }
    return QString();
}

QString IdentityTestClient::verifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString IdentityTestClient::challenge(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
