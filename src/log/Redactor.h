#pragma once

#include <QString>

#include <string>

/**
 * Scrubs secrets out of text before it reaches any log sink.
 *
 * The first rule is never to hand a token to the logger; this is the safety net for what slips through:
 * Qt's own messages, server bodies echoed in warnings, URLs with a `code=` in them. It knows the keys in every
 * spelling (refresh_token, refreshToken, refresh-token), quoted with " ' or \" (JSON inside a string), form and URL
 * encoding nested to any depth (%3D, %253D), Authorization headers of any scheme, {"code":…} unless it is an error
 * code, JWTs, and the identity platform's bare opaque tokens ("0.A…", "1.A…").
 */
class Redactor
{
public:
    static constexpr const char* Mask = "[redacted]";

    static std::string scrub(const std::string& text);
    static QString scrub(const QString& text);

    // A loggable fingerprint of a secret: its length and a short hash, never the value.
    static QString fingerprint(const QByteArray& secret);
};
