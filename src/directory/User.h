#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * A user as the helpdesk lookup and the grant views show them: who a per-user (Principal) grant belongs to.
 */
struct User
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString userType; // "Member" | "Guest"
    bool accountEnabled = true;

    bool isValid() const { return !id.isEmpty(); }
    QString label() const; // "Adele Vance <adele.vance@contoso.com>", or the id when nothing else is known

    static User fromJson(const QJsonObject& json);
    static QStringList selectFields(); // id,displayName,userPrincipalName,mail,userType,accountEnabled
};

Q_DECLARE_METATYPE(User)
