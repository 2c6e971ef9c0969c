#pragma once

#include "directory/Permission.h"

#include <QObject>
#include <QPointer>

class ConsentRequestWatcher;
class GraphClient;
class Journal;
class PlanRunner;
class RequestDetailPane;
class ServicePrincipalCache;
class SignInManager;
struct WriteRun;

/**
 * What the admin does with the request shown in a RequestDetailPane: grant only the ticked permissions, block the
 * app, open Microsoft's admin consent page and watch the request until it completes, learn why Graph cannot deny
 * it, or copy the PowerShell. Writes go through a PlanRunner (preview, journal, results, rollback); the pane shows
 * them as busy. changed() says the request list and the review must be read again.
 */
class RequestActions : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        SignInManager* signIn = nullptr;
        Journal* journal = nullptr; // may be null: writes are then refused (never sent unjournaled)
        ServicePrincipalCache* servicePrincipals = nullptr;
    };

    RequestActions(const Services& services, RequestDetailPane* detail, QWidget* dialogParent);

    bool isBusy() const; // a write is being previewed, consented to or made
    void stop(); // signed out: stop watching the admin consent page

signals:
    void statusMessage(const QString& text);
    void changed(bool reviewAgain); // a write ran, or the watched request ended; reviewAgain: the shown one changed

private:
    void grant(const QList<Permission>& permissions);
    void block();
    void showPowerShell(const QList<Permission>& permissions);
    void openAdminConsentPage();
    void openInEntra();
    void onExecuted(const WriteRun& execution);

    Services m_services;
    RequestDetailPane* m_detail = nullptr;
    QPointer<QWidget> m_dialogParent;
    PlanRunner* m_runner = nullptr;
    ConsentRequestWatcher* m_watcher = nullptr;
};
