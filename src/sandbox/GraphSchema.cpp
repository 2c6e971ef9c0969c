#include "GraphSchema.h"

using T = ODataEntityType::Type;
using C = ODataEntityType::Capability;

namespace {

// Properties every directory object filters the same way.
void addDirectoryObjectBasics(ODataEntityType& type)
{
    type.add(QStringLiteral("id"), T::String, C::Eq)
        .add(QStringLiteral("deletedDateTime"), T::DateTime)
        .add(QStringLiteral("displayName"), T::String, C::Eq | C::StartsWith | C::EndsWith | C::OrderBy | C::Search);
}

} // namespace

const ODataEntityType& GraphSchema::user()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.user"), QStringLiteral("User"), true);
        addDirectoryObjectBasics(t);
        const int text = C::Eq | C::StartsWith | C::EndsWith | C::Search;
        t.add(QStringLiteral("userPrincipalName"), T::String, text | C::OrderBy)
            .add(QStringLiteral("mail"), T::String, text)
            .add(QStringLiteral("givenName"), T::String, text)
            .add(QStringLiteral("surname"), T::String, text)
            .add(QStringLiteral("jobTitle"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("department"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("mailNickname"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("companyName"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("officeLocation"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("userType"), T::String, C::Eq)
            .add(QStringLiteral("accountEnabled"), T::Boolean, C::Eq)
            .add(QStringLiteral("createdDateTime"), T::DateTime, C::Eq | C::Range)
            .add(QStringLiteral("proxyAddresses"), T::StringCollection, C::Any)
            .add(QStringLiteral("businessPhones"), T::StringCollection)
            .add(QStringLiteral("mobilePhone"), T::String)
            .add(QStringLiteral("preferredLanguage"), T::String)
            .add(QStringLiteral("signInActivity"), T::String)
            // Graph returns only these without $select; department, accountEnabled, userType… must be selected.
            .defaults({QStringLiteral("businessPhones"),
                       QStringLiteral("displayName"),
                       QStringLiteral("givenName"),
                       QStringLiteral("id"),
                       QStringLiteral("jobTitle"),
                       QStringLiteral("mail"),
                       QStringLiteral("mobilePhone"),
                       QStringLiteral("officeLocation"),
                       QStringLiteral("preferredLanguage"),
                       QStringLiteral("surname"),
                       QStringLiteral("userPrincipalName")});
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::group()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.group"), QStringLiteral("Group"), true);
        addDirectoryObjectBasics(t);
        t.add(QStringLiteral("mail"), T::String, C::Eq | C::StartsWith | C::EndsWith | C::Search)
            .add(QStringLiteral("mailNickname"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("description"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("mailEnabled"), T::Boolean, C::Eq)
            .add(QStringLiteral("securityEnabled"), T::Boolean, C::Eq)
            .add(QStringLiteral("isAssignableToRole"), T::Boolean, C::Eq)
            .add(QStringLiteral("groupTypes"), T::StringCollection, C::Any)
            .add(QStringLiteral("createdDateTime"), T::DateTime, C::Eq | C::Range);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::servicePrincipal()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.servicePrincipal"), QStringLiteral("ServicePrincipal"), true);
        addDirectoryObjectBasics(t);
        t.add(QStringLiteral("appId"), T::String, C::Eq)
            .add(QStringLiteral("appDisplayName"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("publisherName"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("description"), T::String, C::Search)
            .add(QStringLiteral("accountEnabled"), T::Boolean, C::Eq)
            .add(QStringLiteral("appRoleAssignmentRequired"), T::Boolean, C::Eq)
            .add(QStringLiteral("servicePrincipalType"), T::String, C::Eq)
            .add(QStringLiteral("signInAudience"), T::String, C::Eq)
            .add(QStringLiteral("appOwnerOrganizationId"), T::Guid, C::Eq)
            .add(QStringLiteral("tags"), T::StringCollection, C::Any)
            .add(QStringLiteral("servicePrincipalNames"), T::StringCollection, C::Any)
            .add(QStringLiteral("replyUrls"), T::StringCollection)
            .add(QStringLiteral("appRoles"), T::StringCollection)
            .add(QStringLiteral("oauth2PermissionScopes"), T::StringCollection)
            .add(QStringLiteral("verifiedPublisher"), T::String)
            .add(QStringLiteral("homepage"), T::String);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::directoryObject()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.directoryObject"), QStringLiteral("DirectoryObject"), true);
        addDirectoryObjectBasics(t);
        t.add(QStringLiteral("userPrincipalName"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("mail"), T::String, C::Eq | C::StartsWith | C::Search)
            .add(QStringLiteral("appId"), T::String, C::Eq)
            .add(QStringLiteral("accountEnabled"), T::Boolean, C::Eq)
            .add(QStringLiteral("userType"), T::String, C::Eq)
            .add(QStringLiteral("roleTemplateId"), T::String, C::Eq);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::directoryRole()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.directoryRole"), QStringLiteral("DirectoryRole"), true);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("displayName"), T::String, C::Eq)
            .add(QStringLiteral("description"), T::String)
            .add(QStringLiteral("roleTemplateId"), T::String, C::Eq);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::oauth2PermissionGrant()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.oAuth2PermissionGrant"), QStringLiteral("OAuth2PermissionGrant"), true);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("clientId"), T::String, C::Eq)
            .add(QStringLiteral("consentType"), T::String, C::Eq)
            .add(QStringLiteral("principalId"), T::String, C::Eq)
            .add(QStringLiteral("resourceId"), T::String, C::Eq)
            .add(QStringLiteral("scope"), T::String);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::appRoleAssignment()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.appRoleAssignment"), QStringLiteral("AppRoleAssignment"), true);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("resourceId"), T::Guid, C::Eq)
            .add(QStringLiteral("principalId"), T::Guid, C::Eq)
            .add(QStringLiteral("principalDisplayName"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("principalType"), T::String)
            .add(QStringLiteral("resourceDisplayName"), T::String)
            .add(QStringLiteral("appRoleId"), T::Guid) // not filterable: Graph answers Request_UnsupportedQuery
            .add(QStringLiteral("createdDateTime"), T::DateTime)
            .add(QStringLiteral("deletedDateTime"), T::DateTime);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::userConsentRequest()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.userConsentRequest"), QStringLiteral("UserConsentRequest"), false);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("approvalId"), T::String, C::Eq)
            .add(QStringLiteral("status"), T::String, C::Eq | C::OrderBy)
            .add(QStringLiteral("reason"), T::String, C::Eq | C::OrderBy)
            .add(QStringLiteral("createdDateTime"), T::DateTime, C::Eq | C::Range | C::OrderBy)
            .add(QStringLiteral("completedDateTime"), T::DateTime, C::Eq | C::Range)
            .add(QStringLiteral("createdBy/user/id"), T::String, C::Eq)
            .add(QStringLiteral("createdBy/user/userPrincipalName"), T::String, C::Eq)
            .add(QStringLiteral("createdBy/user/displayName"), T::String, C::Eq)
            .add(QStringLiteral("customData"), T::String);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::appConsentRequest()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.appConsentRequest"), QStringLiteral("AppConsentRequest"), false);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("appId"), T::String, C::Eq | C::OrderBy)
            .add(QStringLiteral("appDisplayName"), T::String, C::Eq | C::OrderBy)
            .add(QStringLiteral("consentType"), T::String, C::Eq)
            .add(QStringLiteral("pendingScopes"), T::StringCollection)
            .navigation(QStringLiteral("userConsentRequests"), &GraphSchema::userConsentRequest());
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::permissionGrantPolicy()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.permissionGrantPolicy"), QStringLiteral("PermissionGrantPolicy"), false);
        t.add(QStringLiteral("id"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("displayName"), T::String, C::Eq | C::StartsWith)
            .add(QStringLiteral("description"), T::String)
            .add(QStringLiteral("includeAllPreApprovedApplications"), T::Boolean, C::Eq)
            .add(QStringLiteral("resourceScopeType"), T::String, C::Eq);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::permissionGrantConditionSet()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.permissionGrantConditionSet"),
                          QStringLiteral("PermissionGrantConditionSet"),
                          false);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("permissionType"), T::String, C::Eq)
            .add(QStringLiteral("permissionClassification"), T::String, C::Eq)
            .add(QStringLiteral("resourceApplication"), T::String, C::Eq);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::conditionalAccessPolicy()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.conditionalAccessPolicy"),
                          QStringLiteral("ConditionalAccessPolicy"),
                          false);
        t.add(QStringLiteral("id"), T::String, C::Eq)
            .add(QStringLiteral("displayName"), T::String, C::Eq | C::StartsWith | C::OrderBy)
            .add(QStringLiteral("state"), T::String, C::Eq)
            .add(QStringLiteral("createdDateTime"), T::DateTime, C::Eq | C::Range | C::OrderBy)
            .add(QStringLiteral("modifiedDateTime"), T::DateTime, C::Eq | C::Range | C::OrderBy)
            .add(QStringLiteral("templateId"), T::String, C::Eq);
        return t;
    }();
    return type;
}

const ODataEntityType& GraphSchema::organization()
{
    static const ODataEntityType type = [] {
        // Graph documents only $select for /organization; nothing filters.
        ODataEntityType t(QStringLiteral("microsoft.graph.organization"), QStringLiteral("Organization"), true);
        t.add(QStringLiteral("id"), T::String)
            .add(QStringLiteral("displayName"), T::String)
            .add(QStringLiteral("tenantType"), T::String)
            .add(QStringLiteral("countryLetterCode"), T::String)
            .add(QStringLiteral("preferredLanguage"), T::String)
            .add(QStringLiteral("createdDateTime"), T::DateTime)
            .add(QStringLiteral("verifiedDomains"), T::StringCollection)
            .add(QStringLiteral("technicalNotificationMails"), T::StringCollection);
        return t;
    }();
    return type;
}
