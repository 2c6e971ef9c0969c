#pragma once

#include "ExchangeOperation.h"
#include "ExchangePlan.h"
#include "graph/GraphError.h"

#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/** How an ExchangePlan ran: one result per operation, in plan order. */
struct ExchangeExecution
{
    struct Result
    {
        enum class Status { Pending, Succeeded, Failed, Skipped };

        int index = -1;
        Status status = Status::Pending;
        ExchangeOperation operation; // as sent (prior filled in)
        QJsonArray rows; // the cmdlet's output
        GraphError error;
        QString message; // for people
        QString journalEntryId;

        bool succeeded() const { return status == Status::Succeeded; }
    };

    QString operationId; // shared by the journal entries of this run
    ExchangePlan plan;
    QList<Result> results;

    bool allSucceeded() const;
    int count(Result::Status status) const;
    QStringList describe() const; // "1. ✓ …" lines
};

Q_DECLARE_METATYPE(ExchangeExecution)
