#pragma once

#include "GraphContext.h"
#include "SandboxHttp.h"

#include <optional>

class ExchangeDirectory;

/**
 * Just enough of Graph's mail and calendar API to prove mailbox scoping: GET /users/{id|upn}/messages,
 * /users/{id}/calendar/events and /users/{id}/events answer a small canned list.
 *
 * App-only callers need the application permission in their roles claim (Mail.Read/ReadBasic/ReadWrite,
 * Calendars.Read/ReadWrite) or an RBAC for Applications role assignment whose scope holds the mailbox; then the
 * Exchange application access policies *as Graph sees them* (ExchangeDirectory::policiesVisibleToGraph, i.e. after
 * the propagation delay) may still refuse with 403 ErrorAccessDenied "Access to OData is disabled.".
 * Delegated callers reach only their own mailbox here.
 */
class GraphMailEndpoints
{
public:
    static std::optional<SandboxResponse> handle(const GraphContext& context, const ExchangeDirectory& exchange);

private:
    static QJsonArray messages(const QJsonObject& mailbox);
    static QJsonArray events(const QJsonObject& mailbox);
};
