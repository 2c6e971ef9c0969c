#include "CliAccount.h"

#include "CliContext.h"

#include "async/Async.h"
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
    Async::then(who->start(), this, [this, who, then](const WhoAmI::Result& result) {
        who->deleteLater();
        if (result.error) {
            m_context.printNote(QStringLiteral("note: could not find out who is signed in (%1); the journal records "
                                               "the changes without your name.")
                                    .arg(result.error.summary()));
        } else {
            m_account = result.account;
            m_capabilities = result.account.capabilities();
        }
        then();
    });
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
