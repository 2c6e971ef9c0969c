#pragma once

#include "SandboxHttp.h"
#include "TokenService.h"

#include <optional>

class ExchangeDirectory;
class ODataPager;
class TenantStore;
class ThrottleBudget;
struct SandboxOptions;

/**
 * The emulated Microsoft Graph (/v1.0 and /beta, same routes): authenticates the bearer token like Graph
 * (401 InvalidAuthenticationToken with WWW-Authenticate; an Exchange-audience token is refused), then hands the
 * request to the endpoint family owning its first segment. Unknown segments answer Graph's 400 "Resource not found
 * for the segment '…'". $batch is BatchEndpoint's; it calls handle() for each item. Directory requests are charged
 * to the caller's throttling budget (ThrottleBudget) before they are handled.
 */
class GraphEndpoints
{
public:
    GraphEndpoints(TenantStore& store, TokenService& tokens, const SandboxOptions& options, ODataPager& pager);

    static bool handles(const QString& path); // "/v1.0/…", "/beta/…"
    static bool isBatch(const QString& path); // "/v1.0/$batch"
    static QString version(const QString& path);

    SandboxResponse handle(const SandboxRequest& request);
    // Mail/calendar routes obey this organization's access policies (GraphMailEndpoints); not owned.
    void setExchange(const ExchangeDirectory* exchange) { m_exchange = exchange; }
    // Graph's identity throttling, charged per request (and per $batch item); not owned, null: none.
    void setThrottleBudget(ThrottleBudget* budget) { m_budget = budget; }
    // nullopt and *claims when the request carries a valid Graph token; else the 401 to answer.
    std::optional<SandboxResponse> authenticate(const SandboxRequest& request, TokenService::Claims* claims) const;

private:
    SandboxResponse handle(const SandboxRequest& request,
                           const TokenService::Claims& claims,
                           const QString& version,
                           const QStringList& segments);

    TenantStore& m_store;
    TokenService& m_tokens;
    const SandboxOptions& m_options;
    ODataPager& m_pager;
    const ExchangeDirectory* m_exchange = nullptr;
    ThrottleBudget* m_budget = nullptr;
};
