#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

/**
 * The delegated permissions (scp) an access token handed over in CONSENTDESK_ACCESS_TOKEN says it carries — so a write
 * command can say "this token cannot make changes, it lacks X" before it asks anything of the tenant, instead of
 * half-applying a plan and collecting 403s.
 *
 * Read WITHOUT validating the signature and only ever to refuse early, never to allow: Graph decides. An opaque or
 * encrypted token, or an app-only token (roles, no scp), gives nullopt and the command simply tries.
 */
class AccessTokenScopes
{
public:
    static std::optional<QStringList> decode(const QByteArray& accessToken);
    // Of `wanted`, those the token's scopes do not cover; Directory.ReadWrite.All covers the grant and app writes,
    // as it does in Graph.
    static QStringList missing(const QStringList& tokenScopes, const QStringList& wanted);
};
