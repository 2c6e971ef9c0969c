#pragma once

#include "RiskLevel.h"

struct ConsentRequest;
class RiskCatalog;

/**
 * The highest risk of what a consent request asks for, from the risk catalog alone (no Graph call, so a whole queue
 * is ranked as it is listed): every pending scope as a delegated permission. The catalog knows Microsoft Graph's
 * claims by app id; a scope of another API (named by its URI in the request) is ranked by the catalog's rules for
 * any resource. The requests view and `consentdesk-cli requests list` rank by this one rule.
 */
class RequestRisk
{
public:
    static RiskLevel highest(const ConsentRequest& request);
    static RiskLevel highest(const ConsentRequest& request, const RiskCatalog& catalog);
};
