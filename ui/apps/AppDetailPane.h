#pragma once

#include "auth/CapabilityMap.h"
#include "consent/AppInventory.h"

#include <QHash>
#include <QWidget>

class FirstSeenState;
class PermissionRowModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

/**
 * One app in detail: what it may do in the tenant. An "Admin consent" tab (tenant-wide delegated permissions and
 * application permissions) and a "User consent" tab (what users consented to themselves, per user), with API name,
 * Claim value, Permission, Type, Granted through, Granted by and Risk. Actions: revoke the selected rows, Keep
 * only…, revoke everything — each previewed before anything is sent.
 */
class AppDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AppDetailPane(QWidget* parent = nullptr);

    void showEmpty(const QString& text);
    void showLoading(const QString& appName);
    void setInventory(const AppInventory& inventory, const QHash<QString, QString>& grantedBy);
    void setCapabilities(const CapabilityMap& capabilities);
    void setFirstSeen(FirstSeenState* state); // the session's: the tables' First seen column
    void setBusy(bool busy, const QString& text = {});

    bool hasInventory() const { return m_has; }
    const AppInventory& inventory() const { return m_inventory; }
    QList<GrantedPermission> selectedRows() const; // in the current tab
    QTableView* adminTable() const { return m_adminTable; }
    QTableView* userTable() const { return m_userTable; }

signals:
    void revokeRowsRequested(const QList<GrantedPermission>& rows);
    void keepOnlyRequested();
    void revokeAllRequested();
    void exportRequested();
    void troubleshootRequested(const QString& user, const QString& appId); // the troubleshooter, this app filled in

private:
    QTableView* makeTable(const char* name, PermissionRowModel* model, QSortFilterProxyModel** proxy);
    void updateActions();

    AppInventory m_inventory;
    bool m_has = false;
    bool m_busy = false;
    CapabilityMap m_capabilities;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_busyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    PermissionRowModel* m_adminModel = nullptr;
    PermissionRowModel* m_userModel = nullptr;
    QSortFilterProxyModel* m_adminProxy = nullptr;
    QSortFilterProxyModel* m_userProxy = nullptr;
    QTableView* m_adminTable = nullptr;
    QTableView* m_userTable = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_keepOnly = nullptr;
    QPushButton* m_revokeAll = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_troubleshoot = nullptr;
};
