#include "ODataPager.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace {

constexpr int kNonceBytes = 4;
constexpr int kPayloadBytes = 12; // qint64 position + quint32 fingerprint
constexpr int kMacBytes = 8;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

} // namespace

ODataPager::ODataPager()
{
    rotateKey();
}

void ODataPager::rotateKey()
{
    m_key = randomBytes(32);
}

QByteArray ODataPager::keystream(const QByteArray& nonce, int length) const
{
    // A QByteArray first: Qt 6.8 no longer turns the QStringBuilder of a concatenation into a QByteArrayView.
    const QByteArray message = "ks" + nonce;
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).left(length);
}

QByteArray ODataPager::mac(const QByteArray& data) const
{
    return QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256).left(kMacBytes);
}

QString ODataPager::encode(qint64 position, quint32 fingerprint) const
{
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << position << fingerprint;
    }
    const QByteArray nonce = randomBytes(kNonceBytes);
    const QByteArray stream = keystream(nonce, kPayloadBytes);
    for (int i = 0; i < kPayloadBytes; ++i) {
        payload[i] = char(payload[i] ^ stream[i]);
    }
    const QByteArray body = nonce + payload;
    const QByteArray token = body + mac(body);
    return QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> ODataPager::decode(const QString& token, quint32 fingerprint) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kNonceBytes + kPayloadBytes + kMacBytes) {
        return std::nullopt;
    }
    const QByteArray body = decoded.decoded.left(kNonceBytes + kPayloadBytes);
    if (mac(body) != decoded.decoded.right(kMacBytes)) {
        return std::nullopt;
    }
    QByteArray payload = body.mid(kNonceBytes);
    const QByteArray stream = keystream(body.left(kNonceBytes), kPayloadBytes);
    for (int i = 0; i < kPayloadBytes; ++i) {
        payload[i] = char(payload[i] ^ stream[i]);
    }
    qint64 position = 0;
    quint32 storedFingerprint = 0;
    QDataStream in(payload);
    in >> position >> storedFingerprint;
    if (storedFingerprint != fingerprint || position < 0) {
        return std::nullopt;
    }
    return position;
}

quint32 ODataPager::fingerprint(const QString& path, const QUrlQuery& query)
{
    QStringList parts;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QLatin1String("$skiptoken"), Qt::CaseInsensitive) != 0) {
            parts.append(key.toLower() + QLatin1Char('=') + value);
        }
    }
    std::sort(parts.begin(), parts.end());
    const QByteArray text = (path.toLower() + QLatin1Char('?') + parts.join(QLatin1Char('&'))).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    return (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16) | (quint32(quint8(hash[2])) << 8)
           | quint32(quint8(hash[3]));
}

QString ODataPager::nextLink(const QString& base, const QUrl& url, const QUrlQuery& query, const QString& token)
{
    QUrlQuery next;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded)) {
        if (key.compare(QLatin1String("$skiptoken"), Qt::CaseInsensitive) != 0) {
            next.addQueryItem(key, value);
        }
    }
    next.addQueryItem(QStringLiteral("$skiptoken"), token);
    return base + url.path(QUrl::FullyEncoded) + QLatin1Char('?') + next.toString(QUrl::FullyEncoded);
}
