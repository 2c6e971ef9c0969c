#pragma once

#include "consent/GrantExecution.h"
#include "consent/GrantPlan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class GrantExecutor;
class GraphClient;
class Journal;
class QWidget;
class SignInManager;

/**
 * The one way a view changes the tenant: preview the plan (every write, the PowerShell equivalent, Cancel as
 * default) → make sure the session holds the write permissions (incremental consent, asked by the shell) →
 * run it through GrantExecutor (journaled before each write) → show the result write by write, offering to roll
 * back what succeeded after a partial failure. Grants, blocks, revokes and restores all go through here, so every
 * destructive action asks first and shows exactly what will change.
 */
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    PlanRunner(QWidget* dialogParent, GraphClient* graph, SignInManager* signIn, Journal* journal);

    // writeScopes: the delegated write permissions the plan needs (ConsentDeskScopes::writeScopesFor).
    void run(const GrantPlan& plan, const QStringList& writeScopes);
    bool isBusy() const { return m_busy; }

signals:
    void progress(const QString& text); // "Change 2 of 3: …"
    void busyChanged(bool busy);
    void finished(const GrantExecution& execution); // after the results dialog opened
    void cancelled(); // preview closed, or write consent declined/failed: nothing was sent

private:
    void withWriteConsent(const QStringList& permissions, std::function<void()> then);
    void execute(const GrantPlan& plan);
    void setBusy(bool busy);

    QPointer<QWidget> m_parent;
    SignInManager* m_signIn = nullptr;
    Journal* m_journal = nullptr;
    GrantExecutor* m_executor = nullptr;
    std::function<void()> m_afterConsent;
    bool m_busy = false;
    int m_total = 0;
};
