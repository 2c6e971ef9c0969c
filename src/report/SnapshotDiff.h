#pragma once

#include "SnapshotChange.h"

#include <QJsonArray>
#include <QList>

class FirstSeenHistory;
class RiskCatalog;
class SnapshotIndex;
struct Table;
struct TenantInventory;

/**
 * What changed between two snapshots: apps added and removed (or renamed); tenant-wide delegated scopes, users' own
 * consents and application permissions added and removed; a scope that went from per-user consent to tenant-wide
 * (or back) as one "changed" row; consent settings and policies (permission grant policies, Exchange application
 * access policies) added, removed or changed. A part either snapshot could not read is not compared (no change is
 * invented from a gap). Each row carries the risk of what it is about (RiskCatalog).
 */
class SnapshotDiff
{
public:
    static QList<SnapshotChange>
    compare(const SnapshotIndex& before, const SnapshotIndex& after, const RiskCatalog& catalog);
    // "What changed since the last snapshot" from what a session already holds: apps added and removed, and apps
    // whose tenant-wide scopes, users or application permissions changed in number (no extra Graph reads).
    static QList<SnapshotChange>
    compareInventory(const SnapshotIndex& last, const TenantInventory& live, const RiskCatalog& catalog);
    static void sortByRisk(QList<SnapshotChange>& changes); // riskiest first, then kind, app, permission, user
    // Each grant's row learns when ConsentDesk first saw the grant (a removed one too: since when it was there);
    // called with several histories (two tenants), the earliest date stays.
    static void addFirstSeen(QList<SnapshotChange>& changes, const FirstSeenHistory& history);
    static Table toTable(const QList<SnapshotChange>& changes); // the JSON keys as columns
    static QJsonArray toJson(const QList<SnapshotChange>& changes);
    // Parts not compared because one side lacks them ("before: applicationAccessPolicies").
    static QStringList notCompared(const SnapshotIndex& before, const SnapshotIndex& after);
    static QStringList notCompared(const QStringList& missingBefore, const QStringList& missingAfter);
};
