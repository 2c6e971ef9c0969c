#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

/**
 * Everything consentdesk-sandbox is started with: the command line of docs/architecture.md ("Contracts"), or set
 * directly when the sandbox runs in-process (consentdesk --demo, tests).
 */
struct SandboxOptions
{
    quint16 port = 0; // 0: ephemeral
    QString fixturePath; // empty and no generateSize: the embedded demo tenant (resources/fixtures/contoso.json)
    QString generateSize; // "small" | "large" | "huge" (TenantGenerator)
    quint64 seed = 1; // the generated tenant; also the faults unless faultSeed is set
    // Faults independent of the tenant: one generated tenant can be replayed under different fault sequences.
    std::optional<quint64> faultSeed;
    std::optional<QJsonObject> fixture; // in-process: a ready fixture wins over fixturePath and generateSize
    int latencyMs = 0;
    double throttleRate = 0.0; // 429 with a fractional Retry-After
    double errorRate = 0.0; // 503 with Retry-After
    double dropRate = 0.0; // connection closed mid-response
    // Graph writes applied and then answered 504: Graph's gateway gave up on a backend that finished the change.
    double gatewayTimeoutRate = 0.0;
    int tokenLifetimeSeconds = 0; // 0: TokenService's default
    // Exchange access-policy changes reach Graph's mail/calendar calls after this delay (the real service: up to an
    // hour) while Test-ApplicationAccessPolicy answers at once. Small by default so tests can wait it out;
    // POST /_sandbox/exchange/propagation changes it at run time.
    static constexpr int kDefaultExchangePropagationMs = 1500;
    int exchangePropagationMs = kDefaultExchangePropagationMs;
    int pageSize = 100; // Graph's default page size when no $top is given
    // Graph's identity throttling (ThrottleBudget): "S", "M", "L", "auto" (by the tenant's users) or resource units
    // per 10 s per app and tenant; empty: no budget.
    QString throttleBudget;
    qint64 maxBodyBytes = 4 * 1024 * 1024; // larger request bodies get 413, as Graph caps requests at 4 MB

    quint64 effectiveFaultSeed() const { return faultSeed.value_or(seed); }

    static QString embeddedFixture() { return QStringLiteral(":/fixtures/contoso.json"); }

    static void addOptions(QCommandLineParser& parser);
    // nullopt and *error on invalid values (the caller prints the error and exits with status 2).
    static std::optional<SandboxOptions> fromParser(const QCommandLineParser& parser, QString* error);
    QStringList describe() const; // one line per non-default option, for the startup log
};
