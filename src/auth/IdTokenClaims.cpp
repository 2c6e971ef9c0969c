#include "IdTokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

IdTokenClaims IdTokenClaims::decode(const QByteArray& idToken)
{
    IdTokenClaims claims;
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() < 2) {
        return claims;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return claims;
    }
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    claims.tenantId = payload.value(QStringLiteral("tid")).toString();
    claims.objectId = payload.value(QStringLiteral("oid")).toString();
    claims.preferredUsername = payload.value(QStringLiteral("preferred_username")).toString();
    if (claims.preferredUsername.isEmpty()) {
        claims.preferredUsername = payload.value(QStringLiteral("upn")).toString();
    }
    claims.name = payload.value(QStringLiteral("name")).toString();
    claims.issuer = payload.value(QStringLiteral("iss")).toString();
    claims.audience = payload.value(QStringLiteral("aud")).toString();
    const qint64 exp = payload.value(QStringLiteral("exp")).toInteger(0);
    if (exp > 0) {
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    }
    return claims;
}
