#pragma once

#include "consent/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ExchangeAdminClient;
class ExchangePlanRunner;
class GraphClient;
class Journal;
class PlanRunner;
class SessionState;
class SignInManager;

/**
 * Puts back what journaled changes removed, from the Activity view. Graph removals: what the apps hold now is read
 * first (RestorePlanner never restores a duplicate), then the restore plan runs through a PlanRunner; Exchange
 * changes are undone through an ExchangePlanRunner (ExchangeRestorePlanner). Both preview every write first and
 * are themselves journaled; the views that show what changed learn it from the session (SessionState::stale).
 */
class RestoreFlow : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        GraphClient* graph = nullptr;
        SignInManager* signIn = nullptr;
        Journal* journal = nullptr;
        ExchangeAdminClient* exchange = nullptr;
    };

    RestoreFlow(const Services& services, QWidget* dialogParent);

    void setSession(SessionState* session); // who acts, and the inventory to read from; nullptr: nothing runs
    void restore(const QList<JournalEntry>& entries); // one kind: Graph or Exchange entries
    bool isExchangeBusy() const;

signals:
    void statusMessage(const QString& text);
    void busyChanged();
    void finished(); // a restore ran (all or part of it); the journal has its entries

private:
    void restoreGraph(QList<JournalEntry> entries);

    PlanRunner* m_graphRunner = nullptr;
    ExchangePlanRunner* m_exchangeRunner = nullptr;
    QPointer<SessionState> m_session;
};
