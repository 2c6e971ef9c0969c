#pragma once

#include "directory/ConsentRequest.h"
#include "exchange/MailboxApp.h"
#include "graph/GraphError.h"
#include "settings/ConsentSettings.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * What the posture checks read (PostureService fills it, PostureEvaluator judges it; tests build it by hand). Each
 * part carries its own read error: a part that could not be read makes its checks a warning that says so.
 */
struct PostureInputs
{
    // An app that users consented to for themselves with permissions the risk catalog ranks high or critical, from
    // a publisher that is neither verified nor Microsoft.
    struct RiskyUserConsent
    {
        QString servicePrincipalId;
        QString appId;
        QString displayName;
        QStringList permissions; // the high-risk delegated claims, sorted
        int users = 0; // distinct users who consented to them
    };

    ConsentSettings settings; // its own per-part errors

    QList<ConsentRequest> requests; // every admin consent request
    GraphError requestsError;

    QList<RiskyUserConsent> riskyUserConsents;
    GraphError userConsentsError;

    QList<MailboxApp> mailboxApps; // apps holding mailbox application permissions (tenant-wide in Entra ID)
    GraphError mailboxAppsError;
    QList<MailboxApp> unscopedMailboxApps; // of those, the ones no application access policy limits
    bool exchangeRead = false; // Exchange's application access policies were read
    GraphError exchangeError; // why not

    QDateTime now; // when it was read (staleness is measured from here)
};
