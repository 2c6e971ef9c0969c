#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

/**
 * Opaque $skiptoken values and absolute @odata.nextLink URLs.
 *
 * A token is the cursor position and a fingerprint of the query, XOR-encrypted with a per-server key and a random
 * nonce and authenticated with an HMAC: clients cannot read or forge it, a token replayed against a different query
 * or after /_sandbox/reset is refused (400), and the server keeps no per-cursor state.
 */
class ODataPager
{
public:
    ODataPager();

    void rotateKey(); // /_sandbox/reset: every outstanding token becomes invalid

    QString encode(qint64 position, quint32 fingerprint) const;
    std::optional<qint64> decode(const QString& token, quint32 fingerprint) const;

    // Every query option but $skiptoken, order-independent; plus the path.
    static quint32 fingerprint(const QString& path, const QUrlQuery& query);
    // base: "http://127.0.0.1:PORT" as the client reached us; keeps the original query options, replaces $skiptoken.
    static QString nextLink(const QString& base, const QUrl& url, const QUrlQuery& query, const QString& token);

private:
    QByteArray keystream(const QByteArray& nonce, int length) const;
    QByteArray mac(const QByteArray& data) const;

    QByteArray m_key;
};
