#include "UserConsentRequest.h"

#include <QJsonArray>

bool UserConsentRequest::isOpen() const
{
    return status == QLatin1String("InProgress") || status == QLatin1String("Initializing");
}

UserConsentRequest UserConsentRequest::fromJson(const QJsonObject& json)
{
    UserConsentRequest r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.status = json.value(QStringLiteral("status")).toString();
    r.reason = json.value(QStringLiteral("reason")).toString();
    r.createdDateTime
        = QDateTime::fromString(json.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODateWithMs);
    r.completedDateTime
        = QDateTime::fromString(json.value(QStringLiteral("completedDateTime")).toString(), Qt::ISODateWithMs);
    const QJsonObject user
        = json.value(QStringLiteral("createdBy")).toObject().value(QStringLiteral("user")).toObject();
    r.requesterId = user.value(QStringLiteral("id")).toString();
    r.requesterDisplayName = user.value(QStringLiteral("displayName")).toString();
    r.requesterUpn = user.value(QStringLiteral("userPrincipalName")).toString();
    r.requesterMail = user.value(QStringLiteral("mail")).toString();
    const QJsonArray stages
        = json.value(QStringLiteral("approval")).toObject().value(QStringLiteral("stages")).toArray();
    if (!stages.isEmpty()) {
        r.reviewResult = stages.first().toObject().value(QStringLiteral("reviewResult")).toString();
    }
    return r;
}
