#include "BenchSandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

BenchSandbox::BenchSandbox(const Options& options)
    : m_options(options)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

BenchSandbox::~BenchSandbox()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool BenchSandbox::start(QString* error)
{
    QElapsedTimer timer;
    timer.start();
    // Tokens outlive the slowest baseline; the bench never signs in again.
    m_process.setProgram(QDir(m_options.binDir).filePath(QStringLiteral("consentdesk-sandbox")));
    m_process.setArguments({QStringLiteral("--port"),
                            QStringLiteral("0"),
                            QStringLiteral("--generate"),
                            m_options.size,
                            QStringLiteral("--seed"),
                            QString::number(m_options.seed),
                            QStringLiteral("--latency-ms"),
                            QString::number(m_options.latencyMs),
                            QStringLiteral("--token-lifetime-s"),
                            QStringLiteral("86400")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir::tempPath() + QStringLiteral("/consentdesk-bench-sandbox"));
    m_process.setProcessEnvironment(env);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QString line;
    while (m_base.isEmpty()) {
        if (!m_process.waitForReadyRead(300000)) {
            *error = QStringLiteral("the sandbox did not say where it listens: %1")
                         .arg(QString::fromUtf8(m_process.readAllStandardError()).right(500));
            return false;
        }
        while (m_process.canReadLine()) {
            line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_base = QUrl(match.captured(1));
            }
        }
    }
    m_startMs = timer.elapsed();
    int status = 0;
    m_info = QJsonDocument::fromJson(request("GET", QStringLiteral("/_sandbox/info"), {}, &status)).object();
    m_domain = m_info.value(QStringLiteral("defaultDomain")).toString();
    const QJsonObject token
        = QJsonDocument::fromJson(request("GET", QStringLiteral("/_sandbox/token?upn=admin@") + m_domain, {}, &status))
              .object();
    m_token = token.value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty()) {
        *error = QStringLiteral("no token from the sandbox (HTTP %1)").arg(status);
        return false;
    }
    return true;
}

QByteArray BenchSandbox::request(const QByteArray& method, const QString& path, const QByteArray& body, int* status)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(600000);
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonObject BenchSandbox::stats()
{
    int status = 0;
    return QJsonDocument::fromJson(request("GET", QStringLiteral("/_sandbox/stats"), {}, &status)).object();
}

bool BenchSandbox::setBudget(const QString& budget, QString* error)
{
    int status = 0;
    const QByteArray answer = request("POST",
                                      QStringLiteral("/_sandbox/throttle-budget"),
                                      QJsonDocument(QJsonObject {{QStringLiteral("budget"), budget}}).toJson(),
                                      &status);
    if (status != 200 && error) {
        *error = QString::fromUtf8(answer);
    }
    return status == 200;
}
