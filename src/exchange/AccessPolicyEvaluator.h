#pragma once

#include "AccessDecision.h"
#include "AccessPolicyModel.h"

#include <QStringList>

/**
 * Exchange's documented evaluation of application access policies, computed locally from directory data so
 * ConsentDesk can say *why* and show it beside Exchange's own Test-ApplicationAccessPolicy:
 *   1. a matching DenyAccess policy denies (and wins over a matching RestrictAccess);
 *   2. a matching RestrictAccess policy grants;
 *   3. RestrictAccess policies that do not match deny ("restrict" means: these and no others);
 *   4. otherwise — no policy, or only Deny policies that do not match — access is granted.
 * A policy matches when its scope is the user or a group holding the user at any depth (nested groups count).
 * Pure logic: no I/O.
 */
class AccessPolicyEvaluator
{
public:
    static AccessDecision evaluate(const AccessPolicyModel& model, const QString& appId, const QString& userId);
    // Scope -> … -> user as node ids (breadth-first: the shortest path); empty when the user is not inside.
    static QStringList memberPath(const AccessPolicyModel& model, const QString& scopeId, const QString& userId);
    // Why Exchange may not apply this policy as the directory suggests (empty: nothing to flag).
    static QStringList scopeWarnings(const AccessPolicyModel& model, const ApplicationAccessPolicy& policy);
};
