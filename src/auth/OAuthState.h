#pragma once

#include <QString>

/**
 * The OAuth `state` of one authorization request: cryptographically random, URL-safe, never reused. Qt 6.4 makes
 * one 8-character state from a time-seeded mt19937 and reuses it for every grant(), so ConsentDesk sets its own.
 */
class OAuthState
{
public:
    // 24 random bytes, base64url: 32 characters of [A-Za-z0-9_-].
    static QString generate();
    // Constant-time comparison; an empty state never matches.
    static bool matches(const QString& expected, const QString& received);
};
