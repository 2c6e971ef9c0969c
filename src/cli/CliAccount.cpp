#include "CliAccount.h"

#include "CliContext.h"

#include "auth/IdTokenClaims.h"
#include "auth/WhoAmI.h"

CliAccount::CliAccount(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void CliAccount::load(std::function<void()> then)
{
    if (m_asked || m_account) {
        then();
        return;
    }
    m_asked = true; // a failed WhoAmI is not repeated (nor its note)
    if (const auto known = m_context.account()) {
        m_account = *known;
        m_capabilities = known->capabilities();
        then();
        return;
    }
    auto* who = new WhoAmI(m_context.graph());
    if (m_context.settings().environmentGraph) {
        // The tenant id for the journal when /organization is not readable. Decoded, never printed or logged.
        QByteArray token = qgetenv("CONSENTDESK_ACCESS_TOKEN").trimmed();
        who->setClaims(IdTokenClaims::decode(token));
        token.fill('\0');
    }
    connect(who, &WhoAmI::finished, this, [this, who, then](const AccountInfo& account) {
        who->deleteLater();
        m_account = account;
        m_capabilities = account.capabilities();
        then();
    });
    connect(who, &WhoAmI::failed, this, [this, who, then](const GraphError& error) {
        who->deleteLater();
        m_context.printNote(QStringLiteral("note: could not find out who is signed in (%1); the journal records the "
                                           "changes without your name.")
                                .arg(error.summary()));
        then();
    });
    who->start();
}

const CapabilityMap* CliAccount::capabilities() const
{
    return m_account && m_account->rolesKnown ? &m_capabilities : nullptr;
}

Actor CliAccount::actor() const
{
    return m_account ? Actor::of(*m_account) : Actor {};
}

QString CliAccount::tenantLabel() const
{
    return m_account && !m_account->tenantDefaultDomain.isEmpty() ? m_account->tenantDefaultDomain
                                                                  : m_context.settings().tenant;
}
