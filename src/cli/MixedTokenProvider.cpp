#include "MixedTokenProvider.h"

MixedTokenProvider::MixedTokenProvider(StaticTokenProvider environment, TokenProvider* fallback)
    : m_environment(std::move(environment))
    , m_fallback(fallback)
{
}

void MixedTokenProvider::requestToken(TokenResource resource,
                                      bool forceRefresh,
                                      QObject* context,
                                      std::function<void(const AccessToken&, const GraphError&)> callback)
{
    // The environment's token for its resource stays authoritative: a rejected one is reported (forceRefresh), never
    // silently replaced by the stored sign-in's.
    if (m_environment.hasToken(resource) || !m_fallback) {
        m_environment.requestToken(resource, forceRefresh, context, std::move(callback));
        return;
    }
    m_fallback->requestToken(resource, forceRefresh, context, std::move(callback));
}
