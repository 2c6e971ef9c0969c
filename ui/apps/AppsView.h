#pragma once

#include "consent/AppInventory.h"

#include <QHash>
#include <QWidget>

class AppDetailPane;
class AppListModel;
class GrantInventory;
class GraphClient;
class Journal;
class PlanRunner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ServicePrincipalCache;
class SignInManager;
class TenantInventoryLoader;
struct GrantExecution;

/**
 * Apps & permissions: "what can this app do in our tenant?" The tenant's apps stream in page by page with what
 * each holds and its riskiest claim (sortable by risk); one app opens in detail with its Admin consent and User
 * consent; revoke, Keep only… and revoke everything go through a preview and the journal. A difference between
 * what Graph listed and what it counted is shown, never hidden.
 */
class AppsView : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        SignInManager* signIn = nullptr;
        Journal* journal = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
    };

    explicit AppsView(const Services& services, QWidget* parent = nullptr);
    ~AppsView() override;

    void setSignedIn(bool signedIn);
    void refresh();
    void selectApp(const QString& servicePrincipalIdOrAppId);
    bool isLoading() const;
    AppListModel* model() const { return m_model; }
    AppDetailPane* detail() const { return m_detail; }

signals:
    void statusMessage(const QString& text);

private:
    void loadCurrent();
    void revokeRows(const QList<GrantedPermission>& rows);
    void keepOnly();
    void revokeAll();
    void onExecuted(const GrantExecution& execution);
    QHash<QString, QString> grantedByFromJournal() const;

    Services m_services;
    AppListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    TenantInventoryLoader* m_loader = nullptr;
    GrantInventory* m_inventory = nullptr;
    PlanRunner* m_runner = nullptr;
    bool m_signedIn = false;
    int m_appGeneration = 0;
    QString m_pendingSelect;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyHolding = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_mismatch = nullptr;
    QTableView* m_table = nullptr;
    AppDetailPane* m_detail = nullptr;
};
