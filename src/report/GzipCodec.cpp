#include "GzipCodec.h"

#include <QIODevice>

#include <zlib.h>

namespace {

constexpr int kGzipWindow = 15 + 16; // 2^15 window; +16 asks zlib for the gzip header and trailer
constexpr int kChunk = 64 * 1024;

} // namespace

struct GzipCodec::Stream
{
    z_stream z {};
    bool ready = false;
};

GzipCodec::GzipCodec(QIODevice* device)
    : m_stream(std::make_unique<Stream>())
    , m_device(device)
{
    m_stream->ready
        = deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    if (!m_stream->ready) {
        m_error = QStringLiteral("zlib could not start compressing.");
    }
}

GzipCodec::~GzipCodec()
{
    if (m_stream->ready) {
        deflateEnd(&m_stream->z);
    }
}

bool GzipCodec::deflateSome(int flush)
{
    QByteArray out(kChunk, Qt::Uninitialized);
    int rc = Z_OK;
    do {
        m_stream->z.next_out = reinterpret_cast<Bytef*>(out.data());
        m_stream->z.avail_out = uInt(out.size());
        rc = deflate(&m_stream->z, flush);
        if (rc == Z_STREAM_ERROR) {
            m_error = QStringLiteral("zlib failed while compressing.");
            return false;
        }
        const qint64 produced = out.size() - qint64(m_stream->z.avail_out);
        if (produced > 0 && m_device->write(out.constData(), produced) != produced) {
            m_error = m_device->errorString();
            return false;
        }
    } while (m_stream->z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    return true;
}

bool GzipCodec::write(const QByteArray& bytes)
{
    if (!m_stream->ready || m_finished) {
        return false;
    }
    m_stream->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    m_stream->z.avail_in = uInt(bytes.size());
    return deflateSome(Z_NO_FLUSH);
}

bool GzipCodec::finish()
{
    if (!m_stream->ready || m_finished) {
        return false;
    }
    m_finished = true;
    m_stream->z.next_in = nullptr;
    m_stream->z.avail_in = 0;
    return deflateSome(Z_FINISH);
}

bool GzipCodec::isGzip(const QByteArray& head)
{
    return head.size() >= 2 && uchar(head.at(0)) == 0x1f && uchar(head.at(1)) == 0x8b;
}

bool GzipCodec::inflate(const QByteArray& gzip, QByteArray* out, QString* error, qint64 maxBytes)
{
    z_stream z {};
    if (inflateInit2(&z, kGzipWindow) != Z_OK) {
        *error = QStringLiteral("zlib could not start decompressing.");
        return false;
    }
    out->clear();
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzip.constData()));
    z.avail_in = uInt(gzip.size());
    QByteArray chunk(kChunk, Qt::Uninitialized);
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef*>(chunk.data());
        z.avail_out = uInt(chunk.size());
        rc = ::inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            // Z_BUF_ERROR with no input left: the stream stopped before its end (a cut-off download or copy).
            *error = (rc == Z_BUF_ERROR && z.avail_in == 0)
                         ? QStringLiteral("the compressed file is truncated (its gzip stream ends early)")
                         : QStringLiteral("the compressed file is damaged (%1)")
                               .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            inflateEnd(&z);
            return false;
        }
        out->append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        if (out->size() > maxBytes) {
            *error = QStringLiteral("the compressed file expands to more than %1 MB").arg(maxBytes / (1024 * 1024));
            inflateEnd(&z);
            return false;
        }
    }
    inflateEnd(&z);
    return true;
}
