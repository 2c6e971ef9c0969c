#include "GrantExecution.h"

QString GrantExecution::Result::statusName(Status status)
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

bool GrantExecution::allSucceeded() const
{
    for (const auto& r : results) {
        if (!r.succeeded()) {
            return false;
        }
    }
    return true;
}

int GrantExecution::count(Result::Status status) const
{
    int n = 0;
    for (const auto& r : results) {
        n += r.status == status ? 1 : 0;
    }
    return n;
}

QStringList GrantExecution::describe() const
{
    QStringList lines;
    for (const auto& r : results) {
        QString line
            = QStringLiteral("%1. [%2] %3").arg(r.index + 1).arg(Result::statusName(r.status), r.operation.summary);
        if (!r.message.isEmpty()) {
            line += QStringLiteral(" — ") + r.message;
        }
        lines.append(line);
    }
    return lines;
}
