#include "TroubleshootFacts.h"

QString TroubleshootFacts::appName() const
{
    if (app && !app->displayName.isEmpty()) {
        return app->displayName;
    }
    return appDisplayName.isEmpty() ? appId : appDisplayName;
}

std::optional<UserConsentRequest> TroubleshootFacts::userRequest() const
{
    std::optional<UserConsentRequest> newest;
    for (const auto& request : requests) {
        for (const auto& r : request.userRequests) {
            const bool mine = (!r.requesterId.isEmpty() && r.requesterId.compare(user.id, Qt::CaseInsensitive) == 0)
                              || (!r.requesterUpn.isEmpty()
                                  && r.requesterUpn.compare(user.userPrincipalName, Qt::CaseInsensitive) == 0);
            if (mine && (!newest || r.createdDateTime > newest->createdDateTime)) {
                newest = r;
            }
        }
    }
    return newest;
}

bool TroubleshootFacts::isGranted(const Permission& permission) const
{
    if (permission.resourceId.isEmpty()) {
        return false;
    }
    for (const auto& g : grants) {
        const bool forUser = g.isAllPrincipals() || g.principalId.compare(user.id, Qt::CaseInsensitive) == 0;
        if (forUser && g.resourceId.compare(permission.resourceId, Qt::CaseInsensitive) == 0
            && g.hasScope(permission.value)) {
            return true;
        }
    }
    return false;
}

QList<Permission> TroubleshootFacts::notGranted() const
{
    QList<Permission> out;
    for (const auto& p : requested) {
        if (p.isDelegated() && !isGranted(p)) {
            out.append(p);
        }
    }
    return out;
}

bool TroubleshootFacts::userAssigned(QString* via) const
{
    for (const auto& a : assignedTo) {
        if (a.principalId.compare(user.id, Qt::CaseInsensitive) == 0) {
            if (via) {
                via->clear();
            }
            return true;
        }
    }
    for (const auto& a : assignedTo) {
        for (auto it = directGroups.cbegin(); it != directGroups.cend(); ++it) {
            if (a.principalId.compare(it.key(), Qt::CaseInsensitive) == 0) {
                if (via) {
                    *via = it.value().isEmpty() ? a.principalDisplayName : it.value();
                }
                return true;
            }
        }
    }
    return false;
}

ClientConsentState TroubleshootFacts::clientState() const
{
    ClientConsentState state;
    state.appId = app ? app->appId : appId;
    state.displayName = appName();
    state.client = app;
    for (const auto& g : grants) {
        if (g.isAllPrincipals()) {
            state.tenantWideGrants.append(g);
        }
    }
    return state;
}

ConditionalAccessEvaluator::Subject TroubleshootFacts::subject() const
{
    ConditionalAccessEvaluator::Subject s;
    s.userId = user.id;
    s.guest = user.userType.compare(QStringLiteral("Guest"), Qt::CaseInsensitive) == 0;
    s.groups = groups;
    s.roles = roles;
    return s;
}

ConditionalAccessEvaluator::Target TroubleshootFacts::target() const
{
    ConditionalAccessEvaluator::Target t;
    t.appId = app ? app->appId : appId;
    t.appDisplayName = appName();
    for (const auto& p : requested) {
        if (!p.resourceAppId.isEmpty()) {
            t.resources.insert(p.resourceAppId.toLower(), p.resourceDisplayName);
        }
    }
    return t;
}
