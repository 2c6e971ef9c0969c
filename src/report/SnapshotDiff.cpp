#include "SnapshotDiff.h"

#include "FirstSeenHistory.h"
#include "SnapshotIndex.h"
#include "Table.h"
#include "consent/TenantInventory.h"
#include "risk/RiskCatalog.h"

#include <QSet>
#include <QStringBuilder>

#include <algorithm>

namespace {

using Claim = SnapshotIndex::Claim;
using ClaimKind = SnapshotIndex::ClaimKind;
using Change = SnapshotChange::Change;
using Kind = SnapshotChange::Kind;

class RiskCache
{
public:
    explicit RiskCache(const RiskCatalog& catalog)
        : m_catalog(catalog)
    {
    }
    RiskLevel of(const Claim& c)
    {
        const bool app = c.kind == ClaimKind::Application;
        const QString key
            = (app ? QStringLiteral("a|") : QStringLiteral("d|")) + c.resourceAppId + QLatin1Char('|') + c.permission;
        const auto it = m_levels.constFind(key);
        if (it != m_levels.cend()) {
            return *it;
        }
        const RiskLevel level
            = m_catalog
                  .assess(c.resourceAppId,
                          c.permission,
                          app ? RiskCatalog::PermissionType::Application : RiskCatalog::PermissionType::Delegated)
                  .level;
        m_levels.insert(key, level);
        return level;
    }

private:
    const RiskCatalog& m_catalog;
    QHash<QString, RiskLevel> m_levels;
};

// How many users hold each (client, resource, scope) on their own: counted the first time a diff needs it (a
// tenant-wide scope added or removed), not for every index built.
class UserCounts
{
public:
    explicit UserCounts(const SnapshotIndex& index)
        : m_index(index)
    {
    }
    int of(const Claim& c)
    {
        if (!m_counted) {
            m_counted = true;
            for (const Claim& held : m_index.claims()) {
                if (held.kind == ClaimKind::UserConsent) {
                    ++m_counts[key(held)];
                }
            }
        }
        return m_counts.value(key(c));
    }

private:
    static QString key(const Claim& c)
    {
        return c.clientAppId % QLatin1Char('|') % c.resourceAppId % QLatin1Char('|') % c.permission;
    }

    const SnapshotIndex& m_index;
    bool m_counted = false;
    QHash<QString, int> m_counts;
};

SnapshotChange::Kind kindOf(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Delegated:
        return SnapshotChange::Kind::Delegated;
    case ClaimKind::UserConsent:
        return SnapshotChange::Kind::UserConsent;
    case ClaimKind::Application:
        return SnapshotChange::Kind::Application;
    }
    return SnapshotChange::Kind::Delegated;
}

// The English text (the CLI's and the exports') and the words the GUI puts in its language, from one source.
void setBefore(SnapshotChange& row, const SnapshotChange::Words& words)
{
    row.beforeWords = words;
    row.before = SnapshotChange::english(words);
}

void setAfter(SnapshotChange& row, const SnapshotChange::Words& words)
{
    row.afterWords = words;
    row.after = SnapshotChange::english(words);
}

SnapshotChange::Words removedWords()
{
    SnapshotChange::Words words;
    words.wording = SnapshotChange::Wording::Removed;
    return words;
}

SnapshotChange claimRow(SnapshotChange::Change change, const Claim& c, RiskLevel risk)
{
    SnapshotChange row;
    row.change = change;
    row.kind = kindOf(c.kind);
    row.app = c.clientName;
    row.appId = c.clientAppId;
    row.permission = c.permission;
    row.resource = c.resourceName;
    row.principal = c.principalName;
    SnapshotChange::Words held;
    held.wording = c.kind == ClaimKind::Delegated     ? SnapshotChange::Wording::GrantedForAllUsers
                   : c.kind == ClaimKind::Application ? SnapshotChange::Wording::GrantedApplication
                                                      : SnapshotChange::Wording::ConsentedByUser;
    if (change == SnapshotChange::Change::Added) {
        setAfter(row, held);
    } else {
        setBefore(row, held);
        if (change == SnapshotChange::Change::Removed) {
            setAfter(row, removedWords());
        }
    }
    row.claimKey = SnapshotIndex::claimKey(c.kind, c.clientAppId, c.resourceAppId, c.permission, c.principalId);
    row.risk = risk;
    return row;
}

SnapshotChange::Words usersWords(int n)
{
    SnapshotChange::Words words;
    words.wording = SnapshotChange::Wording::ConsentedByUsers;
    words.users = n;
    return words;
}

SnapshotChange::Words allUsersWords()
{
    SnapshotChange::Words words;
    words.wording = SnapshotChange::Wording::GrantedForAllUsers;
    return words;
}

bool partMissing(const QStringList& missing, const QString& key)
{
    for (const QString& part : missing) {
        if (key.startsWith(part)
            || (part == QLatin1String("permissionGrantPolicies")
                && key.startsWith(QLatin1String("permissionGrantPolicy:")))
            || (part == QLatin1String("applicationAccessPolicies")
                && key.startsWith(QLatin1String("applicationAccessPolicy:")))) {
            return true;
        }
    }
    return false;
}

RiskLevel settingRisk(const QString& name, const QString& after)
{
    if (name.endsWith(QLatin1String("allowUserConsentForRiskyApps"))) {
        return after == QLatin1String("true") ? RiskLevel::Critical : RiskLevel::Medium;
    }
    if (name.endsWith(QLatin1String("permissionGrantPoliciesAssigned"))) {
        return RiskLevel::High; // who may consent on their own changed
    }
    return RiskLevel::Medium;
}

void compareMaps(const QMap<QString, QString>& before,
                 const QMap<QString, QString>& after,
                 const QStringList& missing,
                 SnapshotChange::Kind kind,
                 const SnapshotIndex& afterIndex,
                 QList<SnapshotChange>& out)
{
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        if (partMissing(missing, name)) {
            continue;
        }
        const bool inBefore = before.contains(name);
        const bool inAfter = after.contains(name);
        if (inBefore && inAfter && before.value(name) == after.value(name)) {
            continue;
        }
        SnapshotChange row;
        row.kind = kind;
        row.change = !inBefore  ? SnapshotChange::Change::Added
                     : !inAfter ? SnapshotChange::Change::Removed
                                : SnapshotChange::Change::Changed;
        row.before = before.value(name);
        if (row.change == SnapshotChange::Change::Removed) {
            setAfter(row, removedWords());
        } else {
            row.after = after.value(name);
        }
        if (kind == SnapshotChange::Kind::Setting) {
            row.permission = name;
            row.risk = settingRisk(name, row.after);
        } else if (name.startsWith(QLatin1String("applicationAccessPolicy:"))) {
            // "applicationAccessPolicy:<appId>:<scope>"
            const QString rest = name.mid(int(qstrlen("applicationAccessPolicy:")));
            row.appId = rest.section(QLatin1Char(':'), 0, 0);
            row.app = afterIndex.apps().value(row.appId).displayName;
            row.subject = SnapshotChange::Subject::AccessPolicyScope;
            row.subjectName = rest.section(QLatin1Char(':'), 1);
            row.permission = SnapshotChange::englishSubject(row.subject, row.subjectName);
            // Losing a RestrictAccess policy opens every mailbox to the app again.
            row.risk = row.change == SnapshotChange::Change::Removed ? RiskLevel::High : RiskLevel::Medium;
        } else {
            row.subject = SnapshotChange::Subject::GrantPolicy;
            row.subjectName = name.section(QLatin1Char(':'), 1);
            row.permission = SnapshotChange::englishSubject(row.subject, row.subjectName);
            row.risk = RiskLevel::High; // these decide what users may consent to on their own
        }
        out.append(row);
    }
}

} // namespace

QStringList SnapshotDiff::notCompared(const SnapshotIndex& before, const SnapshotIndex& after)
{
    return notCompared(before.missingParts(), after.missingParts());
}

QStringList SnapshotDiff::notCompared(const QStringList& missingBefore, const QStringList& missingAfter)
{
    QStringList out;
    for (const QString& p : missingBefore) {
        out.append(QStringLiteral("before: ") + p);
    }
    for (const QString& p : missingAfter) {
        out.append(QStringLiteral("after: ") + p);
    }
    return out;
}

QList<SnapshotChange>
SnapshotDiff::compare(const SnapshotIndex& before, const SnapshotIndex& after, const RiskCatalog& catalog)
{
    QList<SnapshotChange> out;
    RiskCache risk(catalog);

    QStringList changedApps;
    for (auto it = after.apps().cbegin(); it != after.apps().cend(); ++it) {
        const auto old = before.apps().constFind(it.key());
        if (old == before.apps().cend()) {
            changedApps.append(it.key());
        } else if (old->displayName != it->displayName) {
            changedApps.append(it.key());
        }
    }
    for (auto it = before.apps().cbegin(); it != before.apps().cend(); ++it) {
        if (!after.apps().contains(it.key())) {
            changedApps.append(it.key());
        }
    }
    if (!changedApps.isEmpty()) {
        // One pass over the claims for all changed apps' risks.
        QHash<QString, RiskLevel> levels;
        const QSet<QString> wanted(changedApps.cbegin(), changedApps.cend());
        for (const SnapshotIndex* index : {&before, &after}) {
            for (const auto& c : index->claims()) {
                if (wanted.contains(c.clientAppId)) {
                    levels[c.clientAppId] = std::max(levels.value(c.clientAppId), risk.of(c));
                }
            }
        }
        for (const QString& key : std::as_const(changedApps)) {
            const bool inBefore = before.apps().contains(key);
            const bool inAfter = after.apps().contains(key);
            const SnapshotIndex::App app = inAfter ? after.apps().value(key) : before.apps().value(key);
            SnapshotChange row;
            row.kind = Kind::App;
            row.change = !inBefore ? Change::Added : !inAfter ? Change::Removed : Change::Changed;
            row.app = app.displayName;
            row.appId = app.appId;
            row.before = inBefore ? before.apps().value(key).displayName : QString();
            row.after = inAfter ? app.displayName : QString();
            if (!inAfter) {
                setAfter(row, removedWords());
            }
            row.risk = levels.value(key, RiskLevel::Unranked);
            out.append(row);
        }
    }

    // Claims: a tenant-wide scope that replaced (or was replaced by) per-user consents is one "changed" row.
    UserCounts usersBefore(before);
    UserCounts usersAfter(after);
    for (auto it = after.claims().cbegin(); it != after.claims().cend(); ++it) {
        if (before.claims().contains(it.key())) {
            continue;
        }
        const Claim& c = *it;
        if (c.kind == ClaimKind::Delegated) {
            const int users = usersBefore.of(c);
            if (users > 0) {
                SnapshotChange row = claimRow(Change::Changed, c, risk.of(c));
                setBefore(row, usersWords(users));
                setAfter(row, allUsersWords());
                out.append(row);
                continue;
            }
        }
        out.append(claimRow(Change::Added, c, risk.of(c)));
    }
    for (auto it = before.claims().cbegin(); it != before.claims().cend(); ++it) {
        if (after.claims().contains(it.key())) {
            continue;
        }
        const Claim& c = *it;
        if (c.kind == ClaimKind::Delegated) {
            const int users = usersAfter.of(c);
            if (users > 0) {
                SnapshotChange row = claimRow(Change::Changed, c, risk.of(c));
                setBefore(row, allUsersWords());
                setAfter(row, usersWords(users));
                out.append(row);
                continue;
            }
        }
        out.append(claimRow(Change::Removed, c, risk.of(c)));
    }

    const QStringList missing = before.missingParts() + after.missingParts();
    compareMaps(before.settings(), after.settings(), missing, Kind::Setting, after, out);
    compareMaps(before.policies(), after.policies(), missing, Kind::Policy, after, out);
    sortByRisk(out);
    return out;
}

QList<SnapshotChange>
SnapshotDiff::compareInventory(const SnapshotIndex& last, const TenantInventory& live, const RiskCatalog& catalog)
{
    // The index counted each app's holdings when it was built: comparing is one look-up per app. Risk, which takes
    // a look at every claim, is worked out afterwards for the apps that changed only.
    using Tally = SnapshotIndex::AppTally;
    auto describe = [](int scopes, int users, int application) {
        SnapshotChange::Words words;
        words.wording = SnapshotChange::Wording::AppTally;
        words.scopes = scopes;
        words.users = users;
        words.applicationPermissions = application;
        return words;
    };
    auto describeTally
        = [&describe](const Tally& t) { return describe(t.tenantWideScopes, t.users, t.applicationPermissions); };

    QList<SnapshotChange> out;
    QHash<QString, qsizetype> needRisk; // app key → its row, for the rows whose risk includes the snapshot's claims
    QSet<QString> seen;
    seen.reserve(live.apps.size());
    for (const AppSummary& s : live.apps) {
        if (s.notFound) {
            continue;
        }
        const QString key = s.app.appId.isEmpty() ? s.app.id.toLower() : s.app.appId.toLower();
        seen.insert(key);
        SnapshotChange row;
        row.kind = Kind::App;
        row.app = s.app.displayName;
        row.appId = s.app.appId;
        if (!last.apps().contains(key)) {
            row.change = Change::Added;
            setAfter(row, describe(s.tenantWideScopes, s.users, s.applicationPermissions));
            row.risk = s.highestRisk;
            out.append(row);
            continue;
        }
        const Tally t = last.tallies().value(key);
        if (t.tenantWideScopes != s.tenantWideScopes || t.users != s.users
            || t.applicationPermissions != s.applicationPermissions) {
            row.change = Change::Changed;
            setBefore(row, describeTally(t));
            setAfter(row, describe(s.tenantWideScopes, s.users, s.applicationPermissions));
            row.risk = s.highestRisk;
            needRisk.insert(key, out.size());
            out.append(row);
        }
    }
    for (auto it = last.apps().cbegin(); it != last.apps().cend(); ++it) {
        if (seen.contains(it.key())) {
            continue;
        }
        SnapshotChange row;
        row.kind = Kind::App;
        row.change = Change::Removed;
        row.app = it->displayName;
        row.appId = it->appId;
        setBefore(row, describeTally(last.tallies().value(it.key())));
        setAfter(row, removedWords());
        needRisk.insert(it.key(), out.size());
        out.append(row);
    }
    if (!needRisk.isEmpty()) {
        RiskCache risk(catalog);
        for (const auto& c : last.claims()) {
            const auto it = needRisk.constFind(c.clientAppId);
            if (it != needRisk.cend()) {
                RiskLevel& level = out[*it].risk;
                level = std::max(level, risk.of(c));
            }
        }
    }
    sortByRisk(out);
    return out;
}

void SnapshotDiff::sortByRisk(QList<SnapshotChange>& changes)
{
    std::stable_sort(changes.begin(), changes.end(), [](const SnapshotChange& a, const SnapshotChange& b) {
        if (a.risk != b.risk) {
            return a.risk > b.risk;
        }
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        if (const int c = QString::compare(a.app, b.app, Qt::CaseInsensitive); c != 0) {
            return c < 0;
        }
        if (const int c = QString::compare(a.permission, b.permission, Qt::CaseInsensitive); c != 0) {
            return c < 0;
        }
        if (const int c = QString::compare(a.principal, b.principal, Qt::CaseInsensitive); c != 0) {
            return c < 0;
        }
        return a.change < b.change;
    });
}

Table SnapshotDiff::toTable(const QList<SnapshotChange>& changes)
{
    Table table;
    table.addColumn(QStringLiteral("risk"), QStringLiteral("Risk"));
    table.addColumn(QStringLiteral("change"), QStringLiteral("Change"));
    table.addColumn(QStringLiteral("kind"), QStringLiteral("Kind"));
    table.addColumn(QStringLiteral("app"), QStringLiteral("App"));
    table.addColumn(QStringLiteral("appId"), QStringLiteral("App id"));
    table.addColumn(QStringLiteral("permission"), QStringLiteral("Permission or setting"));
    table.addColumn(QStringLiteral("resource"), QStringLiteral("Resource"));
    table.addColumn(QStringLiteral("principal"), QStringLiteral("User"));
    table.addColumn(QStringLiteral("before"), QStringLiteral("Before"));
    table.addColumn(QStringLiteral("after"), QStringLiteral("After"));
    table.addColumn(QStringLiteral("firstSeen"), QStringLiteral("First seen")); // grants only: the UTC date
    for (const auto& c : changes) {
        table.addRow({Risk::toKey(c.risk),
                      SnapshotChange::changeName(c.change),
                      SnapshotChange::kindName(c.kind),
                      c.app,
                      c.appId,
                      c.permission,
                      c.resource,
                      c.principal,
                      c.before,
                      c.after,
                      FirstSeenHistory::dateText(c.firstSeen)});
    }
    return table;
}

void SnapshotDiff::addFirstSeen(QList<SnapshotChange>& changes, const FirstSeenHistory& history)
{
    for (SnapshotChange& c : changes) {
        if (c.claimKey.isEmpty()) {
            continue;
        }
        // A second history (the other side's tenant) only moves a date back.
        const QDateTime seen = history.firstSeen(c.claimKey);
        if (seen.isValid() && (!c.firstSeen.isValid() || seen < c.firstSeen)) {
            c.firstSeen = seen;
        }
    }
}

QJsonArray SnapshotDiff::toJson(const QList<SnapshotChange>& changes)
{
    QJsonArray out;
    for (const auto& c : changes) {
        out.append(c.toJson());
    }
    return out;
}
