#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

/**
 * gzip (RFC 1952) on top of zlib — qCompress() writes zlib's own framing with a Qt length prefix, which gzip
 * cannot read. Writing streams: compress() pushes what it has to the device as it goes, so a large snapshot never
 * sits in memory whole. Reading refuses a truncated stream (no gzip trailer) and one that grows past a limit.
 */
class GzipCodec
{
public:
    explicit GzipCodec(QIODevice* device); // not owned; open for writing
    ~GzipCodec();
    GzipCodec(const GzipCodec&) = delete;
    GzipCodec& operator=(const GzipCodec&) = delete;

    bool write(const QByteArray& bytes);
    bool finish(); // the gzip trailer; nothing may be written after
    QString errorString() const { return m_error; }

    static bool isGzip(const QByteArray& head); // the two magic bytes 1f 8b
    // The whole stream inflated; false with *error on a damaged or truncated stream, or one over maxBytes.
    static bool inflate(const QByteArray& gzip, QByteArray* out, QString* error, qint64 maxBytes);

private:
    bool deflateSome(int flush);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QIODevice* m_device = nullptr;
    QString m_error;
    bool m_finished = false;
};
