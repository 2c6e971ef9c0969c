#pragma once

#include "ScriptedResponse.h"

#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class SandboxServer;

/**
 * Records the fuzzers' seed corpora from the sandbox with the demo tenant: real answers (through SandboxServer's
 * synchronous core, with the Host header of the origin each harness uses), the query strings ConsentDesk's services
 * really send, the redirects of a real sign-in and admin consent, and a journal written by real CLI runs. Each seed
 * is tests/fuzz/<target>/corpus/seed-<name>; regression inputs (regress-*) are never touched.
 */
class SeedRecorder
{
public:
    explicit SeedRecorder(const QString& fuzzDir);
    ~SeedRecorder();

    bool run(QString* error);

private:
    struct Answer
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        ScriptedResponse scripted() const;
        QJsonObject json() const;
    };

    Answer call(const QByteArray& method,
                const QString& pathAndQuery,
                const QByteArray& token = {},
                const QByteArray& body = {},
                const QByteArray& host = "127.0.0.1:8080",
                const QHash<QByteArray, QByteArray>& headers = {});
    QByteArray token(const QString& upn, const QString& resource = QStringLiteral("graph"));
    void write(const QString& target, const QString& name, const QByteArray& data);

    bool recordCollection(QString* error);
    bool recordExchange(QString* error);
    bool recordErrors(QString* error);
    bool recordCallbacks(QString* error);
    bool recordEntities(QString* error);
    bool recordFilters(QString* error);
    bool recordJournal(QString* error);
    bool recordFixtures(QString* error);

    QDir m_fuzzDir;
    std::unique_ptr<SandboxServer> m_server;
    SandboxServer* m_target = nullptr; // the server call() talks to: m_server, or one with faults
    QString m_tenant; // tenant id
    QByteArray m_admin; // Graph token of the Global Administrator
    QByteArray m_reader; // Graph token of the Global Reader
    QByteArray m_exchange; // Exchange token of the Global Administrator
    QString m_signInCode; // an authorization code from recordCallbacks, redeemed in recordErrors
    QString m_signInVerifier;
    QString m_redirectUri;
    int m_written = 0;
};
