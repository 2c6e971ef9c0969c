#pragma once

#include "pipeline/TenantChange.h"
#include "pipeline/WritePlan.h"
#include "pipeline/WriteRun.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ExchangeAdminClient;
class GraphClient;
class Journal;
class QWidget;
class SignInManager;
class WriteRunner;

/**
 * The GUI's one way to change the tenant, for Microsoft Graph and Exchange Online plans alike: preview the plan
 * (every write, the PowerShell equivalent, Cancel as default) → make sure the session holds the write permissions
 * (incremental consent, asked by the shell) → run it through WriteRunner (journaled before each write) → show the
 * result write by write, offering to roll back what succeeded after a partial failure. Grants, blocks, revokes,
 * restores, access policies, role assignments and the scope-an-app wizard all go through here, so every
 * destructive action asks first and shows exactly what will change.
 */
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        ExchangeAdminClient* exchange = nullptr;
        Journal* journal = nullptr; // null: nothing is ever sent, and the admin is told why
        SignInManager* signIn = nullptr; // who acts, and the write consent
    };

    PlanRunner(QWidget* dialogParent, const Services& services);
    ~PlanRunner() override;

    // writeScopes: the delegated Graph write permissions the plan needs (ConsentDeskScopes::writeScopesFor).
    void run(const WritePlan& plan, const QStringList& writeScopes = {}); // preview first
    // For a caller that showed the plan itself (the wizard's review page): no preview; the results dialog only when
    // something was not made (with the rollback offer), the caller shows success.
    void apply(const WritePlan& plan, const QStringList& writeScopes = {});
    bool isBusy() const { return m_busy; }

signals:
    void progress(const QString& text); // "Change 2 of 3: …"
    void busyChanged(bool busy);
    void finished(const WriteRun& run); // after the results (dialog) showed
    void cancelled(); // preview closed, write consent declined/failed, or no journal: nothing was sent
    void tenantChanged(TenantChanges changes); // after every write that reached the service

private:
    void withWriteConsent(const QStringList& permissions, std::function<void()> then);
    void execute(const WritePlan& plan, const QStringList& writeScopes, bool alwaysShowResults);
    void showResults(const WriteRun& run, const QStringList& writeScopes);
    void setBusy(bool busy);

    QPointer<QWidget> m_parent;
    SignInManager* m_signIn = nullptr;
    std::function<void()> m_afterConsent;
    bool m_busy = false;
    std::unique_ptr<WriteRunner> m_writes;
};
