#pragma once

#include "UserConsentRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * An appConsentRequest: one app, the scopes users asked for (pendingScopes — empty when consentType is Static,
 * then the app's statically configured permissions are meant), and the users' requests.
 */
struct ConsentRequest
{
    QString id;
    QString appId;
    QString appDisplayName;
    QString consentType; // "Dynamic" | "Static" | "" (v1.0 may omit it)
    QStringList pendingScopes; // pendingScopes[].displayName as sent: bare ("Mail.Read") or a full URI
    QList<UserConsentRequest> userRequests;

    bool isStatic() const { return consentType.compare(QStringLiteral("Static"), Qt::CaseInsensitive) == 0; }
    // InProgress when any user request is open, else Completed when any completed, else Expired (or "" for none).
    QString status() const;
    int openRequestCount() const;
    QDateTime latestRequest() const; // newest createdDateTime
    QDateTime nextExpiry() const; // earliest expiresAt of the open requests; invalid when none or unknown
    QStringList requesters() const; // UPNs (or names), newest first, unique

    static ConsentRequest fromJson(const QJsonObject& json); // userConsentRequests taken when present
};

Q_DECLARE_METATYPE(ConsentRequest)
