#pragma once

#include "common/ConsoleView.h"
#include "consent/AppInventory.h"
#include "report/TableWriter.h"

#include <QFuture>
#include <QHash>
#include <QPointer>

class AppDetailPane;
class AppFilterModel;
class AppListModel;
class FilterBanner;
class GraphClient;
class Journal;
class PlanRunner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class ReportExportDialog;
class ServicePrincipalCache;
class SignInManager;
class TenantAppsState;
struct TenantInventory;
struct WriteRun;

/**
 * Apps and permissions: "what can this app do in our tenant?" The tenant's apps stream in page by page with what
 * each holds and its riskiest claim (sortable by risk); one app opens in detail with its Admin consent and User
 * consent; revoke, Keep only… and revoke everything go through a preview and the journal. A difference between
 * what Graph listed and what it counted is shown, never hidden. After a write elsewhere (a grant, a restore) the list
 * is read again — at once when on screen, else when next shown.
 */
class AppsView : public ConsoleView
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

    QString viewId() const override { return QStringLiteral("apps"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;
    // "highestRisk" / "tenantWideRisk" / "userConsentRisk" with a Risk key ("critical"): only the apps at that level
    // (ConsentOverview's rule); "app" with a service principal id or appId: that app selected; "apps" with service
    // principal ids as values: only those apps (none when there are none).
    bool showFiltered(const ViewFilter& filter) override;

    void refresh();
    void selectApp(const QString& servicePrincipalIdOrAppId);
    bool isLoading() const;
    AppListModel* model() const { return m_model; }
    AppDetailPane* detail() const { return m_detail; }
    // Every permission of every app into path (CSV or JSON), in a progress dialog with Cancel; the one running, if any.
    ReportExportDialog* exportFullReport(const QString& path, TableWriter::Format format);
    ReportExportDialog* runningExport() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void follow(TenantAppsState* apps); // the session's tenant-wide read, shared with the Overview
    void onFinished(const TenantInventory& inventory);
    void updateListMessage();
    void loadCurrent();
    void revokeRows(const QList<GrantedPermission>& rows);
    void keepOnly();
    void revokeAll();
    void onExecuted(const WriteRun& execution);
    QHash<QString, QString> grantedByFromJournal() const;

    Services m_services;
    AppListModel* m_model = nullptr;
    AppFilterModel* m_proxy = nullptr;
    QPointer<TenantAppsState> m_apps;
    PlanRunner* m_runner = nullptr;
    SessionState* m_session = nullptr;
    QFuture<AppInventory> m_appLoad; // the selected app's; cancelled when another is selected
    QString m_pendingSelect;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyHolding = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_exportReport = nullptr;
    QPointer<ReportExportDialog> m_export;
    QLabel* m_status = nullptr;
    QLabel* m_mismatch = nullptr;
    FilterBanner* m_filterBanner = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr; // the table, or what stands in for it
    QLabel* m_listMessage = nullptr; // signed out, reading, nothing held, nothing matches, failed
    QString m_loadError; // why the last read failed ("" when it did not)
    AppDetailPane* m_detail = nullptr;
};
