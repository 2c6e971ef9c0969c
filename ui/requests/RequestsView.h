#pragma once

#include "common/ConsoleView.h"
#include "consent/ConsentRequestReview.h"
#include "consent/ConsentRequestService.h"
#include "directory/ConsentRequest.h"

#include <QFuture>
#include <QSet>
#include <QTimer>

class GraphClient;
class Journal;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class RequestActions;
class RequestDetailPane;
class RequestFilterModel;
class FilterBanner;
class RequestTableModel;
class ServicePrincipalCache;
class SignInManager;

/**
 * Pending admin consent requests: the queue (My pending / All, by status, searchable, sortable by risk and
 * expiry), one request in detail, and the actions — grant only the ticked permissions, open Microsoft's admin
 * consent page and watch the request, block the app, deny in the Entra admin center (Graph cannot). Every write is
 * previewed first, journaled before it is sent, and reported write by write with an offer to roll back.
 *
 * Keeps up by itself: refreshes every few minutes (configurable); the count of pending requests is the view's badge,
 * and newRequests() tells the shell about requests that arrived since the last look (a desktop notification).
 * The actions on one request are RequestActions'.
 */
class RequestsView : public ConsoleView
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        SignInManager* signIn = nullptr;
        Journal* journal = nullptr; // may be null: writes are then refused (never sent unjournaled)
        ConsentRequestService* requests = nullptr;
        ServicePrincipalCache* servicePrincipals = nullptr;
    };

    explicit RequestsView(const Services& services, QWidget* parent = nullptr);
    ~RequestsView() override;

    QString viewId() const override { return QStringLiteral("requests"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override; // refresh on sign-in, clear on sign-out
    // "pendingAge" with a ConsentOverview age key ("month"): every pending request of the tenant that has waited
    // that long (the list switches to all requests, pending).
    bool showFiltered(const ViewFilter& filter) override;

    void refresh();
    bool isLoading() const { return m_loading; }
    void setAutoRefreshMinutes(int minutes); // 0: off
    int pendingCount() const { return m_pendingCount; }
    RequestTableModel* model() const { return m_model; }
    RequestDetailPane* detail() const { return m_detail; }
    void selectRequest(const QString& requestId);

signals:
    void newRequests(const QList<ConsentRequest>& requests); // pending requests not seen at the previous refresh

private:
    void onListed(const QList<ConsentRequest>& requests);
    void showMessage(const QString& text);
    void loadPublishers(const QStringList& appIds);
    void fitColumn(int column); // to its contents, within a cap per column
    void onCurrentChanged();
    void review(const ConsentRequest& request);
    QString currentRequestId() const;

    Services m_services;
    RequestTableModel* m_model = nullptr;
    RequestFilterModel* m_proxy = nullptr;
    FilterBanner* m_filterBanner = nullptr;
    RequestActions* m_actions = nullptr;
    QTimer m_autoRefresh;

    QComboBox* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_interval = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_lastRefresh = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_listMessage = nullptr;
    QTableView* m_table = nullptr;
    RequestDetailPane* m_detail = nullptr;

    SessionState* m_session = nullptr;
    bool m_loading = false;
    bool m_firstListing = true;
    bool m_fitPublishers = false; // the first fit's publishers are still on their way
    // Only the latest listing and the latest review may answer: a newer one, or a sign-out, cancels the earlier.
    QFuture<ConsentRequestService::Listing> m_listing;
    QFuture<ConsentRequestReview> m_review;
    int m_pendingCount = 0;
    QSet<QString> m_seenPending; // ids of pending requests already shown, for "new request" notifications
    QString m_reselect;
};
