#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

int RetryPolicy::backoffMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const double base = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double spread = base * jitter;
    const double jittered = base + (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread;
    return int(std::clamp(jittered, 0.0, double(maxDelayMs)));
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0) {
            return std::nullopt;
        }
        return int(std::ceil(std::min(seconds, 86400.0) * 1000.0));
    }
    // HTTP-date (RFC 7231 IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::utc());
    return int(std::max<qint64>(0, now.msecsTo(when)));
}
