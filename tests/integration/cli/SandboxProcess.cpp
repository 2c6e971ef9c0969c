#include "SandboxProcess.h"

#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000); // the sandbox is another process: nothing here needs to keep serving
    }
}

bool SandboxProcess::start(const QStringList& arguments, QString* error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Another build's sandbox may stand in (CONSENTDESK_SANDBOX_EXECUTABLE): the CLI is what these tests are about.
    const QString executable = qEnvironmentVariable(
        "CONSENTDESK_SANDBOX_EXECUTABLE", QString(TestPaths::binDir() + QStringLiteral("/consentdesk-sandbox")));
    m_process.start(executable, arguments);
    QSignalSpy ready(&m_process, &QProcess::readyReadStandardOutput);
    for (int i = 0; i < 30 && !m_process.canReadLine() && m_process.state() != QProcess::NotRunning; ++i) {
        ready.wait(500);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression contract(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const auto match = contract.match(line);
    if (!match.hasMatch()) {
        if (error) {
            *error = QStringLiteral("sandbox did not start: '") + line + QStringLiteral("' ")
                     + QString::fromUtf8(m_process.readAllStandardError());
        }
        return false;
    }
    m_base = QUrl(match.captured(1));
    return true;
}

QJsonObject SandboxProcess::info() const
{
    return getJson(QStringLiteral("/_sandbox/info"));
}

QJsonObject SandboxProcess::control(const QString& name) const
{
    return getJson(QStringLiteral("/_sandbox/") + name);
}

QByteArray SandboxProcess::token(const QString& upn, const QStringList& scopes) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("upn"), upn);
    if (!scopes.isEmpty()) {
        query.addQueryItem(QStringLiteral("scopes"), scopes.join(QLatin1Char(',')));
    }
    return getJson(QStringLiteral("/_sandbox/token"), query.toString(QUrl::FullyEncoded))
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

QByteArray SandboxProcess::exchangeToken(const QString& upn) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("upn"), upn);
    query.addQueryItem(QStringLiteral("resource"), QStringLiteral("exchange"));
    return getJson(QStringLiteral("/_sandbox/token"), query.toString(QUrl::FullyEncoded))
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

QStringList SandboxProcess::roleNames(const QString& upn) const
{
    QStringList names;
    for (const QJsonValue& u : info().value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = u.toObject();
        if (user.value(QStringLiteral("userPrincipalName")).toString().compare(upn, Qt::CaseInsensitive) != 0) {
            continue;
        }
        for (const QJsonValue& r : user.value(QStringLiteral("roles")).toArray()) {
            names.append(r.toObject().value(QStringLiteral("displayName")).toString());
        }
    }
    return names;
}

QJsonObject SandboxProcess::getJson(const QString& path, const QString& query) const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

QStringList SandboxProcess::connectionOptions() const
{
    return {QStringLiteral("--sandbox"),
            m_base.toString(),
            QStringLiteral("--tenant"),
            QLatin1String(Tenant),
            QStringLiteral("--client-id"),
            QLatin1String(ClientId)};
}
