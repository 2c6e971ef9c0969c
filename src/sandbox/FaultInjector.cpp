#include "FaultInjector.h"

namespace {

// splitmix64: a well-mixed, platform-independent 64-bit hash step.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over UTF-8: qHash is seeded per process, this is not.
quint64 fnv1a(const QString& key)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : key.toUtf8()) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

FaultInjector::FaultInjector(quint64 seed, double throttleRate, double errorRate, double dropRate)
    : m_seed(seed)
    , m_throttleRate(throttleRate)
    , m_errorRate(errorRate)
    , m_dropRate(dropRate)
{
}

double FaultInjector::uniform(quint64 seed, quint64 sequence, const QString& key, quint64 salt)
{
    const quint64 h = mix(mix(mix(seed ^ salt) ^ sequence) ^ fnv1a(key));
    return double(h >> 11) / double(1ULL << 53);
}

FaultInjector::Decision FaultInjector::decide(quint64 sequence, const QString& key, bool allowDrop) const
{
    Decision decision;
    if (!enabled()) {
        return decision;
    }
    const double draw = uniform(m_seed, sequence, key, 0x5a4e);
    double bound = allowDrop ? m_dropRate : 0.0;
    if (draw < bound) {
        decision.fault = Fault::Drop;
        return decision;
    }
    bound += m_throttleRate;
    if (draw < bound) {
        decision.fault = Fault::Throttle;
    } else if (draw < bound + m_errorRate) {
        decision.fault = Fault::ServiceUnavailable;
    } else {
        return decision;
    }
    // Fractional like Graph's ("2.128"), but short so retrying tests stay fast: 0.1 … 1.5 s.
    const int tenths = 1 + int(uniform(m_seed, sequence, key, 0x7e7a) * 15);
    decision.retryAfter = QByteArray::number(tenths / 10.0, 'f', 1);
    return decision;
}

bool FaultInjector::timesOutAfterApplying(quint64 sequence, const QString& key) const
{
    return m_appliedTimeoutRate > 0 && uniform(m_seed, sequence, key, 0x504a) < m_appliedTimeoutRate;
}

const char* FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Throttle:
        return "throttle";
    case Fault::ServiceUnavailable:
        return "error";
    case Fault::Drop:
        return "drop";
    case Fault::AppliedTimeout:
        return "applied-timeout";
    }
    return "none";
}
