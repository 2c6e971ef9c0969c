#pragma once

#include "GraphError.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>

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
    virtual ~TokenProvider() = default;

    // Calls `callback` exactly once — synchronously or later, on `context`'s thread; not at all when `context`
    // is destroyed first. forceRefresh: the last token got a 401; do not hand it out again.
    virtual void requestToken(TokenResource resource,
                              bool forceRefresh,
                              QObject* context,
                              std::function<void(const AccessToken& token, const GraphError& error)> callback)
        = 0;
};
