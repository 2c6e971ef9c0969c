#pragma once

#include <QByteArray>
#include <QIODevice>

/**
 * The body of a write (POST/PATCH/PUT that is not read-only) as a device that can be read once and never rewound.
 *
 * QNetworkAccessManager resends a request by itself — up to twice, without telling anyone — when the connection
 * closes before any byte of the answer arrived, by rewinding its body. For a write that may already have been
 * applied (the server had it; the answer was lost) that is a write applied twice: a duplicate grant, a duplicate
 * app role assignment. With this device (sequential, unbuffered, Content-Length set) the rewind fails, so the reply
 * ends with an error instead and GraphClient reports the outcome as unknown (GraphError Network), for the caller to
 * settle by reading the tenant.
 */
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(const QByteArray& data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_offset) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; } // never twice
    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_offset = 0;
};
