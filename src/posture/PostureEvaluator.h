#pragma once

#include "PostureCheck.h"
#include "PostureInputs.h"

#include <QCoreApplication>
#include <QList>

/**
 * The posture checks, pure (no I/O): CISA's Secure Cloud Business Applications (SCuBA) baseline for Entra ID,
 * section 5 "Application registration and consent" — MS.AAD.5.1 only administrators register applications, 5.2 only
 * administrators consent to applications, 5.3 an admin consent workflow is configured, 5.4 group owners do not
 * consent — then ConsentDesk's own: CD.1 apps with tenant-wide mailbox access that Exchange does not scope, CD.2
 * admin consent requests left waiting, CD.3 high-risk user consents to apps of unverified publishers.
 */
class PostureEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(PostureEvaluator)

public:
    static constexpr int kStaleRequestDays = 7; // a request older than this with nobody deciding is stale
    static constexpr int kNamesShown = 5; // evidence names this many apps, then "and N more"

    static QList<PostureCheck> evaluate(const PostureInputs& inputs);
    static bool anyFails(const QList<PostureCheck>& checks);

    static PostureCheck appRegistration(const PostureInputs& inputs); // MS.AAD.5.1
    static PostureCheck userConsent(const PostureInputs& inputs); // MS.AAD.5.2
    static PostureCheck adminConsentWorkflow(const PostureInputs& inputs); // MS.AAD.5.3
    static PostureCheck groupOwnerConsent(const PostureInputs& inputs); // MS.AAD.5.4
    static PostureCheck unscopedMailAccess(const PostureInputs& inputs); // CD.1
    static PostureCheck staleRequests(const PostureInputs& inputs); // CD.2
    static PostureCheck riskyUserConsents(const PostureInputs& inputs); // CD.3

private:
    static QString names(const QStringList& names);
};
