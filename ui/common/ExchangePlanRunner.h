#pragma once

#include "exchange/ExchangeExecution.h"
#include "exchange/ExchangeExecutor.h"
#include "exchange/ExchangePlan.h"

#include <QObject>
#include <QPointer>

class ExchangeAdminClient;
class Journal;
class QWidget;

/**
 * The GUI's one way to run an ExchangePlan, as PlanRunner is for Graph plans: preview every cmdlet (with the
 * warnings, what will not be undone, and the PowerShell; Cancel is the default) → run it through ExchangeExecutor
 * (journaled before each write) → show the result write by write, offering to roll back what succeeded after a
 * partial failure (ExchangeRestorePlanner::planRollback). Nothing is sent before the admin confirms.
 */
class ExchangePlanRunner : public QObject
{
    Q_OBJECT

public:
    ExchangePlanRunner(QWidget* dialogParent, ExchangeAdminClient* exchange, Journal* journal);

    void setActor(const ExchangeExecutor::Actor& actor);
    void run(const ExchangePlan& plan); // preview first; nothing is sent before the user confirms
    bool isBusy() const { return m_busy; }

signals:
    void progress(const QString& text); // "Change 2 of 3: …"
    void busyChanged(bool busy);
    void finished(const ExchangeExecution& execution); // after the results dialog opened
    void cancelled(); // preview closed, or nothing could be sent

private:
    void execute(const ExchangePlan& plan);
    void setBusy(bool busy);

    QPointer<QWidget> m_parent;
    Journal* m_journal = nullptr;
    ExchangeExecutor* m_executor = nullptr;
    bool m_busy = false;
    int m_total = 0;
};
