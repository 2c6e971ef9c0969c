#pragma once

#include "PlannedOperation.h"
#include "pipeline/PlanHeader.h"
#include "pipeline/WritePlan.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/**
 * An explicit list of Microsoft Graph writes (create SP, create/PATCH grant, create app role assignments, disable SP,
 * revoke, restore, or their undo) as the Graph planners build it: a PlanHeader with typed operations. The pipeline
 * previews and runs it as a WritePlan (WritePlan::from), one-to-one. A dry run is a plan not run.
 */
struct GrantPlan : PlanHeader
{
    static constexpr TenantWrite::Service service = TenantWrite::Service::Graph;

    GrantPlan() { purpose = Purpose::Grant; }

    QList<PlannedOperation> operations;

    bool isEmpty() const { return operations.isEmpty(); }
    QStringList describe() const { return WritePlan::from(*this).describe(); } // one line per operation, numbered
    QJsonObject toJson() const { return WritePlan::from(*this).toJson(); } // for `--dry-run --format json`
};
