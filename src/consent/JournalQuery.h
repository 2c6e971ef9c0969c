#pragma once

#include "JournalEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Filters over journal entries for the Activity view and `consentdesk-cli journal list`: no model, no I/O.
 * Every set criterion must match (empty ones match everything).
 */
struct JournalQuery
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // inclusive; invalid: no upper bound
    QString actor; // UPN or object id, case-insensitive substring of either
    QStringList actions; // exact ("grant.delete") or a prefix ending in '.' or '*' ("grant.", "grant.*")
    QString app; // client SP id, appId or a display-name substring (target and summary)
    QList<JournalEntry::Outcome> outcomes;
    QString operationId;
    QString text; // substring of the summary, case-insensitive
    bool newestFirst = false;

    bool matches(const JournalEntry& entry) const;
    QList<JournalEntry> apply(const QList<JournalEntry>& entries) const; // entries oldest first (Journal::entries())

    // entry id -> id of a succeeded entry that restores it (restoresEntryId), so a view can grey out "Restore".
    static QHash<QString, QString> restoredBy(const QList<JournalEntry>& entries);
    static QList<JournalEntry> ofOperation(const QList<JournalEntry>& entries, const QString& operationId);
};
