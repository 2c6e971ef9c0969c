#pragma once

#include <QString>

/**
 * Path segments built safely from ids and keys, so that no view or service glues user text into a URL:
 * Graph alternate keys, UPNs with a leading '$', guests' '#EXT#' UPNs. Every result starts with '/' and is
 * relative to the API version root.
 */
namespace GraphPath {
QString servicePrincipal(const QString& objectId); // "/servicePrincipals/{id}"
QString servicePrincipalByAppId(const QString& appId); // "/servicePrincipals(appId='{appId}')"
QString user(const QString& idOrUpn); // "/users/{id}", "/users('$x@y')", guests' '#' as %23
QString group(const QString& objectId); // "/groups/{id}"
QString segment(const QString& value); // percent-encodes one path segment ('/', '#', '?', '%' and non-ASCII)
} // namespace GraphPath
