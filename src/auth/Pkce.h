#pragma once

#include <QByteArray>

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method — Qt 6.4 has none (setPkceMethod is 6.8+).
 * A fresh verifier for every authorization request; it never leaves memory except in the token POST.
 */
class Pkce
{
public:
    // 32 bytes from the system CSPRNG, base64url without padding: 43 characters (RFC 7636's minimum length).
    static QByteArray generateVerifier();
    // BASE64URL(SHA256(ASCII(verifier))), no padding.
    static QByteArray challengeS256(const QByteArray& verifier);
    // 43–128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1).
    static bool isValidVerifier(const QByteArray& verifier);
    // `bytes` random bytes (rounded up to a multiple of 4) from QRandomGenerator::system(), base64url, no padding.
    static QByteArray randomUrlSafe(int bytes);
};
