#pragma once

#include "ExchangeOperation.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/**
 * An explicit list of Exchange writes (group, members, policy; or service principal, scope, role assignment) that
 * a preview shows one-to-one, ExchangeExecutor runs in order, and powerShellScript() prints as the Exchange Online
 * PowerShell an admin would type. A dry run is a plan not executed.
 */
struct ExchangePlan
{
    enum class Purpose { Change, Restore, Rollback };

    Purpose purpose = Purpose::Change;
    QString title;
    QList<ExchangeOperation> operations;
    QStringList warnings; // for people: deprecations, tenant-wide permissions that make a scope pointless
    QString note;
    QStringList refused; // restore/rollback: what is not undone, and why (shown, never silently dropped)

    bool isEmpty() const { return operations.isEmpty(); }
    QStringList describe() const; // numbered lines
    QString powerShellScript() const; // Connect-ExchangeOnline, then one line per operation
    QJsonObject toJson() const;
};
