#pragma once

#include "consent/AppSummary.h"
#include "directory/ConsentRequest.h"
#include "risk/RiskLevel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

class AccessPolicyModel;

/**
 * The tenant's consent posture in numbers, from what a session has already read (the tenant-wide inventory, the
 * pending requests, Exchange's access policies): how many apps sit at each risk level, by their riskiest claim, by
 * what acts for the whole tenant, and by what users consented to themselves; how long pending requests have waited;
 * which apps reach every mailbox. Pure: no I/O. The Overview counts with these rules and the views it opens filter
 * with the same ones, so a bar and the list behind it cannot disagree.
 */
class ConsentOverview
{
    Q_DECLARE_TR_FUNCTIONS(ConsentOverview)

public:
    // Which of an app's risks a count is about.
    enum class Measure {
        Highest, // the riskiest claim the app holds, however consented
        TenantWide, // the riskiest admin-consented scope or application permission: acts for everyone
        UserConsent, // the riskiest scope users consented to themselves
    };
    static constexpr int LevelCount = 5;
    static const std::array<RiskLevel, LevelCount>& levels(); // Critical first … Unranked last

    // Whether the app holds anything of that kind, and the level of its riskiest such claim.
    static bool holds(const AppSummary& app, Measure measure);
    static RiskLevel level(const AppSummary& app, Measure measure);
    static QString permission(const AppSummary& app, Measure measure); // "Mail.ReadWrite (Application)"
    static bool matches(const AppSummary& app, Measure measure, RiskLevel level);
    // How many apps hold something of that kind at each level, in levels() order.
    static std::array<int, LevelCount> tally(const QList<AppSummary>& apps, Measure measure);
    // The apps at High or Critical for that measure, riskiest first, then by name.
    static QList<AppSummary> risky(const QList<AppSummary>& apps, Measure measure);

    static QString measureKey(Measure measure); // "highestRisk", "tenantWideRisk", "userConsentRisk"
    static bool measureFromKey(const QString& key, Measure* measure);

    // Pending requests: a user request still open. Waiting since the oldest open user request was made.
    enum class Age { UnderADay, UnderAWeek, UnderAMonth, OverAMonth, Unknown };
    static constexpr int AgeCount = 5;
    static bool isPending(const ConsentRequest& request);
    static QDateTime waitingSince(const ConsentRequest& request); // invalid when Graph gave no date
    static Age age(const ConsentRequest& request, const QDateTime& now);
    static std::array<int, AgeCount> tallyAges(const QList<ConsentRequest>& requests, const QDateTime& now);
    static QString ageName(Age age); // "Less than a day", … for bars and filter descriptions
    static QString ageKey(Age age); // "day", "week", "month", "older", "unknown"
    static bool ageFromKey(const QString& key, Age* age);

    // Apps holding mailbox application permissions that no Exchange access policy scopes (MailboxScoping), by name.
    static QList<AppSummary> reachingEveryMailbox(const QList<AppSummary>& apps, const AccessPolicyModel& policies);
};
