#include "ExchangeExecution.h"

bool ExchangeExecution::allSucceeded() const
{
    return count(Result::Status::Succeeded) == results.size();
}

int ExchangeExecution::count(Result::Status status) const
{
    int n = 0;
    for (const auto& r : results) {
        n += r.status == status ? 1 : 0;
    }
    return n;
}

QStringList ExchangeExecution::describe() const
{
    QStringList lines;
    for (const auto& r : results) {
        const char* mark = r.status == Result::Status::Succeeded ? "✓" : r.status == Result::Status::Failed ? "✗" : "–";
        QString line = QStringLiteral("%1. %2 %3").arg(r.index + 1).arg(QString::fromUtf8(mark), r.operation.summary);
        if (!r.message.isEmpty()) {
            line += QStringLiteral(" — ") + r.message;
        }
        lines.append(line);
    }
    return lines;
}
