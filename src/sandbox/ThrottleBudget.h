#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <deque>
#include <optional>

/**
 * Microsoft Graph's identity and access service limits, as its throttling page documents them: every request on a
 * directory resource (users, groups, servicePrincipals, oauth2PermissionGrants, directoryObjects, …) costs resource
 * units — GET users 2, GET oauth2PermissionGrants 2, GET servicePrincipals/{id}/appRoleAssignments 2, POST
 * directoryObjects/getByIds 3, GET groups/{id}/transitiveMembers 5, any other GET 1; a POST, PATCH, PUT or DELETE the
 * table does not list costs 1 plus 1 of write quota (the listed POSTs — getByIds, checkMemberGroups, … — none);
 * $select -1, $expand +1, $top under 20 -1, never below 1 — and each application+tenant pair
 * has a budget per 10 seconds by tenant size (S: under 50 users 3 500, M: up to 500 users 5 000, L: 8 000) and a write
 * quota of 3 000 requests per 2 minutes 30 seconds. Over budget: 429 with Retry-After (until enough units have aged out
 * of the window), x-ms-throttle-scope and x-ms-throttle-information; every answer carries x-ms-resource-unit, and
 * x-ms-throttle-limit-percentage once 80 % of the budget is used.
 *
 * A sliding 10-second window per pair, on the monotonic clock. Throttled requests cost nothing.
 */
class ThrottleBudget
{
public:
    static constexpr int WindowMs = 10000;
    static constexpr int WriteWindowMs = 150000;
    static constexpr int WriteQuota = 3000;

    struct Decision
    {
        bool throttled = false;
        int cost = 0; // resource units of this request
        double retryAfterSeconds = 0; // throttled: when enough units are free again
        double usage = 0; // of the budget, after this request (1.0 = all of it)
        bool writeLimit = false; // throttled by the write quota rather than resource units
    };

    ThrottleBudget() = default;

    // "S", "M", "L" (the documented budgets), "auto" (by the tenant's number of users, as Graph sizes it), or a number
    // of resource units per 10 seconds; "" or "off": no budget. nullopt for anything else.
    static std::optional<int> parseQuota(const QString& budget, int tenantUsers);
    static bool isValidBudget(const QString& budget); // what parseQuota accepts, whatever the tenant size

    void setQuota(int resourceUnitsPer10s) { m_quota = resourceUnitsPer10s; } // 0: off
    int quota() const { return m_quota; }
    bool enabled() const { return m_quota > 0; }
    void reset();

    // Graph path segments after the version ("servicePrincipals", "{id}", "appRoleAssignments").
    static bool isIdentityRequest(const QStringList& segments);
    static int cost(const QByteArray& method, const QStringList& segments, const QUrlQuery& query);
    // Whether the request spends write quota: writes the cost table does not list (its POSTs are reads).
    static bool isWrite(const QByteArray& method, const QStringList& segments);

    Decision charge(const QString& appId, const QString& tenantId, bool write, int cost);

    qint64 chargedUnits() const { return m_charged; }
    qint64 throttledRequests() const { return m_throttled; }

private:
    struct Window
    {
        std::deque<QPair<qint64, int>> units; // (ms, cost)
        int used = 0;
        std::deque<qint64> writes; // ms
    };

    void age(Window& window, qint64 now) const;

    int m_quota = 0;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows; // "appId/tenantId"
    qint64 m_charged = 0;
    qint64 m_throttled = 0;
};
