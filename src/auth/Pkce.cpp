#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray Pkce::randomUrlSafe(int bytes)
{
    const int words = (qMax(bytes, 1) + 3) / 4;
    std::vector<quint32> buffer(size_t(words), 0);
    // system(): the operating system's CSPRNG; global() would do, but is only seeded from it.
    QRandomGenerator::system()->generate(buffer.begin(), buffer.end());
    const QByteArray raw(reinterpret_cast<const char*>(buffer.data()), qsizetype(words) * 4);
    std::fill(buffer.begin(), buffer.end(), 0u);
    return raw.left(qMax(bytes, 1)).toBase64(kBase64Url);
}

QByteArray Pkce::generateVerifier()
{
    return randomUrlSafe(32);
}

QByteArray Pkce::challengeS256(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

bool Pkce::isValidVerifier(const QByteArray& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    for (char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                                || c == '.' || c == '_' || c == '~';
        if (!unreserved) {
            return false;
        }
    }
    return true;
}
