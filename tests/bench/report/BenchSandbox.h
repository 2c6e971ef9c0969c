#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

/**
 * consentdesk-sandbox as the bench runs it: its own process (so its CPU and memory are not the client's), a generated
 * tenant, latency, optionally Graph's throttling budget; a token for the tenant's Global Administrator; its request
 * counters; the budget switched on and off between scenarios (POST /_sandbox/throttle-budget).
 */
class BenchSandbox
{
public:
    struct Options
    {
        QString binDir;
        QString size = QStringLiteral("large");
        quint64 seed = 1;
        int latencyMs = 50;
    };

    explicit BenchSandbox(const Options& options);
    ~BenchSandbox();

    bool start(QString* error);
    QUrl baseUrl() const { return m_base; }
    QString token() const { return m_token; }
    QString domain() const { return m_domain; }
    qint64 startMs() const { return m_startMs; }
    QJsonObject info() const { return m_info; }

    QJsonObject stats(); // GET /_sandbox/stats
    bool setBudget(const QString& budget, QString* error = nullptr); // "off", "auto", "S", …

    // Synchronous HTTP for the bench's own control calls (never timed).
    QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body, int* status);

private:
    Options m_options;
    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_base;
    QString m_token;
    QString m_domain;
    QJsonObject m_info;
    qint64 m_startMs = 0;
};
