#pragma once

#include <QByteArray>
#include <QString>

/**
 * Decides which requests fail, deterministically: the decision hashes the seed, the request's sequence number and
 * its key (method and path, or a $batch item's id and url) — never the wall clock — so a run replays exactly.
 * One uniform draw per request is split into [drop | throttle | error | none] by the configured rates.
 */
class FaultInjector
{
public:
    enum class Fault { None, Throttle, ServiceUnavailable, Drop, AppliedTimeout };

    struct Decision
    {
        Fault fault = Fault::None;
        QByteArray retryAfter; // seconds, possibly fractional ("0.8"), for Throttle and ServiceUnavailable
    };

    FaultInjector() = default;
    FaultInjector(quint64 seed, double throttleRate, double errorRate, double dropRate);

    bool enabled() const { return m_throttleRate > 0 || m_errorRate > 0 || m_dropRate > 0; }
    // allowDrop false for $batch items: an item cannot drop the connection it shares with its siblings.
    Decision decide(quint64 sequence, const QString& key, bool allowDrop = true) const;

    // A write the sandbox applied is answered 504 instead of its success (a draw of its own, after decide()).
    void setAppliedTimeoutRate(double rate) { m_appliedTimeoutRate = rate; }
    bool timesOutAfterApplying(quint64 sequence, const QString& key) const;

    static double uniform(quint64 seed, quint64 sequence, const QString& key, quint64 salt); // [0, 1)
    static const char* name(Fault fault);

private:
    quint64 m_seed = 0;
    double m_throttleRate = 0.0;
    double m_errorRate = 0.0;
    double m_dropRate = 0.0;
    double m_appliedTimeoutRate = 0.0;
};
