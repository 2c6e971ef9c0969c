#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * A deterministic tenant of a given size, in the fixture format TenantStore::load reads: the same size and seed give
 * byte-identical JSON (a fully specified generator, std::mt19937_64, and no clock). Approximate sizes:
 *   small  200 users, 60 service principals, 600 delegated grants, 80 app role assignments, 20 pending requests
 *   large  20 000 users, 3 000 service principals, 60 000 grants (mostly per-user), 8 000 assignments, 300 pending
 *          (one app has the consent of a quarter of the members: 5 000 users)
 *   huge   ten times large
 * Every tenant has Microsoft Graph (real permission names and ids) and Exchange Online, the seven directory roles
 * ConsentDesk cares about with members (admin@… is a Global Administrator, reader@… a Global Reader), nested and
 * mail-enabled security groups, the ConsentDesk client registrations (the same app ids as the demo tenant) with the
 * organization's consent, consent requests from users, the consent policies, Conditional Access policies and the
 * Exchange Online objects (mailboxes, mail-enabled groups, application access policies).
 */
class TenantGenerator
{
public:
    enum class Size { Small, Large, Huge };

    struct Counts
    {
        int users = 0;
        int servicePrincipals = 0; // including Microsoft's and ConsentDesk's
        int delegatedGrants = 0;
        int appRoleAssignments = 0;
        int pendingRequests = 0; // appConsentRequests with a request in progress
    };

    static std::optional<Size> parseSize(const QString& name); // "small", "large", "huge"
    static QString sizeName(Size size);
    static Counts counts(Size size);

    // graphServicePrincipal: a Microsoft Graph service principal to use (for example the demo tenant's, with all its
    // permissions); empty: MicrosoftServicePrincipals::microsoftGraph. Its object id is replaced.
    static QJsonObject generate(Size size, quint64 seed, const QJsonObject& graphServicePrincipal = {});

    static const QString kConsentDeskAppId; // the public client (as in the demo tenant)
    static const QString kMisconfiguredWebAppId; // the same app registered as a confidential "web" client
};
