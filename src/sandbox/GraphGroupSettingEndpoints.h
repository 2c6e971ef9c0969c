#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <optional>

/**
 * Tenant-wide directory settings: v1.0 /groupSettings and /groupSettingTemplates, beta /settings and
 * /directorySettingTemplates (the same objects under the older names). Only the template ConsentDesk reads is
 * emulated: "Consent Policy Settings" (EnableGroupSpecificConsent, ConstrainGroupSpecificConsentToMembersOfGroupId,
 * BlockUserConsentForRiskyApps, EnableAdminConsentRequests). GET lists or reads; POST creates (201; one setting per
 * template; values not given take the template's defaults); PATCH replaces the values named (204); DELETE (204).
 * Values are strings, as in Graph; booleans are "true"/"false" in any case, the group id a GUID or empty.
 */
class GraphGroupSettingEndpoints
{
public:
    static const QString kConsentPolicySettingsTemplateId; // dffd5d46-495d-40a9-8e21-954ff55e198a

    static std::optional<SandboxResponse> handle(const GraphContext& context);

private:
    static SandboxResponse templates(const GraphContext& context, const QStringList& rest);
    static SandboxResponse create(const GraphContext& context);
    static SandboxResponse update(const GraphContext& context, const QJsonObject& setting);
    // Checks and merges `given` (a settingValue array) over `values`; an error response when a value is unknown or
    // of the wrong type.
    static std::optional<SandboxResponse>
    mergeValues(const GraphContext& context, const QJsonValue& given, const QJsonObject& templ, QJsonArray* values);
};
