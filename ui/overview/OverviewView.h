#pragma once

#include "common/ConsoleView.h"
#include "consent/ConsentRequestService.h"
#include "exchange/AccessPolicyState.h"

#include <QFuture>
#include <QPointer>

class ConsentRequestService;
class OverviewAppList;
class OverviewBarChart;
class OverviewHistoryChart;
class OverviewSnapshotPanel;
class QAction;
class QLabel;
class QPushButton;
class TenantAppsState;

/**
 * Overview: the tenant's consent posture at a glance, the first view after sign-in. Apps by their riskiest
 * permission; high and critical permissions granted tenant-wide (admin consent and application permissions: they act
 * for everyone); pending requests by how long they have waited; apps that reach every mailbox (mailbox application
 * permissions no Exchange access policy scopes); what users consented to themselves, riskiest first — where a consent
 * phishing campaign shows — and when ConsentDesk first saw them (OverviewHistoryChart); what changed since the last
 * snapshot (OverviewSnapshotPanel). Every bar and row opens the view that lists it, filtered
 * (ConsoleView::showRequested).
 *
 * It reads nothing of its own that another view already reads: the apps are the session's TenantAppsState (shared
 * with Apps and permissions), the Exchange policies its AccessPolicyState (shared with Mailbox access); only the
 * pending requests are one small list read (the Requests view reads with its own filters and paging; no session
 * state holds requests). The first-seen history and the last snapshot are local files, read off the GUI thread.
 * Counting follows ConsentOverview, the rule the filtered views use.
 */
class OverviewView : public ConsoleView
{
    Q_OBJECT

public:
    struct Services
    {
        ConsentRequestService* requests = nullptr;
        QAction* exportSnapshot = nullptr; // File → Export snapshot: the snapshot card's button when there is none
    };

    explicit OverviewView(const Services& services, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("overview"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;

    void refresh(); // read again what the overview shows (the shared state too: the admin asked)
    void localFilesChanged(); // a snapshot was exported or compared: the history and the last snapshot changed
    bool isLoading() const;

    OverviewBarChart* riskChart() const { return m_riskChart; }
    OverviewBarChart* tenantWideChart() const { return m_tenantWideChart; }
    OverviewBarChart* ageChart() const { return m_ageChart; }
    OverviewBarChart* userConsentChart() const { return m_userConsentChart; }
    OverviewAppList* tenantWideList() const { return m_tenantWideList; }
    OverviewAppList* mailboxList() const { return m_mailboxList; }
    OverviewAppList* userConsentList() const { return m_userConsentList; }
    OverviewHistoryChart* history() const { return m_history; }
    OverviewSnapshotPanel* snapshot() const { return m_snapshot; }

signals:
    void compareSnapshotRequested(const QString& path); // "Compare in full…": the snapshot with the tenant, every claim

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void clearAll(const QString& message);
    void readMissing(); // what is stale or not read yet
    void readHistory(); // the first-seen history, its bars' apps from the session's read when it is done
    void readRequests();
    void readPolicies();
    void drawApps();
    void drawRequests();
    void drawMailboxes();
    void updateStatus();

    Services m_services;
    QPointer<SessionState> m_session;
    QPointer<TenantAppsState> m_apps;
    QFuture<ConsentRequestService::Listing> m_listing;
    QFuture<AccessPolicyState::Snapshot> m_policyRead;
    std::optional<ConsentRequestService::Listing> m_requests;
    std::optional<AccessPolicyState::Snapshot> m_policies;
    bool m_requestsLoading = false;
    bool m_policiesLoading = false;
    bool m_stale = false; // a write changed what the overview shows while it was not on screen

    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    OverviewBarChart* m_riskChart = nullptr;
    OverviewBarChart* m_tenantWideChart = nullptr;
    OverviewAppList* m_tenantWideList = nullptr;
    OverviewBarChart* m_ageChart = nullptr;
    QLabel* m_ageNote = nullptr;
    OverviewAppList* m_mailboxList = nullptr;
    QLabel* m_mailboxNote = nullptr;
    OverviewBarChart* m_userConsentChart = nullptr;
    OverviewAppList* m_userConsentList = nullptr;
    OverviewHistoryChart* m_history = nullptr;
    OverviewSnapshotPanel* m_snapshot = nullptr;
};
