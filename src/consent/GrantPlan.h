#pragma once

#include "PlannedOperation.h"
#include "directory/Permission.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * An explicit list of tenant writes (create SP, create/PATCH grant, create app role assignments, disable SP, or
 * their undo) that a preview shows one-to-one and GrantExecutor runs in order. A dry run is a plan not executed.
 */
struct GrantPlan
{
    // Revoke: removals (RevokePlanner); Restore: re-creating what a revoke removed (RestorePlanner).
    enum class Purpose { Grant, Block, Rollback, Revoke, Restore };

    Purpose purpose = Purpose::Grant;
    QString clientAppId;
    QString clientDisplayName;
    QList<PlannedOperation> operations;
    QList<Permission> alreadyGranted; // selected but already there: no write
    QList<Permission> notGrantable; // selected but impossible (not published, resource missing for app roles)
    QStringList warnings; // for people: missing roles, skipped permissions
    QStringList refused; // Restore: entries not restored and why ("already exists", "not a revoke", …)
    QString note; // for people, shown with the preview (Revoke: issued tokens stay valid until they expire)

    bool isEmpty() const { return operations.isEmpty(); }
    QStringList describe() const; // one line per operation, numbered
    QJsonObject toJson() const; // for `--dry-run --format json`
    static QString purposeName(Purpose purpose);
};
