#include "SandboxBrowserDriver.h"

#include "graph/GraphClient.h"
#include "log/Log.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

constexpr int kMaxSteps = 6;

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QHash<QString, QString> attributes(const QString& tag)
{
    static const QRegularExpression attr(
        QStringLiteral(R"re(([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?)re"));
    QHash<QString, QString> result;
    // Skip the tag name itself.
    const qsizetype space = tag.indexOf(QRegularExpression(QStringLiteral("\\s")));
    if (space < 0) {
        return result;
    }
    auto it = attr.globalMatch(tag.mid(space));
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (value.isEmpty()) {
            value = m.captured(3);
        }
        if (value.isEmpty()) {
            value = m.captured(4);
        }
        result.insert(m.captured(1).toLower(), decodeEntities(value));
    }
    return result;
}

bool isAcceptButton(const QHash<QString, QString>& a)
{
    const QString text
        = (a.value(QStringLiteral("value")) + QLatin1Char(' ') + a.value(QStringLiteral("name"))).toLower();
    for (const char* word : {"accept", "yes", "consent", "approve", "allow", "continue", "sign"}) {
        if (text.contains(QLatin1String(word))) {
            return true;
        }
    }
    return false;
}

} // namespace

SandboxBrowserDriver::SandboxBrowserDriver(const QString& userPrincipalName, QObject* parent)
    : QObject(parent)
    , m_upn(userPrincipalName)
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // loopback only
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

std::function<void(const QUrl&)> SandboxBrowserDriver::interactiveDriver()
{
    return [this](const QUrl& url) { complete(url); };
}

SandboxBrowserDriver::Form
SandboxBrowserDriver::parseForm(const QByteArray& html, const QUrl& pageUrl, const QString& upn)
{
    Form form;
    const QString page = QString::fromUtf8(html);
    static const QRegularExpression formTag(QStringLiteral("<form\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto formMatch = formTag.match(page);
    if (!formMatch.hasMatch()) {
        return form;
    }
    const auto formAttributes = attributes(formMatch.captured(0));
    const QString action = formAttributes.value(QStringLiteral("action"));
    form.action = action.isEmpty() ? pageUrl : pageUrl.resolved(QUrl(action));
    form.method = formAttributes.value(QStringLiteral("method"), QStringLiteral("GET")).toUpper().toLatin1();
    const qsizetype end = page.indexOf(QLatin1String("</form"), formMatch.capturedEnd(), Qt::CaseInsensitive);
    const QString body = page.mid(formMatch.capturedEnd(), end < 0 ? -1 : end - formMatch.capturedEnd());

    static const QRegularExpression controlTag(QStringLiteral("<(input|button|option|select)\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString selectName;
    QPair<QString, QString> acceptButton;
    QPair<QString, QString> anyButton;
    auto it = controlTag.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString kind = m.captured(1).toLower();
        const auto a = attributes(m.captured(0));
        const QString name = a.value(QStringLiteral("name"));
        const QString value = a.value(QStringLiteral("value"));
        const QString type
            = a.value(QStringLiteral("type"),
                      kind == QLatin1String("button") ? QStringLiteral("submit") : QStringLiteral("text"))
                  .toLower();
        if (kind == QLatin1String("select")) {
            selectName = name;
            continue;
        }
        if (kind == QLatin1String("option")) {
            if (!selectName.isEmpty() && value.compare(upn, Qt::CaseInsensitive) == 0) {
                form.fields.append({selectName, value});
                form.userChosen = true;
            }
            continue;
        }
        if (name.isEmpty()) {
            continue;
        }
        if (type == QLatin1String("hidden")) {
            form.fields.append({name, value});
        } else if (type == QLatin1String("radio") || type == QLatin1String("checkbox")) {
            if (value.compare(upn, Qt::CaseInsensitive) == 0) {
                form.fields.append({name, value});
                form.userChosen = true;
            }
        } else if (type == QLatin1String("submit")) {
            if (value.compare(upn, Qt::CaseInsensitive) == 0) {
                form.fields.append({name, value}); // one button per user
                form.userChosen = true;
            } else if (acceptButton.first.isEmpty() && isAcceptButton(a)) {
                acceptButton = {name, value};
            } else if (anyButton.first.isEmpty()) {
                anyButton = {name, value};
            }
        } else if (type == QLatin1String("text") || type == QLatin1String("email")) {
            const QString lower = name.toLower();
            if (lower.contains(QLatin1String("login")) || lower.contains(QLatin1String("user"))
                || lower.contains(QLatin1String("upn")) || lower.contains(QLatin1String("name"))
                || type == QLatin1String("email")) {
                form.fields.append({name, upn});
                form.userChosen = true;
            }
        }
    }
    if (!form.userChosen) {
        // A page without a user choice (consent): press its accept button.
        if (!acceptButton.first.isEmpty()) {
            form.fields.append(acceptButton);
        } else if (!anyButton.first.isEmpty()) {
            form.fields.append(anyButton);
        }
    }
    return form;
}

void SandboxBrowserDriver::complete(const QUrl& authorizeUrl)
{
    if (!GraphClient::isLoopbackHost(authorizeUrl.host())) {
        fail(tr("The demo sign-in only works with the built-in sandbox on this computer."));
        return;
    }
    m_redirectUri = QUrl(QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    m_running = true;
    Log::get("auth")->info("demo sign-in as {}", m_upn);
    load(authorizeUrl, 0);
}

void SandboxBrowserDriver::load(const QUrl& url, int step)
{
    if (!GraphClient::isLoopbackHost(url.host())) {
        fail(tr("The sandbox redirected to %1, which is not this computer.").arg(url.host()));
        return;
    }
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    watchSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { onReply(reply, step); });
}

void SandboxBrowserDriver::watchSize(QNetworkReply* reply)
{
    // Whatever listens on the sandbox's port answers here: read at most kMaxPageBytes (Qt would buffer any size).
    reply->setReadBufferSize(kMaxPageBytes + 1);
    connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > kMaxPageBytes && reply->isRunning()) {
            reply->setProperty("consentdesk_tooLarge", true);
            reply->abort();
        }
    });
}

void SandboxBrowserDriver::submit(const Form& form, int step)
{
    if (!GraphClient::isLoopbackHost(form.action.host())) {
        fail(tr("The sign-in form posts to %1, which is not this computer.").arg(form.action.host()));
        return;
    }
    QUrlQuery fields;
    for (const auto& f : form.fields) {
        fields.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(f.first)),
                            QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    }
    QNetworkReply* reply = nullptr;
    if (form.method == "POST") {
        QNetworkRequest request(form.action);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(request, fields.toString(QUrl::FullyEncoded).toLatin1());
    } else {
        QUrl url = form.action;
        url.setQuery(fields);
        reply = m_nam.get(QNetworkRequest(url));
    }
    watchSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { onReply(reply, step); });
}

void SandboxBrowserDriver::onReply(QNetworkReply* reply, int step)
{
    reply->deleteLater();
    if (!m_running) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    const bool atListener = m_redirectUri.isValid() && url.port() == m_redirectUri.port()
                            && GraphClient::isLoopbackHost(url.host()) && url.path() == m_redirectUri.path();
    if (atListener) {
        // ConsentDesk's own listener answered (its page): the flow has the code or the error now.
        m_running = false;
        if (status == 200) {
            emit finished(true, QString());
        } else {
            emit finished(false, tr("ConsentDesk's sign-in listener answered HTTP %1.").arg(status));
        }
        return;
    }
    if (reply->property("consentdesk_tooLarge").toBool() || reply->bytesAvailable() > kMaxPageBytes) {
        fail(tr("The sandbox's sign-in page was larger than %1 KiB, so ConsentDesk stopped reading it. Check that "
                "the sandbox, and nothing else, listens on %2.")
                 .arg(kMaxPageBytes / 1024)
                 .arg(url.authority()));
        return;
    }
    if (status == 0) {
        fail(tr("The sandbox did not answer: %1").arg(reply->errorString()));
        return;
    }
    if (step >= kMaxSteps) {
        fail(tr("The sandbox's sign-in pages did not end in a redirect to ConsentDesk."));
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        load(location, step + 1);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status != 200) {
        fail(tr("The sandbox's sign-in page answered HTTP %1.").arg(status));
        return;
    }
    const Form form = parseForm(body, url, m_upn);
    if (form.action.isEmpty()) {
        fail(tr("The sandbox's sign-in page has no form."));
        return;
    }
    if (step == 0 && !form.userChosen) {
        fail(tr("The sandbox has no user %1.").arg(m_upn));
        return;
    }
    submit(form, step + 1);
}

void SandboxBrowserDriver::fail(const QString& error)
{
    m_running = false;
    Log::get("auth")->warn("demo sign-in failed: {}", error);
    emit finished(false, error);
}
