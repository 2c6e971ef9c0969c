#include "WriteRun.h"

QString WriteRun::Result::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

bool WriteRun::allSucceeded() const
{
    return count(Result::Status::Succeeded) == results.size();
}

int WriteRun::count(Result::Status status) const
{
    int n = 0;
    for (const auto& r : results) {
        n += r.status == status ? 1 : 0;
    }
    return n;
}

QStringList WriteRun::describe() const
{
    QStringList lines;
    for (const auto& r : results) {
        const char* mark = r.status == Result::Status::Succeeded ? "✓" : r.status == Result::Status::Failed ? "✗" : "–";
        QString line = QStringLiteral("%1. %2 %3")
                           .arg(r.index + 1)
                           .arg(QString::fromUtf8(mark), r.operation ? r.operation->summary : QString());
        if (!r.message.isEmpty()) {
            line += QStringLiteral(" — ") + r.message;
        }
        lines.append(line);
    }
    return lines;
}

WritePlan WriteRun::rollbackPlan() const
{
    WritePlan rollback;
    rollback.service = plan.service;
    rollback.purpose = PlanHeader::Purpose::Rollback;
    rollback.failurePolicy = plan.failurePolicy;
    rollback.clientAppId = plan.clientAppId;
    rollback.clientDisplayName = plan.clientDisplayName;
    if (!plan.title.isEmpty()) {
        rollback.title = tr("Roll back: %1").arg(plan.title);
    }
    for (auto it = results.crbegin(); it != results.crend(); ++it) {
        if (!it->succeeded() || !it->operation) {
            continue;
        }
        const TenantWrite::Inverse inverse = it->operation->inverse(it->result, it->operation->summary);
        rollback.addNotes(inverse);
        for (const auto& op : inverse.operations) {
            std::shared_ptr<TenantWrite> undo = op->clone();
            undo->restoresEntryId = it->journalEntryId;
            rollback.operations.append(undo);
        }
    }
    return rollback;
}
