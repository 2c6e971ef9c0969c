#pragma once

#include "SandboxHttp.h"

#include <functional>

class SandboxStats;
class TenantStore;
class ThrottleBudget;
struct SandboxOptions;

/**
 * The sandbox's own JSON control API under /_sandbox (never subject to fault injection; loopback only):
 *   GET  /_sandbox/info              tenant, accepted client ids, every user's UPN with directory role names and ids
 *   GET  /_sandbox/stats             request counters by route template and status, faults injected
 *   GET  /_sandbox/export            the tenant as it is now, in the fixture's shape (--fixture loads it back)
 *   POST /_sandbox/reset             reload the fixture, forget codes, refresh tokens and sign-in sessions,
 *                                    invalidate skip tokens, zero the counters and the fault sequence
 *   POST /_sandbox/consent-requests  simulate a user who hit "Approval required" (201 with the request objects)
 *   POST /_sandbox/throttle-budget   {"budget": "S|M|L|auto|off|N"}: Graph's identity throttling from now on (until
 * reset)
 * (/_sandbox/token belongs to IdentityEndpoints.)
 */
class ControlEndpoints
{
public:
    using ResetFunction = std::function<bool(QString* error)>;

    ControlEndpoints(TenantStore& store, SandboxStats& stats, const SandboxOptions& options, ResetFunction reset);

    void setThrottleBudget(ThrottleBudget* budget) { m_budget = budget; } // not owned

    static bool handles(const QString& path);
    SandboxResponse handle(const SandboxRequest& request);

private:
    SandboxResponse info(const SandboxRequest& request) const;
    SandboxResponse createConsentRequest(const SandboxRequest& request);
    SandboxResponse setThrottleBudget(const SandboxRequest& request);
    static SandboxResponse
    error(const SandboxRequest& request, int status, const QString& code, const QString& message);

    TenantStore& m_store;
    SandboxStats& m_stats;
    const SandboxOptions& m_options;
    ResetFunction m_reset;
    ThrottleBudget* m_budget = nullptr;
};
