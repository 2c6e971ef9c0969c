#pragma once

#include "TokenProvider.h"

/**
 * Fixed tokens: CONSENTDESK_ACCESS_TOKEN / CONSENTDESK_EXCHANGE_TOKEN for automation, and tests.
 * A forced refresh cannot produce a new token, so it reports SignInRequired.
 */
class StaticTokenProvider : public TokenProvider
{
public:
    StaticTokenProvider() = default;
    StaticTokenProvider(const QByteArray& graphToken, const QByteArray& exchangeToken = {});

    static StaticTokenProvider fromEnvironment(); // reads CONSENTDESK_ACCESS_TOKEN and CONSENTDESK_EXCHANGE_TOKEN
    bool hasToken(TokenResource resource) const;
    void setToken(TokenResource resource, const QByteArray& token);

    QFuture<Answer> requestToken(TokenResource resource, bool forceRefresh) override; // always finished

private:
    QByteArray m_graph;
    QByteArray m_exchange;
};
