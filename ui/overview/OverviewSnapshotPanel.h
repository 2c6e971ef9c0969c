#pragma once

#include "OverviewAppList.h"
#include "report/SnapshotChange.h"

#include <QDateTime>
#include <QFuture>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class TenantAppsState;
struct TenantInventory;

/**
 * The Overview's "what changed since the last snapshot": the newest snapshot of the tenant this computer wrote or
 * opened (SnapshotCatalog), read and compared with the session's tenant-wide read (SnapshotDiff::compareInventory:
 * apps that came or went, apps that hold more or less) off the GUI thread — a large tenant's snapshot takes seconds
 * to read. A short list, riskiest first; "N more…" shows the rest, "Compare in full…" opens the claim-level
 * comparison (compareInFullRequested). Each row of an app still in the tenant opens it in Apps and permissions
 * (activated). No snapshot yet: it says so, with a button for File → Export snapshot (the action it is given).
 */
class OverviewSnapshotPanel : public QWidget
{
    Q_OBJECT

public:
    struct Comparison
    {
        QList<SnapshotChange> changes;
        QDateTime taken; // the snapshot's createdDateTime
        QString error; // the file was refused or could not be read
    };

    static constexpr int ShortList = 6; // rows shown before "N more…"

    explicit OverviewSnapshotPanel(QAction* exportSnapshot, QWidget* parent = nullptr);

    void setTenant(const QString& tenantId, TenantAppsState* apps); // empty id, null: signed out
    void refresh(); // the catalog again (a snapshot may have been written since), then compare when the apps are read
    bool isComparing() const { return m_comparing; }
    QString snapshotPath() const { return m_path; }
    OverviewAppList* changes() const { return m_changes; }

    static Comparison compare(const QString& path, const TenantInventory& live); // any thread

signals:
    void activated(const QString& viewId, const ViewFilter& filter);
    void compareInFullRequested(const QString& path);
    void compared(); // a comparison finished (or its file was refused)

protected:
    void changeEvent(QEvent* event) override;

private:
    void compareNow();
    void show(const Comparison& comparison);
    void fillRows(); // from m_found: the colours follow the palette; short or all
    void showAll();
    void setText(const QString& text);
    QString takenText() const;

    QString m_tenantId;
    QString m_path;
    QDateTime m_taken;
    QPointer<TenantAppsState> m_apps;
    QPointer<QAction> m_exportAction;
    QFuture<Comparison> m_read;
    QList<SnapshotChange> m_found;
    bool m_expanded = false; // "N more…" was pressed
    bool m_comparing = false;
    QLabel* m_text = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_full = nullptr;
    QPushButton* m_more = nullptr;
    OverviewAppList* m_changes = nullptr;
};
