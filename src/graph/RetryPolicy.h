#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

/**
 * How hard GraphClient tries: bounded attempts and bounded total wait, Retry-After honoured when the
 * server gives it, exponential backoff with jitter when it does not.
 */
struct RetryPolicy
{
    int maxAttempts = 5; // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxTotalWaitMs = 120000;
    double jitter = 0.2; // ± fraction of the backoff delay

    // Delay before attempt number `attempt` (2 = the first retry) when the server gave no Retry-After.
    int backoffMs(int attempt) const;

    // Retry-After: delta-seconds (Graph sends fractions like "2.128") or an HTTP date. nullopt if absent or garbage.
    static std::optional<int> parseRetryAfter(const QByteArray& value,
                                              const QDateTime& now = QDateTime::currentDateTimeUtc());
};
