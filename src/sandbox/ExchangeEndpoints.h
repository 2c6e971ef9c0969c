#pragma once

#include "SandboxHttp.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

class ExchangeDirectory;
class TenantStore;
class TokenService;

/**
 * Exchange Online's admin API as the EXO V3 module uses it:
 *   POST /adminapi/beta/{tenant}/InvokeCommand  {"CmdletInput":{"CmdletName":…,"Parameters":{…}}}
 *   GET  the @odata.nextLink of an earlier answer (…/InvokeCommand?$skiptoken=…)
 * and the control endpoint of the propagation delay and default page size (also /_sandbox/exchange/propagation):
 *   GET|POST /_sandbox/exchange/settings  {"delayMs":N, "pageSize":N}
 *
 * Answers {"@odata.context","value":[rows],"@odata.nextLink"?} (page size: Prefer odata.maxpagesize, else 1000).
 * Caller rules, as measured against the real service: no or invalid token, or a token for another audience: 401
 * with an empty body; a delegated token whose user is neither Exchange Administrator nor Global Administrator
 * (Global Reader: Get-/Test- only), or an unknown cmdlet: 403 whose body is NUL bytes. A cmdlet failure: 400/404
 * {"error":{"code","message":"Invalid Operation","details":[{"message":"Ex…|Type|text"}],
 *  "innererror":{"internalexception":{"message":text}}}}.
 */
class ExchangeEndpoints
{
public:
    ExchangeEndpoints(TenantStore& store, TokenService& tokens, ExchangeDirectory& directory);

    static bool handles(const QString& path); // /adminapi/…, /_sandbox/exchange/…
    SandboxResponse handle(const SandboxRequest& request);
    void reset(); // forgets paging state

    static SandboxResponse cmdletError(int status, const QString& exceptionType, const QString& message);
    static SandboxResponse nulForbidden(); // Exchange's 403 with a body of NUL bytes

private:
    SandboxResponse propagation(const SandboxRequest& request);
    SandboxResponse
    page(const SandboxRequest& request, const QString& root, const QJsonArray& rows, int offset, int size);

    struct Paging
    {
        QJsonArray rows;
        int pageSize = 1000;
    };

    TenantStore& m_store;
    TokenService& m_tokens;
    ExchangeDirectory& m_directory;
    QHash<QString, Paging> m_paging; // skiptoken prefix -> result set
    quint64 m_nextPaging = 0;
    int m_defaultPageSize = 1000; // Exchange's own default; tests lower it to exercise paging
};
