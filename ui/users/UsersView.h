#pragma once

#include "common/ConsoleView.h"
#include "consent/UserConsentLookup.h"
#include "consent/UserConsentView.h"
#include "directory/User.h"

#include <QFuture>
#include <QList>

class GraphClient;
class PermissionRowModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class ServicePrincipalCache;

/**
 * Users (helpdesk): "what did this user grant, to whom?" Find a user by name, UPN or mail, then see the apps they
 * consented to themselves, the admin-consented apps that apply to everyone and so to them, their app role
 * assignments (direct and through groups), and which apps reach their mailbox through application permissions.
 * Read-only: a Global Reader or Helpdesk Administrator sees all of it. openAppRequested() leads to the app's page.
 */
class UsersView : public ConsoleView
{
    Q_OBJECT

public:
    UsersView(GraphClient* graph, ServicePrincipalCache* cache, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("users"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    // The session's mailbox scopes answer the Mailbox access column (Exchange's policies, evaluated locally).
    void setSession(SessionState* session) override;

    void search(const QString& text);
    void showUser(const QString& idOrUpn);
    UserConsentLookup* lookup() const { return m_lookup; }

signals:
    void openAppRequested(const QString& servicePrincipalId);
    void troubleshootRequested(const QString& user, const QString& appId); // the troubleshooter, this user filled in

private:
    void showView(const UserConsentView& view);
    QTableView* makeTable(const char* name, PermissionRowModel* model);

    UserConsentLookup* m_lookup = nullptr;
    bool m_signedIn = false;
    // Only the latest search and the latest user may answer: an earlier one is cancelled.
    QFuture<UserConsentLookup::Found> m_searching;
    QFuture<UserConsentView> m_loading;
    QList<User> m_results;
    QString m_shownUser; // the UPN (or id) of the user on screen

    QLineEdit* m_query = nullptr;
    QPushButton* m_find = nullptr;
    QLabel* m_searchStatus = nullptr;
    QListWidget* m_resultList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_userTitle = nullptr;
    QLabel* m_userFacts = nullptr;
    QTabWidget* m_tabs = nullptr;
    PermissionRowModel* m_consents = nullptr;
    PermissionRowModel* m_tenantWide = nullptr;
    PermissionRowModel* m_roles = nullptr;
    QTreeWidget* m_mailbox = nullptr;
};
