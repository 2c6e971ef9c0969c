#pragma once

#include "consent/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ExchangeAdminClient;
class GraphClient;
class Journal;
class PlanRunner;
class ServicePrincipalCache;
class SessionState;
class SignInManager;

/**
 * Puts back what journaled changes removed, from the Activity view: RestoreService plans it — by the rules
 * `consentdesk-cli journal restore` applies too (nothing restored twice, no mix of services, Graph removals
 * re-created from what the apps hold now and refused when that cannot be read in full) — and the one PlanRunner
 * previews it, runs it (journaled, itself a restore entry) and shows the results. A refusal is said, with its reason.
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
        ServicePrincipalCache* servicePrincipals = nullptr;
    };

    RestoreFlow(const Services& services, QWidget* dialogParent);

    void setSession(SessionState* session); // who acts, and the inventory to read from; nullptr: nothing runs
    void restore(const QList<JournalEntry>& entries);
    bool isBusy() const; // planning or writing

signals:
    void statusMessage(const QString& text);
    void busyChanged();
    void finished(); // a restore ran (all or part of it); the journal has its entries

private:
    QPointer<QWidget> m_dialogParent;
    Journal* m_journal = nullptr;
    PlanRunner* m_runner = nullptr;
    QPointer<SessionState> m_session;
    bool m_planning = false;
};
