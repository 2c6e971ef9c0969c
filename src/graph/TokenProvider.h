#pragma once

#include "GraphError.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>

enum class TokenResource { Graph, Exchange };

struct AccessToken
{
    QByteArray value;
    QDateTime expiresAt; // invalid: unknown

    bool isValid() const { return !value.isEmpty(); }
};

/**
 * Where GraphClient gets its bearer tokens. The sign-in code implements it; automation and tests use
 * StaticTokenProvider. Tokens stay in memory: this interface never persists anything.
 */
class TokenProvider
{
public:
    struct Answer
    {
        AccessToken token;
        GraphError error;
    };

    virtual ~TokenProvider() = default;

    // Finished exactly once: at once when a token is at hand (a caller's Async::then continues inside the call —
    // GraphClient asks before every request), else after a refresh. A provider destroyed first cancels it.
    // forceRefresh: the last token got a 401; do not hand it out again.
    virtual QFuture<Answer> requestToken(TokenResource resource, bool forceRefresh) = 0;
};
