#include "JournalQuery.h"

#include <algorithm>

namespace {

bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool actionMatches(const QString& action, const QString& pattern)
{
    if (pattern.endsWith(QLatin1Char('*'))) {
        return action.startsWith(pattern.chopped(1), Qt::CaseInsensitive);
    }
    if (pattern.endsWith(QLatin1Char('.'))) {
        return action.startsWith(pattern, Qt::CaseInsensitive);
    }
    return action.compare(pattern, Qt::CaseInsensitive) == 0;
}

bool appMatches(const JournalEntry& entry, const QString& app)
{
    for (const char* key : {"clientId", "appId", "clientAppId", "principalId"}) {
        if (entry.target.value(QLatin1String(key)).toString().compare(app, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    // Grant entries name the client in the prior object; display names are in the target and the summary.
    return entry.prior.value(QStringLiteral("clientId")).toString().compare(app, Qt::CaseInsensitive) == 0
           || contains(entry.target.value(QStringLiteral("clientDisplayName")).toString(), app)
           || contains(entry.summary, app);
}

} // namespace

bool JournalQuery::matches(const JournalEntry& entry) const
{
    if (from.isValid() && entry.time < from) {
        return false;
    }
    if (to.isValid() && entry.time > to) {
        return false;
    }
    if (!actor.isEmpty() && !contains(entry.actor, actor) && !contains(entry.actorId, actor)) {
        return false;
    }
    if (!actions.isEmpty() && std::none_of(actions.cbegin(), actions.cend(), [&](const QString& a) {
            return actionMatches(entry.action, a);
        })) {
        return false;
    }
    if (!app.isEmpty() && !appMatches(entry, app)) {
        return false;
    }
    if (!outcomes.isEmpty() && !outcomes.contains(entry.outcome)) {
        return false;
    }
    if (!operationId.isEmpty() && entry.operationId != operationId) {
        return false;
    }
    if (!text.isEmpty() && !contains(entry.summary, text)) {
        return false;
    }
    return true;
}

QList<JournalEntry> JournalQuery::apply(const QList<JournalEntry>& entries) const
{
    QList<JournalEntry> result;
    for (const auto& e : entries) {
        if (matches(e)) {
            result.append(e);
        }
    }
    if (newestFirst) {
        std::reverse(result.begin(), result.end());
    }
    return result;
}

QHash<QString, QString> JournalQuery::restoredBy(const QList<JournalEntry>& entries)
{
    QHash<QString, QString> map;
    for (const auto& e : entries) {
        if (!e.restoresEntryId.isEmpty() && e.outcome == JournalEntry::Outcome::Succeeded) {
            map.insert(e.restoresEntryId, e.id);
        }
    }
    return map;
}

QList<JournalEntry> JournalQuery::ofOperation(const QList<JournalEntry>& entries, const QString& operationId)
{
    JournalQuery q;
    q.operationId = operationId;
    return q.apply(entries);
}
