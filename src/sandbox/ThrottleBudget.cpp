#include "ThrottleBudget.h"

#include <algorithm>
#include <cmath>

namespace {

// Resources the identity limits apply to (the first path segment), and /me which stands for a user.
const QStringList kIdentityRoots {QStringLiteral("users"),
                                  QStringLiteral("me"),
                                  QStringLiteral("groups"),
                                  QStringLiteral("servicePrincipals"),
                                  QStringLiteral("applications"),
                                  QStringLiteral("oauth2PermissionGrants"),
                                  QStringLiteral("directoryObjects"),
                                  QStringLiteral("directoryRoles"),
                                  QStringLiteral("directoryRoleTemplates"),
                                  QStringLiteral("organization"),
                                  QStringLiteral("domains"),
                                  QStringLiteral("contacts"),
                                  QStringLiteral("devices"),
                                  QStringLiteral("subscribedSkus"),
                                  QStringLiteral("policies")};

// Mailbox and calendar data under a user are Outlook's, not the directory's.
const QStringList kOutlookNavigation {QStringLiteral("messages"),
                                      QStringLiteral("mailFolders"),
                                      QStringLiteral("events"),
                                      QStringLiteral("calendar"),
                                      QStringLiteral("calendars"),
                                      QStringLiteral("contacts"),
                                      QStringLiteral("mailboxSettings"),
                                      QStringLiteral("sendMail")};

QString name(const QString& segment)
{
    // "servicePrincipals(appId='x')" -> "servicePrincipals"
    const qsizetype paren = segment.indexOf(QLatin1Char('('));
    return paren < 0 ? segment : segment.left(paren);
}

bool hasKey(const QString& segment)
{
    return segment.contains(QLatin1Char('('));
}

// The POSTs Microsoft's cost table lists (on directoryObjects or after me/ or users/{id}/): reads with a write cost 0.
const QStringList kListedPosts {QStringLiteral("getByIds"),
                                QStringLiteral("getObjectsById"),
                                QStringLiteral("isMemberOf"),
                                QStringLiteral("checkMemberGroups"),
                                QStringLiteral("checkMemberObjects"),
                                QStringLiteral("getMemberGroups"),
                                QStringLiteral("getMemberObjects")};

QString option(const QUrlQuery& query, const QString& key)
{
    for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded)) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

} // namespace

std::optional<int> ThrottleBudget::parseQuota(const QString& budget, int tenantUsers)
{
    const QString b = budget.trimmed().toLower();
    if (b.isEmpty() || b == QLatin1String("off")) {
        return 0;
    }
    if (b == QLatin1String("s")) {
        return 3500;
    }
    if (b == QLatin1String("m")) {
        return 5000;
    }
    if (b == QLatin1String("l")) {
        return 8000;
    }
    if (b == QLatin1String("auto")) {
        return tenantUsers < 50 ? 3500 : tenantUsers <= 500 ? 5000 : 8000;
    }
    bool ok = false;
    const int units = b.toInt(&ok);
    if (!ok || units < 1) {
        return std::nullopt;
    }
    return units;
}

bool ThrottleBudget::isValidBudget(const QString& budget)
{
    return parseQuota(budget, 0).has_value();
}

void ThrottleBudget::reset()
{
    m_windows.clear();
    m_charged = 0;
    m_throttled = 0;
}

bool ThrottleBudget::isIdentityRequest(const QStringList& segments)
{
    if (segments.isEmpty() || !kIdentityRoots.contains(name(segments.first()))) {
        return false;
    }
    const QString root = name(segments.first());
    if (root == QLatin1String("users") || root == QLatin1String("me")) {
        // users/{id}/messages…, me/events…: Outlook's limits, not the directory's.
        const int navigationAt = root == QLatin1String("me") || hasKey(segments.first()) ? 1 : 2;
        if (segments.size() > navigationAt && kOutlookNavigation.contains(segments.at(navigationAt))) {
            return false;
        }
    }
    return true;
}

int ThrottleBudget::cost(const QByteArray& method, const QStringList& segments, const QUrlQuery& query)
{
    const bool get = method == "GET";
    const bool post = method == "POST";
    QStringList path;
    for (const auto& s : segments) {
        path.append(name(s));
    }
    const QString root = path.value(0);
    // users/{id}/… is priced as me/… (the page says so); keyed segments "users('x')" count as users/{id}.
    QStringList rest;
    if (root == QLatin1String("me")) {
        rest = path.mid(1);
    } else if (root == QLatin1String("users")) {
        rest = hasKey(segments.first()) ? path.mid(1) : path.mid(2);
    }
    const bool collection = path.size() == 1 && !hasKey(segments.first());
    int base = 1;
    if (get && collection
        && (root == QLatin1String("users") || root == QLatin1String("applications")
            || root == QLatin1String("oauth2PermissionGrants"))) {
        base = 2;
    } else if (get && root == QLatin1String("oauth2PermissionGrants")) {
        base = 2; // oauth2PermissionGrants/{id}
    } else if (get && collection && root == QLatin1String("subscribedSkus")) {
        base = 3;
    } else if (post && root == QLatin1String("directoryObjects") && path.value(1) == QLatin1String("getByIds")) {
        base = 3;
    } else if (get && root == QLatin1String("servicePrincipals") && path.size() >= 2
               && path.last() == QLatin1String("appRoleAssignments")) {
        base = 2;
    } else if (get && root == QLatin1String("groups") && path.size() >= 2) {
        if (path.last() == QLatin1String("transitiveMembers")) {
            base = 5;
        } else if (path.last() == QLatin1String("members")) {
            base = 3;
        }
    } else if (get && root == QLatin1String("applications") && path.last() == QLatin1String("extensionProperties")) {
        base = 2;
    } else if (!rest.isEmpty()) {
        const QString nav = rest.first();
        if (post && (nav == QLatin1String("checkMemberGroups") || nav == QLatin1String("checkMemberObjects"))) {
            base = 4;
        } else if (post && (nav == QLatin1String("getMemberGroups") || nav == QLatin1String("getMemberObjects"))) {
            base = 2;
        } else if (get
                   && (nav == QLatin1String("licenseDetails") || nav == QLatin1String("memberOf")
                       || nav == QLatin1String("ownedObjects") || nav == QLatin1String("transitiveMemberOf"))) {
            base = 2;
        }
    }
    const bool select = !option(query, QStringLiteral("$select")).trimmed().isEmpty();
    int cost = base;
    if (select) {
        cost -= 1;
    }
    if (!option(query, QStringLiteral("$expand")).trimmed().isEmpty()) {
        cost += 1;
    }
    bool topOk = false;
    const int top = option(query, QStringLiteral("$top")).toInt(&topOk);
    if (topOk && top < 20) {
        cost -= 1;
    }
    return std::max(1, cost);
}

bool ThrottleBudget::isWrite(const QByteArray& method, const QStringList& segments)
{
    if (method == "GET" || method == "HEAD") {
        return false;
    }
    return !(method == "POST" && !segments.isEmpty() && kListedPosts.contains(name(segments.last())));
}

void ThrottleBudget::age(Window& window, qint64 now) const
{
    while (!window.units.empty() && window.units.front().first <= now - WindowMs) {
        window.used -= window.units.front().second;
        window.units.pop_front();
    }
    while (!window.writes.empty() && window.writes.front() <= now - WriteWindowMs) {
        window.writes.pop_front();
    }
}

ThrottleBudget::Decision ThrottleBudget::charge(const QString& appId, const QString& tenantId, bool write, int cost)
{
    Decision decision;
    decision.cost = cost;
    if (!enabled()) {
        return decision;
    }
    if (!m_clock.isValid()) {
        m_clock.start();
    }
    const qint64 now = m_clock.elapsed();
    Window& window = m_windows[appId.toLower() + QLatin1Char('/') + tenantId.toLower()];
    age(window, now);
    if (write && int(window.writes.size()) >= WriteQuota) {
        decision.throttled = true;
        decision.writeLimit = true;
        decision.retryAfterSeconds = double(window.writes.front() + WriteWindowMs - now) / 1000.0;
    } else if (window.used + cost > m_quota) {
        // Free again once enough of the oldest units have left the window.
        int freed = 0;
        qint64 at = now;
        for (const auto& [time, units] : window.units) {
            freed += units;
            at = time + WindowMs;
            if (window.used - freed + cost <= m_quota) {
                break;
            }
        }
        decision.throttled = true;
        decision.retryAfterSeconds = double(at - now) / 1000.0;
    }
    if (decision.throttled) {
        decision.retryAfterSeconds = std::max(0.1, std::ceil(decision.retryAfterSeconds * 1000.0) / 1000.0);
        decision.usage = double(window.used + cost) / double(m_quota);
        ++m_throttled;
        return decision;
    }
    window.units.emplace_back(now, cost);
    window.used += cost;
    if (write) {
        window.writes.push_back(now);
    }
    m_charged += cost;
    decision.usage = double(window.used) / double(m_quota);
    return decision;
}
