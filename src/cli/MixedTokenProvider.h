#pragma once

#include "graph/StaticTokenProvider.h"
#include "graph/TokenProvider.h"

/**
 * Automation tokens for the resources that have one (CONSENTDESK_ACCESS_TOKEN for Graph, CONSENTDESK_EXCHANGE_TOKEN
 * for Exchange), and the stored sign-in for the other: setting only the Exchange token must not cut Graph off. Both
 * sources belong to one tenant; CliApplication checks that before using this.
 */
class MixedTokenProvider : public TokenProvider
{
public:
    MixedTokenProvider(StaticTokenProvider environment, TokenProvider* fallback);

    QFuture<Answer> requestToken(TokenResource resource, bool forceRefresh) override;

private:
    StaticTokenProvider m_environment;
    TokenProvider* m_fallback = nullptr; // not owned: the stored sign-in (SignInManager)
};
