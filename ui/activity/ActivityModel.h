#pragma once

#include "consent/JournalEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

/**
 * The activity journal as a table, newest first: when, who, what kind of change, the change in words, and how it
 * ended. One row per tenant write (Graph requests and Exchange cmdlets alike); entries that restore another entry,
 * and entries already restored, say so; so do a write whose answer was lost and the entry that sent it again.
 */
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Admin, Action, Change, Outcome, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TimeRole,
        ActionKeyRole,
        OutcomeRole,
        TenantRole,
        RestoredRole,
        RestoresRole
    };

    explicit ActivityModel(QObject* parent = nullptr);

    void setEntries(const QList<JournalEntry>& entries); // any order; shown newest first
    const JournalEntry* entry(int row) const;
    bool isRestored(const QString& entryId) const; // a later entry restores it
    // The entry that sent this one again (its answer was lost and reading the tenant showed it not made); null if none.
    const JournalEntry* resentBy(const QString& entryId) const;
    const JournalEntry* entryById(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const QString& action); // "grant.delete" -> "Delegated permissions removed"
    // The Change column: the summary; for Exchange writes the object in words ("CRM Sync → CRM Mailbox Access
    // (RestrictAccess)"), read from the cmdlet's parameters or the prior object.
    static QString changeText(const JournalEntry& entry);
    static QString outcomeText(JournalEntry::Outcome outcome);
    // What Restore can undo: a Graph removal or narrowing that succeeded, or any succeeded Exchange write (whose
    // preview may explain why it is left in place) — not yet restored: see isRestored().
    static bool isRestorable(const JournalEntry& entry);
    // Why a kind of change is never restored, for people; empty when it may be.
    static QString notRestorableReason(const JournalEntry& entry);

private:
    QList<JournalEntry> m_entries;
    QSet<QString> m_restored;
    QHash<QString, int> m_rowOf; // entry id → row
    QHash<QString, QString> m_resentBy; // entry id → the entry that sent it again
};
