#pragma once

#include "ExchangeOperation.h"
#include "ExchangePlan.h"
#include "consent/JournalEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * Restore for Exchange writes: from journal entries of Exchange writes (oldest first, as Journal::entries()),
 * the ExchangePlan that undoes them, newest first (a recipe's policy goes before its members). Pure: no I/O;
 * everything comes from the journal — the prior object a Set/Remove recorded, the cmdlet output a New recorded (the
 * new policy's Identity, the new role assignment's Name).
 *
 *  accessPolicy.create   -> Remove-ApplicationAccessPolicy (Identity from the output)
 *  accessPolicy.delete   -> New-ApplicationAccessPolicy (prior AppId, scope, AccessRight, Description)
 *  accessPolicy.update   -> Set-ApplicationAccessPolicy with the prior description
 *  groupMember.add       <-> groupMember.remove
 *  roleAssignment.create -> Remove-ManagementRoleAssignment (Name from the output)
 *  roleAssignment.delete -> New-ManagementRoleAssignment (prior App, Role, scope and Name)
 *
 * Creations ConsentDesk has no cmdlet to delete (groups, Exchange service principals, management scopes) are refused
 * with the PowerShell to do it by hand, as is anything that did not succeed: shown, never silently dropped. Each
 * write carries restoresEntryId, so the journal links the undo to what it undoes. The undo of each write is
 * ExchangeOperation::inverse, the same a run's rollback (WriteRun::rollbackPlan) uses.
 */
class ExchangeRestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRestorePlanner)

public:
    // An Exchange write as the journal keeps it (request.api "exchange", or an "exchange.*" action).
    static bool isExchange(const JournalEntry& entry);
    // A succeeded Exchange write of a known kind: plan() answers it with an undo or a reason.
    static bool isRestorable(const JournalEntry& entry);

    // Each entry becomes its inverse write(s) or a refusal. purpose Restore.
    static ExchangePlan plan(const QList<JournalEntry>& entries);
    // The operation as sent, rebuilt from its journal entry (prior included).
    static ExchangeOperation operationOf(const JournalEntry& entry);
};
