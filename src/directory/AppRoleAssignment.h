#pragma once

#include <QJsonObject>
#include <QString>

/**
 * An appRoleAssignment: principalId (user, group or client SP) holds appRoleId on resourceId (the SP that defines
 * the role). For a client SP these are its application permissions.
 */
struct AppRoleAssignment
{
    QString id; // opaque
    QString appRoleId;
    QString principalId;
    QString principalType; // "User" | "Group" | "ServicePrincipal"
    QString principalDisplayName;
    QString resourceId;
    QString resourceDisplayName;
    QJsonObject raw;

    static AppRoleAssignment fromJson(const QJsonObject& json);
};
