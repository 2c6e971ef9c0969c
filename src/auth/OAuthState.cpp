#include "OAuthState.h"

#include "Pkce.h"

QString OAuthState::generate()
{
    return QString::fromLatin1(Pkce::randomUrlSafe(24));
}

bool OAuthState::matches(const QString& expected, const QString& received)
{
    if (expected.isEmpty() || expected.size() != received.size()) {
        return false;
    }
    // No early exit: the time taken does not tell a local attacker how much of a guess was right.
    char16_t difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= char16_t(expected.at(i).unicode() ^ received.at(i).unicode());
    }
    return difference == 0;
}
