#pragma once

#include <QJsonObject>
#include <QString>

/** Exchange's pointer to an Entra service principal (New-/Get-ServicePrincipal), needed before RBAC assignments. */
struct ExchangeServicePrincipal
{
    QString identity;
    QString displayName;
    QString appId;
    QString objectId; // the enterprise application's object id
    QString guid;

    static ExchangeServicePrincipal fromJson(const QJsonObject& row);
};
