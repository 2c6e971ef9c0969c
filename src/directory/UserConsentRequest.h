#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One user's "approval required" request for an app: who asked, why, when, and where it stands.
 * expiresAt is not a Graph field: it is createdDateTime + the workflow policy's requestDurationInDays
 * (ConsentRequestService fills it in; invalid while unknown).
 */
struct UserConsentRequest
{
    QString id;
    QString status; // Initializing | InProgress | Expired | Completed
    QString reason; // the user's justification
    QDateTime createdDateTime;
    QDateTime completedDateTime;
    QString requesterId;
    QString requesterDisplayName;
    QString requesterUpn;
    QString requesterMail;
    QString reviewResult; // from approval.stages[0] when Graph sends it: Approve/Approved, Deny/Denied, NotReviewed
    QDateTime expiresAt;

    bool isOpen() const; // Initializing or InProgress
    static UserConsentRequest fromJson(const QJsonObject& json);
};
