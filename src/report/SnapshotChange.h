#pragma once

#include "risk/RiskLevel.h"

#include <QJsonObject>
#include <QString>

/**
 * One difference between two snapshots (or a snapshot and the live tenant). Its JSON keys are the CLI's contract:
 * {change added|removed|changed, kind app|delegated|application|userConsent|setting|policy, app, appId, permission,
 * principal, before, after, risk}, plus resource (the API the permission belongs to).
 */
struct SnapshotChange
{
    enum class Change { Added, Removed, Changed };
    enum class Kind { App, Delegated, Application, UserConsent, Setting, Policy };

    Change change = Change::Added;
    Kind kind = Kind::App;
    QString app; // the client app's name (settings and policies: empty, or the app a policy names)
    QString appId;
    QString permission; // "Mail.Read"; settings: the setting's name; policies: the policy
    QString resource; // the API that defines the permission ("Microsoft Graph")
    QString principal; // the user of a per-user consent
    QString before;
    QString after;
    RiskLevel risk = RiskLevel::Unranked;

    QJsonObject toJson() const;
    static QString changeName(Change change); // "added" | "removed" | "changed"
    static QString kindName(Kind kind); // "app" | "delegated" | "application" | "userConsent" | "setting" | "policy"
};
