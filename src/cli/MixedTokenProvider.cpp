#include "MixedTokenProvider.h"

MixedTokenProvider::MixedTokenProvider(StaticTokenProvider environment, TokenProvider* fallback)
    : m_environment(std::move(environment))
    , m_fallback(fallback)
{
}

QFuture<TokenProvider::Answer> MixedTokenProvider::requestToken(TokenResource resource, bool forceRefresh)
{
    // The environment's token for its resource stays authoritative: a rejected one is reported (forceRefresh), never
    // silently replaced by the stored sign-in's.
    if (m_environment.hasToken(resource) || !m_fallback) {
        return m_environment.requestToken(resource, forceRefresh);
    }
    return m_fallback->requestToken(resource, forceRefresh);
}
