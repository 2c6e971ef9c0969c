#include "SnapshotChange.h"

#include "FirstSeenHistory.h"

QString SnapshotChange::changeName(Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString SnapshotChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return QStringLiteral("app");
    case Kind::Delegated:
        return QStringLiteral("delegated");
    case Kind::Application:
        return QStringLiteral("application");
    case Kind::UserConsent:
        return QStringLiteral("userConsent");
    case Kind::Setting:
        return QStringLiteral("setting");
    case Kind::Policy:
        return QStringLiteral("policy");
    }
    return {};
}

QJsonObject SnapshotChange::toJson() const
{
    QJsonObject o {
        {QStringLiteral("change"), changeName(change)},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("app"), app},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("permission"), permission},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("principal"), principal},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("risk"), Risk::toKey(risk)},
    };
    if (isGrant()) {
        const QString date = FirstSeenHistory::dateText(firstSeen);
        o.insert(QStringLiteral("firstSeen"), date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date));
    }
    return o;
}

// The diff dialog's words (their translations are filed under its context), shared with its HTML export.
QString SnapshotChange::changeText(Change change)
{
    switch (change) {
    case Change::Added:
        return QCoreApplication::translate("SnapshotDiffDialog", "Added");
    case Change::Removed:
        return QCoreApplication::translate("SnapshotDiffDialog", "Removed");
    case Change::Changed:
        return QCoreApplication::translate("SnapshotDiffDialog", "Changed");
    }
    return {};
}

QString SnapshotChange::kindText(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return QCoreApplication::translate("SnapshotDiffDialog", "App");
    //: A delegated permission granted for all users of the tenant
    case Kind::Delegated:
        return QCoreApplication::translate("SnapshotDiffDialog", "Delegated, all users");
    case Kind::Application:
        return QCoreApplication::translate("SnapshotDiffDialog", "Application permission");
    case Kind::UserConsent:
        return QCoreApplication::translate("SnapshotDiffDialog", "A user's own consent");
    case Kind::Setting:
        return QCoreApplication::translate("SnapshotDiffDialog", "Consent setting");
    case Kind::Policy:
        return QCoreApplication::translate("SnapshotDiffDialog", "Policy");
    }
    return {};
}

QString SnapshotChange::english(const Words& words)
{
    switch (words.wording) {
    case Wording::Data:
        return {};
    case Wording::GrantedForAllUsers:
        return QStringLiteral("granted for all users");
    case Wording::GrantedApplication:
        return QStringLiteral("granted (application permission)");
    case Wording::ConsentedByUser:
        return QStringLiteral("consented by the user");
    case Wording::ConsentedByUsers:
        return words.users == 1 ? QStringLiteral("consented by 1 user")
                                : QStringLiteral("consented by %1 users").arg(words.users);
    case Wording::AppTally:
        return QStringLiteral("%1 tenant-wide scopes, %2 users with own consent, %3 application permissions")
            .arg(words.scopes)
            .arg(words.users)
            .arg(words.applicationPermissions);
    case Wording::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString SnapshotChange::translated(const Words& words)
{
    switch (words.wording) {
    case Wording::Data:
        return {};
    //: A delegated permission before or after a change: an admin consented to it for every user of the tenant.
    case Wording::GrantedForAllUsers:
        return tr("Granted for all users");
    //: An application permission (app role) before or after a change.
    case Wording::GrantedApplication:
        return tr("Granted as an application permission");
    //: A user's own consent to a delegated permission, before or after a change.
    case Wording::ConsentedByUser:
        return tr("Consented by the user");
    //: A delegated permission that users consented to on their own, before or after a change.
    case Wording::ConsentedByUsers:
        return tr("Consented by %n user(s)", nullptr, words.users);
    case Wording::AppTally:
        //: What an app held: "%1, %2, %3" joins three counts ("4 tenant-wide permissions"...).
        return tr("%1, %2, %3")
            .arg(tr("%n tenant-wide permission(s)", nullptr, words.scopes),
                 tr("%n user(s) with their own consent", nullptr, words.users),
                 tr("%n application permission(s)", nullptr, words.applicationPermissions));
    //: What a grant, an app, a setting or a policy is after a change that removed it (the After column).
    case Wording::Removed:
        return tr("Removed");
    }
    return {};
}

QString SnapshotChange::englishSubject(Subject subject, const QString& name)
{
    switch (subject) {
    case Subject::Name:
        return name;
    case Subject::AccessPolicyScope:
        return QStringLiteral("Exchange application access policy, scope %1").arg(name);
    case Subject::GrantPolicy:
        return QStringLiteral("Permission grant policy %1").arg(name);
    }
    return name;
}

QString SnapshotChange::beforeText() const
{
    return beforeWords.wording == Wording::Data ? before : translated(beforeWords);
}

QString SnapshotChange::afterText() const
{
    return afterWords.wording == Wording::Data ? after : translated(afterWords);
}

QString SnapshotChange::permissionText() const
{
    switch (subject) {
    case Subject::Name:
        return permission;
    //: A difference between snapshots: the Exchange Online application access policy that limits an app to the
    //: mailboxes of a group (%1: the group or scope).
    case Subject::AccessPolicyScope:
        return tr("Exchange application access policy for %1").arg(subjectName);
    //: A difference between snapshots: a permission grant policy (%1: its id).
    case Subject::GrantPolicy:
        return tr("Permission grant policy %1").arg(subjectName);
    }
    return permission;
}
