#pragma once

#include "TroubleshootCheck.h"
#include "TroubleshootFacts.h"

#include <QCoreApplication>
#include <QList>

/**
 * The troubleshooter's checklist from what was read (no I/O), in the order an admin walks a ticket: the user, the
 * app blocked, assignment required (AADSTS50105), conditional access, the grant and what the user is still prompted
 * for, whether the user may consent to that themselves, the admin consent workflow and its reviewers, the user's
 * pending request. Each check passes, warns or fails with the evidence, and names the fix (TroubleshootCheck::Fix when
 * ConsentDesk can make it).
 */
class TroubleshootRules
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootRules)

public:
    static QList<TroubleshootCheck> evaluate(const TroubleshootFacts& facts);

    static TroubleshootCheck user(const TroubleshootFacts& facts);
    static TroubleshootCheck appEnabled(const TroubleshootFacts& facts);
    static TroubleshootCheck assignment(const TroubleshootFacts& facts);
    static TroubleshootCheck conditionalAccess(const TroubleshootFacts& facts);
    static TroubleshootCheck grant(const TroubleshootFacts& facts);
    static TroubleshootCheck userConsent(const TroubleshootFacts& facts);
    static TroubleshootCheck workflow(const TroubleshootFacts& facts);
    // The exact CLI command that gives the workflow reviewers who can approve.
    static QString reviewersCommand();
    static TroubleshootCheck pendingRequest(const TroubleshootFacts& facts);

    // The not-yet-granted permissions the user may not consent to themselves.
    static QList<Permission> needAdmin(const TroubleshootFacts& facts);
    // The app role a user is assigned with: the first enabled one users may hold, else default access (all zeros).
    static QString userAppRoleId(const ServicePrincipal& app, QString* roleName = nullptr);
};
