#include "StaticTokenProvider.h"

#include "async/Async.h"

#include <QCoreApplication>

StaticTokenProvider::StaticTokenProvider(const QByteArray& graphToken, const QByteArray& exchangeToken)
    : m_graph(graphToken)
    , m_exchange(exchangeToken)
{
}

StaticTokenProvider StaticTokenProvider::fromEnvironment()
{
    return StaticTokenProvider(qgetenv("CONSENTDESK_ACCESS_TOKEN").trimmed(),
                               qgetenv("CONSENTDESK_EXCHANGE_TOKEN").trimmed());
}

bool StaticTokenProvider::hasToken(TokenResource resource) const
{
    return !(resource == TokenResource::Graph ? m_graph : m_exchange).isEmpty();
}

void StaticTokenProvider::setToken(TokenResource resource, const QByteArray& token)
{
    (resource == TokenResource::Graph ? m_graph : m_exchange) = token;
}

QFuture<TokenProvider::Answer> StaticTokenProvider::requestToken(TokenResource resource, bool forceRefresh)
{
    const QByteArray& token = resource == TokenResource::Graph ? m_graph : m_exchange;
    if (forceRefresh || token.isEmpty()) {
        const QString variable = resource == TokenResource::Graph ? QStringLiteral("CONSENTDESK_ACCESS_TOKEN")
                                                                  : QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN");
        return Async::ready(
            Answer {{},
                    GraphError::make(GraphError::Kind::SignInRequired,
                                     forceRefresh ? QCoreApplication::translate("StaticTokenProvider",
                                                                                "The access token in %1 was rejected "
                                                                                "(expired or for another resource).")
                                                        .arg(variable)
                                                  : QCoreApplication::translate("StaticTokenProvider",
                                                                                "No access token: sign in, or set %1.")
                                                        .arg(variable))});
    }
    return Async::ready(Answer {AccessToken {token, {}}, GraphError()});
}
