#pragma once

#include "ExchangeOperation.h"
#include "pipeline/PlanHeader.h"
#include "pipeline/WritePlan.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/**
 * An explicit list of Exchange writes (group, members, policy; or service principal, scope, role assignment) as the
 * Exchange planners build it: a PlanHeader with typed operations. The pipeline previews and runs it as a WritePlan
 * (WritePlan::from), one-to-one; steps of a recipe depend on each other, so the first failure skips the rest.
 * A dry run is a plan not run.
 */
struct ExchangePlan : PlanHeader
{
    static constexpr TenantWrite::Service service = TenantWrite::Service::Exchange;

    ExchangePlan() { failurePolicy = FailurePolicy::StopAtFirstFailure; }

    QList<ExchangeOperation> operations;

    bool isEmpty() const { return operations.isEmpty(); }
    QStringList describe() const { return WritePlan::from(*this).describe(); } // numbered lines
    // Connect-ExchangeOnline, then one line per operation.
    QString powerShellScript() const { return WritePlan::from(*this).powerShellScript(); }
    QJsonObject toJson() const { return WritePlan::from(*this).toJson(); }
};
