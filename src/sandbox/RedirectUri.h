#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * Redirect URI rules of the Microsoft identity platform for desktop clients: loopback addresses over http
 * (http://localhost[:port][/path] and http://127.0.0.1[:port][/path]; IPv6 [::1] is not supported), matched against
 * the registration with the port ignored (RFC 8252), and an URI without a path equal to the same URI with "/".
 */
class RedirectUri
{
public:
    static bool isLoopback(const QString& uri);
    // registered: one registered redirect URI. Loopback URIs match ignoring the port; others must match exactly.
    static bool matches(const QString& registered, const QString& requested);
    static bool matchesAny(const QStringList& registered, const QString& requested);

    // The redirect URI with parameters appended to its query, each percent-encoded (RFC 3986 unreserved kept).
    static QUrl withParameters(const QString& uri, const QList<QPair<QString, QString>>& parameters);
};
