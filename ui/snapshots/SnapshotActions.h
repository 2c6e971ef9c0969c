#pragma once

#include "SnapshotDiffDialog.h"
#include "report/SnapshotIndex.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class ExchangeAdminClient;
class GraphClient;
class QAction;
class QMenu;
class QProgressDialog;
class QWidget;
class SessionState;

/**
 * The snapshot commands of the File menu: "Export snapshot…" (the signed-in tenant to a .json.gz, streamed, with
 * progress and Cancel; the file appears only when complete), "Compare snapshot with the tenant…" and "Compare two
 * snapshots…" (SnapshotDiffDialog). Files are read, indexed and compared on a worker thread behind a busy dialog
 * whose Cancel drops the answer. Every snapshot opened or taken is recorded in the first-seen history.
 */
class SnapshotActions : public QObject
{
    Q_OBJECT

public:
    SnapshotActions(QWidget* window, GraphClient* graph, ExchangeAdminClient* exchange, QObject* parent = nullptr);

    void addTo(QMenu* menu); // before the menu's first action
    void setSession(SessionState* session); // null: signed out (export and compare-with-tenant disabled)

    QAction* exportAction() const { return m_export; }
    QAction* compareLiveAction() const { return m_compareLive; }
    QAction* compareFilesAction() const { return m_compareFiles; }

    // Without the file dialogs (tests; the actions call these after asking).
    void exportTo(const QString& path);
    void compareWithTenant(const QString& beforePath);
    void compareFiles(const QString& beforePath, const QString& afterPath);
    SnapshotDiffDialog* diffDialog() const { return m_dialog; }

signals:
    void exported(const QString& path, bool ok, const QString& message);
    void compared(int changes); // -1: nothing compared (a file refused, the tenant not read)

private:
    void begin(const QString& title, const QString& text, bool cancellable); // busy, with a progress dialog
    void finish(int changes); // not busy; compared(changes)
    void opened(const QString& path, const SnapshotIndex& index); // remembered in the catalog
    bool refused(const QString& path, const QString& error); // true (and says so) when error is not empty
    void readTenantAndCompare(const SnapshotIndex& before, const QString& label);
    void showDiff(const QList<SnapshotChange>& changes,
                  const SnapshotIndex& before,
                  const QString& beforeLabel,
                  const SnapshotIndex& after,
                  const QString& afterLabel);
    void refuse(const QString& title, const QString& text);

    QWidget* m_window = nullptr;
    GraphClient* m_graph = nullptr;
    ExchangeAdminClient* m_exchange = nullptr;
    QPointer<SessionState> m_session;
    QAction* m_export = nullptr;
    QAction* m_compareLive = nullptr;
    QAction* m_compareFiles = nullptr;
    QPointer<SnapshotDiffDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    bool m_busy = false;
    // The compare under way: the context its stages continue on. finish() deletes it, so the answers of a cancelled
    // compare (a worker cannot be stopped) reach nobody.
    QObject* m_compare = nullptr;
};
