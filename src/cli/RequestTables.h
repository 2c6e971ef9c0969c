#pragma once

#include "consent/ConsentRequestReview.h"
#include "directory/ConsentRequest.h"
#include "report/Table.h"
#include "report/TableWriter.h"
#include "risk/RiskLevel.h"

#include <QJsonObject>
#include <QList>

/**
 * The `requests` commands' output shapes. Column keys are a contract (CSV headers, JSON keys: scripts read them);
 * titles are for people. Dates are ISO 8601 UTC in every format.
 *
 *   list: Id, App, AppId, Status, RequestCount, RequestedBy, LatestRequest, Expires, HighestRisk (RequestRisk, as
 *         the GUI's queue ranks), Permissions
 *   show: the request (same keys as list, plus ConsentType and ClientServicePrincipal), its Requesters and its
 *         Permissions (Api, ResourceAppId, Permission, Type, AdminConsentRequired, Risk, AlreadyGranted, Published,
 *         DisplayName, Description, RiskReason)
 */
class RequestTables
{
public:
    static Table list(const QList<ConsentRequest>& requests, TableWriter::Format format);

    static Table request(const ConsentRequestReview& review, TableWriter::Format format);
    static Table requesters(const ConsentRequest& request);
    static Table permissions(const ConsentRequestReview& review, TableWriter::Format format);
    // show --format json: {"Request": {…}, "Requesters": […], "Permissions": […]}.
    static QJsonObject reviewJson(const ConsentRequestReview& review);

    static QString riskText(RiskLevel level, TableWriter::Format format); // "High" for people, "high" for machines
};
