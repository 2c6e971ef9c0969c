#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

/**
 * One successful answer of the token endpoint (code redemption or refresh). Secrets: accessToken, refreshToken,
 * idToken — keep them in memory, never log them (Redactor::fingerprint identifies one when needed).
 */
struct TokenResponse
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the server sent none (no offline_access)
    QByteArray idToken; // display only: 6.4 does not validate it, and neither does ConsentDesk
    QDateTime expiresAt; // UTC; invalid when the answer had no expires_in
    QString scope; // granted scopes, space-separated, as the server wrote them
    QString tokenType;

    bool isValid() const { return !accessToken.isEmpty(); }

    // From the token endpoint's JSON object; `now` lets tests pin the clock.
    static TokenResponse fromMap(const QVariantMap& map, const QDateTime& now = QDateTime::currentDateTimeUtc())
    {
        TokenResponse r;
        r.accessToken = map.value(QStringLiteral("access_token")).toString().toUtf8();
        r.refreshToken = map.value(QStringLiteral("refresh_token")).toString().toUtf8();
        r.idToken = map.value(QStringLiteral("id_token")).toString().toUtf8();
        r.scope = map.value(QStringLiteral("scope")).toString();
        r.tokenType = map.value(QStringLiteral("token_type")).toString();
        bool ok = false;
        const qint64 expiresIn = map.value(QStringLiteral("expires_in")).toLongLong(&ok); // number or string
        if (ok && expiresIn > 0) {
            r.expiresAt = now.addSecs(expiresIn);
        }
        return r;
    }
};

Q_DECLARE_METATYPE(TokenResponse)
