#pragma once

#include "risk/RiskLevel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One difference between two snapshots (or a snapshot and the live tenant). Its JSON keys are the CLI's contract:
 * {change added|removed|changed, kind app|delegated|application|userConsent|setting|policy, app, appId, permission,
 * principal, before, after, risk}, plus resource (the API the permission belongs to) and, on rows about a grant
 * (delegated, userConsent, application), firstSeen: the UTC date ConsentDesk first saw it (FirstSeenHistory), null
 * when never seen. A removal's after says "removed" (an empty cell reads as a value lost in the export).
 *
 * before, after and permission are English: the CLI and every export (CSV, JSON, HTML) write them as they are, and
 * scripts parse them. What they say is also kept as words (beforeWords, afterWords, subject) that beforeText(),
 * afterText() and permissionText() put in the GUI's language.
 */
struct SnapshotChange
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotChange)

public:
    enum class Change { Added, Removed, Changed };
    enum class Kind { App, Delegated, Application, UserConsent, Setting, Policy };
    // Data: before/after hold data (an app's name, a setting's value) shown as they are.
    enum class Wording {
        Data,
        GrantedForAllUsers,
        GrantedApplication,
        ConsentedByUser,
        ConsentedByUsers,
        AppTally,
        Removed
    };
    struct Words
    {
        Wording wording = Wording::Data;
        int users = 0; // ConsentedByUsers, AppTally
        int scopes = 0; // AppTally: tenant-wide delegated scopes
        int applicationPermissions = 0; // AppTally
    };
    // What permission names: a permission or setting (as it is), or a policy (worded, with subjectName).
    enum class Subject { Name, AccessPolicyScope, GrantPolicy };

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
    Words beforeWords;
    Words afterWords;
    Subject subject = Subject::Name;
    QString subjectName; // AccessPolicyScope: the scope; GrantPolicy: the policy's id
    QString claimKey; // a grant's SnapshotIndex::claimKey() (empty for apps, settings, policies)
    QDateTime firstSeen; // when ConsentDesk first saw the grant (SnapshotDiff::addFirstSeen); invalid: unknown

    bool isGrant() const { return kind == Kind::Delegated || kind == Kind::Application || kind == Kind::UserConsent; }

    QJsonObject toJson() const;
    QString beforeText() const; // before, in the GUI's language
    QString afterText() const;
    QString permissionText() const;
    static QString changeName(Change change); // "added" | "removed" | "changed"
    static QString kindName(Kind kind); // "app" | "delegated" | "application" | "userConsent" | "setting" | "policy"
    // The words in English (the CLI's and the exports' text) or in the GUI's language; Data: empty.
    static QString english(const Words& words);
    static QString translated(const Words& words);
    static QString englishSubject(Subject subject, const QString& name);
    // In the GUI's language: "Added", "A user's own consent" (the diff dialog's words and its HTML export's).
    static QString changeText(Change change);
    static QString kindText(Kind kind);
};
