#include "User.h"

QString User::label() const
{
    if (displayName.isEmpty()) {
        return userPrincipalName.isEmpty() ? id : userPrincipalName;
    }
    return userPrincipalName.isEmpty()
               ? displayName
               : QString(displayName + QStringLiteral(" <") + userPrincipalName + QLatin1Char('>'));
}

User User::fromJson(const QJsonObject& json)
{
    User u;
    u.id = json.value(QStringLiteral("id")).toString();
    u.displayName = json.value(QStringLiteral("displayName")).toString();
    u.userPrincipalName = json.value(QStringLiteral("userPrincipalName")).toString();
    u.mail = json.value(QStringLiteral("mail")).toString();
    u.userType = json.value(QStringLiteral("userType")).toString();
    u.accountEnabled = json.value(QStringLiteral("accountEnabled")).toBool(true);
    return u;
}

QStringList User::selectFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("displayName"),
            QStringLiteral("userPrincipalName"),
            QStringLiteral("mail"),
            QStringLiteral("userType"),
            QStringLiteral("accountEnabled")};
}
