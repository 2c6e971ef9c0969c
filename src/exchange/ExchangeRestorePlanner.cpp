#include "ExchangeRestorePlanner.h"

#include <algorithm>

bool ExchangeRestorePlanner::isExchange(const JournalEntry& entry)
{
    return entry.request.value(QStringLiteral("api")).toString() == QLatin1String("exchange")
           || entry.action.startsWith(QLatin1String("exchange."));
}

bool ExchangeRestorePlanner::isRestorable(const JournalEntry& entry)
{
    return isExchange(entry) && entry.outcome == JournalEntry::Outcome::Succeeded
           && ExchangeOperation::kindFromAction(entry.action).has_value();
}

ExchangeOperation ExchangeRestorePlanner::operationOf(const JournalEntry& entry)
{
    ExchangeOperation op;
    op.kind = ExchangeOperation::kindFromAction(entry.action).value_or(ExchangeOperation::Kind::NewPolicy);
    op.summary = entry.summary;
    op.cmdlet = entry.request.value(QStringLiteral("cmdlet")).toString();
    if (op.cmdlet.isEmpty()) {
        op.cmdlet = ExchangeOperation::cmdletOf(op.kind);
    }
    op.parameters = entry.request.value(QStringLiteral("parameters")).toObject();
    op.target = entry.target;
    op.prior = entry.prior;
    op.restoresEntryId = entry.restoresEntryId;
    return op;
}

ExchangePlan ExchangeRestorePlanner::plan(const QList<JournalEntry>& entries)
{
    ExchangePlan plan;
    plan.purpose = ExchangePlan::Purpose::Restore;
    plan.title = tr("Undo %n Exchange change(s)", nullptr, int(entries.size()));
    // Newest first: a recipe's policy is removed before its members leave the group, as an admin would undo it.
    // Reversed first, so writes recorded within the same millisecond (journal order) are undone last-first too.
    QList<JournalEntry> ordered(entries.crbegin(), entries.crend());
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.time > b.time; });
    for (const JournalEntry& entry : ordered) {
        const QString label = entry.summary.isEmpty() ? entry.action : entry.summary;
        if (!isExchange(entry)) {
            plan.refused.append(tr("%1: not an Exchange change; restore it on its own.").arg(label));
            continue;
        }
        if (entry.outcome != JournalEntry::Outcome::Succeeded) {
            plan.refused.append(entry.outcome == JournalEntry::Outcome::Pending
                                    ? tr("%1: not undone — whether it was made is not known yet.").arg(label)
                                    : tr("%1: not undone — the change was not made (%2).")
                                          .arg(label, JournalEntry::outcomeKey(entry.outcome)));
            continue;
        }
        if (!ExchangeOperation::kindFromAction(entry.action)) {
            plan.refused.append(tr("%1: not undone — unknown kind of change (%2).").arg(label, entry.action));
            continue;
        }
        const TenantWrite::Inverse inverse = operationOf(entry).inverse(entry.result, label);
        plan.addNotes(inverse);
        for (const auto& write : inverse.operations) {
            if (const auto* undo = dynamic_cast<const ExchangeOperation*>(write.get())) {
                plan.operations.append(*undo);
                plan.operations.last().restoresEntryId = entry.id;
            }
        }
    }
    return plan;
}
