#include "RedirectUri.h"

namespace {

QString normalizedPath(const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

bool RedirectUri::isLoopback(const QString& uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() || url.hasFragment()) {
        return false;
    }
    const QString host = url.host().toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1");
}

bool RedirectUri::matches(const QString& registered, const QString& requested)
{
    const QUrl a(registered, QUrl::StrictMode);
    const QUrl b(requested, QUrl::StrictMode);
    if (!a.isValid() || !b.isValid() || b.hasFragment()) {
        return false;
    }
    if (a.scheme().compare(b.scheme(), Qt::CaseInsensitive) != 0 || a.host().compare(b.host(), Qt::CaseInsensitive) != 0
        || normalizedPath(a) != normalizedPath(b) || a.query(QUrl::FullyEncoded) != b.query(QUrl::FullyEncoded)) {
        return false;
    }
    // Loopback: any port (the app listens on an ephemeral one). Elsewhere the port is part of the address.
    return isLoopback(registered)
           || a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool RedirectUri::matchesAny(const QStringList& registered, const QString& requested)
{
    for (const auto& uri : registered) {
        if (matches(uri, requested)) {
            return true;
        }
    }
    return false;
}

QUrl RedirectUri::withParameters(const QString& uri, const QList<QPair<QString, QString>>& parameters)
{
    QUrl url(uri, QUrl::StrictMode);
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto& [name, value] : parameters) {
        if (!query.isEmpty()) {
            query += QLatin1Char('&');
        }
        query += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                 + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}
