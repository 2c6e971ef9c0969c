#pragma once

#include "GrantPlan.h"
#include "PlannedOperation.h"
#include "graph/GraphError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

/**
 * What GrantExecutor did with a plan: one result per planned operation, in plan order.
 */
struct GrantExecution
{
    struct Result
    {
        enum class Status { Pending, Succeeded, Failed, Skipped };

        int index = -1;
        Status status = Status::Pending;
        PlannedOperation operation; // as sent (variables substituted, scope merged with the live grant)
        int httpStatus = 0;
        GraphError error;
        QString message; // for people: why it failed or was skipped ("needs Privileged Role Administrator")
        QJsonObject result; // the created object, or the object after the write
        QString journalEntryId;

        bool succeeded() const { return status == Status::Succeeded; }
        static QString statusName(Status status);
    };

    QString operationId; // shared by the journal entries of this run
    GrantPlan plan;
    QList<Result> results;

    bool allSucceeded() const;
    int count(Result::Status status) const;
    QStringList describe() const; // "1. ✓ …" lines for a results table or the CLI
};

Q_DECLARE_METATYPE(GrantExecution)
Q_DECLARE_METATYPE(GrantExecution::Result)
