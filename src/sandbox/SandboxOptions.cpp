#include "SandboxOptions.h"

#include "ThrottleBudget.h"

#include <QCommandLineParser>

namespace {

bool parseRate(const QString& text, double* out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        return false;
    }
    *out = value;
    return true;
}

} // namespace

void SandboxOptions::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("TCP port on 127.0.0.1 (0: ephemeral)."),
         QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("fixture"),
         QStringLiteral("Tenant fixture (Graph-shaped JSON), or a ConsentDesk snapshot file (.json or .json.gz); "
                        "at most 2048 MB read or inflated (CONSENTDESK_MAX_SNAPSHOT_MB)."),
         QStringLiteral("FILE")},
        {QStringLiteral("generate"),
         QStringLiteral("Generate a tenant: small, large or huge."),
         QStringLiteral("SIZE")},
        {QStringLiteral("seed"),
         QStringLiteral("Seed of the generated tenant, and of fault injection unless --fault-seed is given."),
         QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("fault-seed"),
         QStringLiteral("Seed of fault injection alone: the same tenant under a different fault sequence."),
         QStringLiteral("N")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Delay every response by N ms."),
         QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("throttle-rate"),
         QStringLiteral("Fraction of requests answered 429."),
         QStringLiteral("F"),
         QStringLiteral("0")},
        {QStringLiteral("error-rate"),
         QStringLiteral("Fraction of requests answered 503."),
         QStringLiteral("F"),
         QStringLiteral("0")},
        {QStringLiteral("drop-rate"),
         QStringLiteral("Fraction of connections dropped mid-response."),
         QStringLiteral("F"),
         QStringLiteral("0")},
        {QStringLiteral("gateway-timeout-rate"),
         QStringLiteral("Fraction of Graph writes applied and then answered 504 (the change is made)."),
         QStringLiteral("F"),
         QStringLiteral("0")},
        {QStringLiteral("token-lifetime-s"), QStringLiteral("Access token lifetime in seconds."), QStringLiteral("N")},
        {QStringLiteral("exchange-propagation-ms"),
         QStringLiteral("Delay before Graph mail/calendar calls obey a changed Exchange access policy."),
         QStringLiteral("N")},
        {QStringLiteral("throttle-budget"),
         QStringLiteral("Graph's identity throttling: resource units per 10 s per app and tenant — S (3500), M (5000), "
                        "L (8000), auto (by the tenant's users, as Graph sizes it) or a number; 429 with Retry-After "
                        "beyond it."),
         QStringLiteral("BUDGET")},
        {QStringLiteral("page-size"),
         QStringLiteral("Default page size of collections (Graph: 100)."),
         QStringLiteral("N"),
         QStringLiteral("100")},
    });
}

std::optional<SandboxOptions> SandboxOptions::fromParser(const QCommandLineParser& parser, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<SandboxOptions> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    auto integer = [&parser](const QString& name, qint64 min, qint64 max, qint64* out) {
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            return false;
        }
        *out = value;
        return true;
    };

    SandboxOptions options;
    qint64 value = 0;
    if (!integer(QStringLiteral("port"), 0, 65535, &value)) {
        return fail(QStringLiteral("--port must be between 0 and 65535"));
    }
    options.port = quint16(value);
    if (parser.isSet(QStringLiteral("fixture")) && parser.isSet(QStringLiteral("generate"))) {
        return fail(QStringLiteral("--fixture and --generate are mutually exclusive"));
    }
    options.fixturePath = parser.value(QStringLiteral("fixture"));
    if (parser.isSet(QStringLiteral("generate"))) {
        options.generateSize = parser.value(QStringLiteral("generate")).toLower();
        if (options.generateSize != QLatin1String("small") && options.generateSize != QLatin1String("large")
            && options.generateSize != QLatin1String("huge")) {
            return fail(QStringLiteral("--generate must be small, large or huge"));
        }
    }
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    }
    if (parser.isSet(QStringLiteral("fault-seed"))) {
        options.faultSeed = parser.value(QStringLiteral("fault-seed")).toULongLong(&ok);
        if (!ok) {
            return fail(QStringLiteral("--fault-seed must be a non-negative integer"));
        }
    }
    if (!integer(QStringLiteral("latency-ms"), 0, 600000, &value)) {
        return fail(QStringLiteral("--latency-ms must be between 0 and 600000"));
    }
    options.latencyMs = int(value);
    if (!parseRate(parser.value(QStringLiteral("throttle-rate")), &options.throttleRate)) {
        return fail(QStringLiteral("--throttle-rate must be between 0 and 1"));
    }
    if (!parseRate(parser.value(QStringLiteral("error-rate")), &options.errorRate)) {
        return fail(QStringLiteral("--error-rate must be between 0 and 1"));
    }
    if (!parseRate(parser.value(QStringLiteral("drop-rate")), &options.dropRate)) {
        return fail(QStringLiteral("--drop-rate must be between 0 and 1"));
    }
    if (!parseRate(parser.value(QStringLiteral("gateway-timeout-rate")), &options.gatewayTimeoutRate)) {
        return fail(QStringLiteral("--gateway-timeout-rate must be between 0 and 1"));
    }
    if (options.throttleRate + options.errorRate + options.dropRate > 1.0) {
        return fail(QStringLiteral("--throttle-rate, --error-rate and --drop-rate add up to more than 1"));
    }
    if (parser.isSet(QStringLiteral("token-lifetime-s"))) {
        if (!integer(QStringLiteral("token-lifetime-s"), 1, 86400 * 7, &value)) {
            return fail(QStringLiteral("--token-lifetime-s must be between 1 and 604800"));
        }
        options.tokenLifetimeSeconds = int(value);
    }
    if (parser.isSet(QStringLiteral("exchange-propagation-ms"))) {
        if (!integer(QStringLiteral("exchange-propagation-ms"), 0, 86400000, &value)) {
            return fail(QStringLiteral("--exchange-propagation-ms must be between 0 and 86400000"));
        }
        options.exchangePropagationMs = int(value);
    }
    if (!integer(QStringLiteral("page-size"), 1, 999, &value)) {
        return fail(QStringLiteral("--page-size must be between 1 and 999"));
    }
    options.pageSize = int(value);
    if (parser.isSet(QStringLiteral("throttle-budget"))) {
        options.throttleBudget = parser.value(QStringLiteral("throttle-budget")).trimmed();
        if (!ThrottleBudget::isValidBudget(options.throttleBudget)) {
            return fail(QStringLiteral("--throttle-budget must be S, M, L, auto, off or a number of resource units"));
        }
    }
    return options;
}

QStringList SandboxOptions::describe() const
{
    QStringList lines;
    if (fixture) {
        lines << QStringLiteral("fixture: in-memory");
    } else if (!generateSize.isEmpty()) {
        lines << QStringLiteral("generated tenant: %1 (seed %2)").arg(generateSize).arg(seed);
    } else {
        lines << QStringLiteral("fixture: %1").arg(fixturePath.isEmpty() ? embeddedFixture() : fixturePath);
    }
    if (latencyMs > 0) {
        lines << QStringLiteral("latency: %1 ms").arg(latencyMs);
    }
    if (throttleRate > 0 || errorRate > 0 || dropRate > 0) {
        lines << QStringLiteral("faults: throttle %1, error %2, drop %3 (fault seed %4)")
                     .arg(throttleRate)
                     .arg(errorRate)
                     .arg(dropRate)
                     .arg(effectiveFaultSeed());
    }
    if (gatewayTimeoutRate > 0) {
        lines << QStringLiteral("writes applied, then answered 504: %1 (fault seed %2)")
                     .arg(gatewayTimeoutRate)
                     .arg(effectiveFaultSeed());
    }
    if (exchangePropagationMs != kDefaultExchangePropagationMs) {
        lines << QStringLiteral("exchange policy propagation: %1 ms").arg(exchangePropagationMs);
    }
    if (tokenLifetimeSeconds > 0) {
        lines << QStringLiteral("access token lifetime: %1 s").arg(tokenLifetimeSeconds);
    }
    if (pageSize != 100) {
        lines << QStringLiteral("page size: %1").arg(pageSize);
    }
    if (!throttleBudget.isEmpty()) {
        lines << QStringLiteral("identity throttling budget: %1").arg(throttleBudget);
    }
    return lines;
}
