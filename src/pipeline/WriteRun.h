#pragma once

#include "TenantWrite.h"
#include "WritePlan.h"
#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * What WriteRunner did with a plan: one result per write, in plan order, each with the write as it was sent
 * (variables substituted, prior state filled in, a grant's scope merged with the live grant) and its journal entry.
 */
struct WriteRun
{
    Q_DECLARE_TR_FUNCTIONS(WriteRun)

public:
    struct Result
    {
        enum class Status { Pending, Succeeded, Failed, Skipped };

        int index = -1;
        Status status = Status::Pending;
        std::shared_ptr<const TenantWrite> operation; // as sent
        int httpStatus = 0;
        GraphError error;
        QString message; // for people: why it failed or was skipped ("needs Privileged Role Administrator")
        QJsonObject result; // Graph: the created object, or the object after the write; Exchange: {"rows": […]}
        QString journalEntryId;

        bool succeeded() const { return status == Status::Succeeded; }
        QJsonArray rows() const { return result.value(QStringLiteral("rows")).toArray(); } // Exchange's output
        template<typename T> const T* as() const { return dynamic_cast<const T*>(operation.get()); }
        static QString statusName(Status status); // "succeeded", …
    };

    QString operationId; // shared by the journal entries of this run
    WritePlan plan;
    QList<Result> results;

    bool allSucceeded() const;
    int count(Result::Status status) const;
    QStringList describe() const; // "1. ✓ …" lines for a results list or a log

    // Undo what succeeded, newest first, from each write's inverse; what has none is refused with the reason.
    WritePlan rollbackPlan() const;
};

Q_DECLARE_METATYPE(WriteRun)
Q_DECLARE_METATYPE(WriteRun::Result)
