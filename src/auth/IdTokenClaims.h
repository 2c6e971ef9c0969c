#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * The claims of an id_token that ConsentDesk shows or uses as keys: tenant (tid), object id (oid), sign-in name.
 * Decoded WITHOUT signature validation — display and bookkeeping only, never an authorization decision (it comes from
 * the token endpoint over TLS, but nothing more is known about it).
 */
struct IdTokenClaims
{
    QString tenantId; // tid
    QString objectId; // oid
    QString preferredUsername; // preferred_username (usually the UPN)
    QString name;
    QString issuer;
    QString audience;
    QDateTime expiresAt;

    bool isValid() const { return !objectId.isEmpty() && !tenantId.isEmpty(); }

    static IdTokenClaims decode(const QByteArray& idToken); // empty claims for anything that is not a JWT
};
