#include "ConsentOverview.h"

#include "exchange/AccessPolicyModel.h"
#include "exchange/MailboxApp.h"
#include "exchange/MailboxScoping.h"

#include <algorithm>

const std::array<RiskLevel, ConsentOverview::LevelCount>& ConsentOverview::levels()
{
    static const std::array<RiskLevel, LevelCount> all {
        RiskLevel::Critical, RiskLevel::High, RiskLevel::Medium, RiskLevel::Low, RiskLevel::Unranked};
    return all;
}

bool ConsentOverview::holds(const AppSummary& app, Measure measure)
{
    switch (measure) {
    case Measure::Highest:
        return app.holdsAnything();
    case Measure::TenantWide:
        return app.tenantWideGrants + app.applicationPermissions > 0;
    case Measure::UserConsent:
        return app.userGrants > 0;
    }
    return false;
}

RiskLevel ConsentOverview::level(const AppSummary& app, Measure measure)
{
    switch (measure) {
    case Measure::Highest:
        return app.highestRisk;
    case Measure::TenantWide:
        return app.tenantWideRisk;
    case Measure::UserConsent:
        return app.userConsentRisk;
    }
    return RiskLevel::Unranked;
}

QString ConsentOverview::permission(const AppSummary& app, Measure measure)
{
    switch (measure) {
    case Measure::Highest:
        return app.highestRiskPermission;
    case Measure::TenantWide:
        return app.tenantWideRiskPermission;
    case Measure::UserConsent:
        return app.userConsentRiskPermission;
    }
    return {};
}

bool ConsentOverview::matches(const AppSummary& app, Measure measure, RiskLevel wanted)
{
    return holds(app, measure) && level(app, measure) == wanted;
}

std::array<int, ConsentOverview::LevelCount> ConsentOverview::tally(const QList<AppSummary>& apps, Measure measure)
{
    std::array<int, LevelCount> counts {};
    for (const auto& app : apps) {
        if (!holds(app, measure)) {
            continue;
        }
        const auto at = std::find(levels().cbegin(), levels().cend(), level(app, measure));
        if (at != levels().cend()) {
            ++counts[std::size_t(at - levels().cbegin())];
        }
    }
    return counts;
}

QList<AppSummary> ConsentOverview::risky(const QList<AppSummary>& apps, Measure measure)
{
    QList<AppSummary> found;
    for (const auto& app : apps) {
        if (holds(app, measure) && int(level(app, measure)) >= int(RiskLevel::High)) {
            found.append(app);
        }
    }
    std::stable_sort(found.begin(), found.end(), [measure](const AppSummary& a, const AppSummary& b) {
        const int la = int(level(a, measure));
        const int lb = int(level(b, measure));
        if (la != lb) {
            return la > lb;
        }
        return a.app.displayName.compare(b.app.displayName, Qt::CaseInsensitive) < 0;
    });
    return found;
}

QString ConsentOverview::measureKey(Measure measure)
{
    switch (measure) {
    case Measure::Highest:
        return QStringLiteral("highestRisk");
    case Measure::TenantWide:
        return QStringLiteral("tenantWideRisk");
    case Measure::UserConsent:
        return QStringLiteral("userConsentRisk");
    }
    return {};
}

bool ConsentOverview::measureFromKey(const QString& key, Measure* measure)
{
    for (const Measure m : {Measure::Highest, Measure::TenantWide, Measure::UserConsent}) {
        if (key == measureKey(m)) {
            *measure = m;
            return true;
        }
    }
    return false;
}

bool ConsentOverview::isPending(const ConsentRequest& request)
{
    return request.openRequestCount() > 0;
}

QDateTime ConsentOverview::waitingSince(const ConsentRequest& request)
{
    QDateTime oldest;
    for (const auto& r : request.userRequests) {
        if (r.isOpen() && r.createdDateTime.isValid() && (!oldest.isValid() || r.createdDateTime < oldest)) {
            oldest = r.createdDateTime;
        }
    }
    return oldest;
}

ConsentOverview::Age ConsentOverview::age(const ConsentRequest& request, const QDateTime& now)
{
    const QDateTime since = waitingSince(request);
    if (!since.isValid()) {
        return Age::Unknown;
    }
    const qint64 hours = since.secsTo(now) / 3600;
    if (hours < 24) {
        return Age::UnderADay;
    }
    if (hours < 24 * 7) {
        return Age::UnderAWeek;
    }
    if (hours < 24 * 30) {
        return Age::UnderAMonth;
    }
    return Age::OverAMonth;
}

std::array<int, ConsentOverview::AgeCount> ConsentOverview::tallyAges(const QList<ConsentRequest>& requests,
                                                                      const QDateTime& now)
{
    std::array<int, AgeCount> counts {};
    for (const auto& r : requests) {
        if (isPending(r)) {
            ++counts[std::size_t(age(r, now))];
        }
    }
    return counts;
}

QString ConsentOverview::ageName(Age age)
{
    switch (age) {
    case Age::UnderADay:
        //: how long a consent request has waited (a bar of the Overview's chart)
        return tr("Less than a day");
    case Age::UnderAWeek:
        //: how long a consent request has waited (a bar of the Overview's chart)
        return tr("1 to 7 days");
    case Age::UnderAMonth:
        //: how long a consent request has waited (a bar of the Overview's chart)
        return tr("7 to 30 days");
    case Age::OverAMonth:
        //: how long a consent request has waited (a bar of the Overview's chart)
        return tr("Over 30 days");
    case Age::Unknown:
        //: how long a consent request has waited: Graph gave no date (a bar of the Overview's chart)
        return tr("Unknown");
    }
    return {};
}

QString ConsentOverview::ageKey(Age age)
{
    static const char* const keys[] = {"day", "week", "month", "older", "unknown"};
    return QString::fromLatin1(keys[int(age)]);
}

bool ConsentOverview::ageFromKey(const QString& key, Age* age)
{
    for (int i = 0; i < AgeCount; ++i) {
        if (key == ageKey(Age(i))) {
            *age = Age(i);
            return true;
        }
    }
    return false;
}

QList<AppSummary> ConsentOverview::reachingEveryMailbox(const QList<AppSummary>& apps,
                                                        const AccessPolicyModel& policies)
{
    QList<AppSummary> found;
    for (const auto& app : apps) {
        if (app.mailboxPermissions.isEmpty()) {
            continue;
        }
        MailboxApp mailboxApp;
        mailboxApp.servicePrincipalId = app.app.id;
        mailboxApp.appId = app.app.appId;
        mailboxApp.displayName = app.app.displayName;
        mailboxApp.permissions = app.mailboxPermissions;
        if (MailboxScoping::reachesEveryMailbox(mailboxApp, policies.policiesFor(app.app.appId))) {
            found.append(app);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const AppSummary& a, const AppSummary& b) {
        return a.app.displayName.compare(b.app.displayName, Qt::CaseInsensitive) < 0;
    });
    return found;
}
