#pragma once

#include "PlanHeader.h"
#include "TenantWrite.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <type_traits>

/**
 * A plan as the one write pipeline takes it: the header (PlanHeader) and the writes, in order, of one service.
 * Every front end previews exactly this (one line per write, the warnings, what is refused, the PowerShell),
 * WriteRunner runs it, and a run's rollback is one (WriteRun::rollbackPlan). The planners build typed plans
 * (GrantPlan, ExchangePlan); from() turns either into this. A dry run is a plan not run.
 */
struct WritePlan : PlanHeader
{
    using Service = TenantWrite::Service;
    using Operation = std::shared_ptr<const TenantWrite>;

    Service service = Service::Graph;
    QList<Operation> operations;

    bool isEmpty() const { return operations.isEmpty(); }
    QStringList describe() const; // "1. summary", one line per write
    // Graph: Connect-MgGraph with the scopes the writes need (and the tenant), then each command under a "# summary"
    // comment. Exchange: Connect-ExchangeOnline, then one line per cmdlet.
    QString powerShellScript(const QString& tenantId = {}) const;
    QJsonObject toJson() const; // the shape the CLI has always printed for this service's plans

    // The write at i as its own type, or null.
    template<typename T> const T* operationAs(qsizetype i) const
    {
        return i >= 0 && i < operations.size() ? dynamic_cast<const T*>(operations.at(i).get()) : nullptr;
    }

    // A typed plan (GrantPlan, ExchangePlan: a PlanHeader with `operations` of one TenantWrite type and a static
    // `service`) as the pipeline takes it.
    template<typename Plan> static WritePlan from(const Plan& plan)
    {
        WritePlan result;
        static_cast<PlanHeader&>(result) = plan;
        result.service = Plan::service;
        for (const auto& op : plan.operations) {
            result.operations.append(std::make_shared<const std::decay_t<decltype(op)>>(op));
        }
        return result;
    }
};
