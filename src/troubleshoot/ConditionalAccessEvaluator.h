#pragma once

#include "ConditionalAccessPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/**
 * Which conditional access policies apply when one user signs in to one app (no I/O). Graph documents the policy
 * shape, not an evaluation algorithm; this follows the admin center's documented meaning (graph-api.md §7):
 * - users: All, the user, a group the user is in (transitively), a directory role the user holds (by role template
 *   id), guests — and any exclusion wins over any inclusion;
 * - apps: All cloud apps, the app itself, or a resource the app calls (Microsoft Graph, Office 365 Exchange Online…:
 *   conditional access targets the resource a token is for), or the Office365 suite when it contains that resource;
 *   excluded apps win. User actions and authentication contexts are not an app sign-in;
 * - a policy on legacy clients only (Exchange ActiveSync, other) does not apply to a modern sign-in; other conditions
 *   (locations, platforms, devices, risk) cannot be known ahead of a sign-in, so the policy "applies when" they hold.
 * Disabled policies are evaluated too (the caller decides what to show); report-only ones apply but are not enforced.
 */
class ConditionalAccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ConditionalAccessEvaluator)

public:
    struct Subject
    {
        QString userId;
        bool guest = false; // userType Guest
        QHash<QString, QString> groups; // every group the user is in, transitively: id → display name
        QHash<QString, QString> roles; // directory roles held: role template id → display name
    };
    struct Target
    {
        QString appId;
        QString appDisplayName;
        QHash<QString, QString> resources; // APIs the app calls: appId → display name (Microsoft Graph, …)
    };
    enum class Match { Applies, AppliesUnderConditions, DoesNotApply };
    struct Finding
    {
        ConditionalAccessPolicy policy;
        Match match = Match::DoesNotApply;
        QString userReason; // "the group Sales Department", "all users", "the role Global Administrator"
        QString appReason; // "all cloud apps", "the app itself", "Microsoft Graph, which the app calls"
        QString whyNot; // DoesNotApply: why, in plain words
        QString conditions; // AppliesUnderConditions: which conditions decide at sign-in
        bool applies() const { return match != Match::DoesNotApply; }
        // One sentence: state, whom/what it targets and what it demands.
        QString describe() const;
        static QString matchName(Match match); // JSON: applies, appliesUnderConditions, doesNotApply
    };

    static Finding evaluate(const ConditionalAccessPolicy& policy, const Subject& subject, const Target& target);
    static QList<Finding>
    evaluate(const QList<ConditionalAccessPolicy>& policies, const Subject& subject, const Target& target);

    // The appIds the Office365 keyword stands for, as far as ConsentDesk knows them (Exchange Online, SharePoint
    // Online, Microsoft Teams, Skype for Business Online, Yammer).
    static QStringList office365AppIds();

private:
    static bool userExcluded(const ConditionalAccessPolicy& policy, const Subject& subject, QString* why);
    static bool userIncluded(const ConditionalAccessPolicy& policy, const Subject& subject, QString* why);
    static bool appIncluded(const ConditionalAccessPolicy& policy, const Target& target, QString* why);
};
