#include "AccessPolicyEvaluator.h"

#include <QCoreApplication>
#include <QHash>
#include <QQueue>
#include <QSet>

QStringList
AccessPolicyEvaluator::memberPath(const AccessPolicyModel& model, const QString& scopeId, const QString& userId)
{
    if (scopeId.isEmpty() || userId.isEmpty()) {
        return {};
    }
    if (scopeId.compare(userId, Qt::CaseInsensitive) == 0) {
        return {scopeId};
    }
    QHash<QString, QString> parent; // lower id -> lower parent id
    QQueue<QString> queue;
    queue.enqueue(scopeId.toLower());
    parent.insert(scopeId.toLower(), QString());
    const QString target = userId.toLower();
    while (!queue.isEmpty()) {
        const QString current = queue.dequeue();
        const auto* node = model.node(current);
        if (!node) {
            continue;
        }
        for (const auto& member : node->memberIds) {
            const QString m = member.toLower();
            if (parent.contains(m)) {
                continue; // cycles and diamonds: first (shortest) path wins
            }
            parent.insert(m, current);
            if (m == target) {
                QStringList path;
                for (QString at = m; !at.isEmpty(); at = parent.value(at)) {
                    const auto* n = model.node(at);
                    path.prepend(n ? n->id : at);
                }
                return path;
            }
            queue.enqueue(m);
        }
    }
    return {};
}

QStringList AccessPolicyEvaluator::scopeWarnings(const AccessPolicyModel& model, const ApplicationAccessPolicy& policy)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("AccessPolicyEvaluator", text); };
    QStringList warnings;
    const auto* scope = model.node(policy.scopeObjectId);
    if (policy.scopeObjectId.isEmpty() || !scope) {
        warnings.append(tr("The scope \"%1\" of a policy could not be found in the directory; Exchange's answer may "
                           "differ from this one.")
                            .arg(policy.scopeName));
        return warnings;
    }
    if (scope->kind == AccessPolicyModel::Node::Kind::Group && !(scope->mailEnabled && scope->securityEnabled)) {
        // One whole sentence per case: a translated sentence cannot take an English "yes"/"no".
        const char* text
            = !scope->mailEnabled && !scope->securityEnabled ? QT_TRANSLATE_NOOP(
                  "AccessPolicyEvaluator",
                  "The scope \"%1\" is neither mail-enabled nor a security group; Exchange only honors policies on "
                  "mail-enabled security groups and mailboxes, so its result may disagree.")
              : !scope->mailEnabled
                  ? QT_TRANSLATE_NOOP(
                      "AccessPolicyEvaluator",
                      "The scope \"%1\" is a security group that is not mail-enabled; Exchange only honors policies on "
                      "mail-enabled security groups and mailboxes, so its result may disagree.")
                  : QT_TRANSLATE_NOOP(
                      "AccessPolicyEvaluator",
                      "The scope \"%1\" is mail-enabled but not a security group; Exchange only honors policies on "
                      "mail-enabled security groups and mailboxes, so its result may disagree.");
        warnings.append(tr(text).arg(scope->displayName));
    }
    if (!policy.isValid) {
        warnings.append(tr("Exchange marks the policy on \"%1\" as not valid (IsValid = False): its scope was probably "
                           "deleted.")
                            .arg(policy.scopeName));
    }
    return warnings;
}

AccessDecision
AccessPolicyEvaluator::evaluate(const AccessPolicyModel& model, const QString& appId, const QString& userId)
{
    AccessDecision decision;
    decision.appId = appId;
    decision.userId = userId;
    bool denyMatched = false;
    bool restrictMatched = false;
    bool hasRestrict = false;
    for (const auto& policy : model.policiesFor(appId)) {
        AccessDecision::PolicyMatch match;
        match.policy = policy;
        match.pathIds = memberPath(model, policy.scopeObjectId, userId);
        for (const auto& id : std::as_const(match.pathIds)) {
            const auto* node = model.node(id);
            match.path.append(node && !node->displayName.isEmpty() ? node->displayName : id);
        }
        match.matches = !match.pathIds.isEmpty();
        if (policy.isDeny()) {
            denyMatched = denyMatched || match.matches;
        } else {
            hasRestrict = true;
            restrictMatched = restrictMatched || match.matches;
        }
        for (const auto& w : scopeWarnings(model, policy)) {
            if (!decision.warnings.contains(w)) {
                decision.warnings.append(w);
            }
        }
        decision.policies.append(match);
    }
    using R = AccessDecision::Rule;
    if (decision.policies.isEmpty()) {
        decision.rule = R::NoPolicy;
    } else if (denyMatched) {
        decision.rule = R::DenyMatched;
    } else if (restrictMatched) {
        decision.rule = R::RestrictMatched;
    } else if (hasRestrict) {
        decision.rule = R::RestrictNotMatched;
    } else {
        decision.rule = R::DenyNotMatched;
    }
    decision.result = decision.rule == R::DenyMatched || decision.rule == R::RestrictNotMatched
                          ? AccessDecision::Result::Denied
                          : AccessDecision::Result::Granted;
    return decision;
}
