#include "TerminalFilterDevice.h"

#include "report/TenantText.h"

#include <QFileDevice>

#include <cerrno>

TerminalFilterDevice::TerminalFilterDevice(QIODevice* target, Mode mode, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_mode(mode)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QString TerminalFilterDevice::filter(const QString& text, Mode mode, bool* pendingCr)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (*pendingCr) {
            *pendingCr = false;
            if (c == u'\n') {
                out += QLatin1String("\r\n");
                continue;
            }
            // A lone CR would move the cursor back and let the rest of the line overwrite what was printed.
            out.append(QLatin1Char(' '));
        }
        if (c == u'\r') {
            *pendingCr = true;
        } else if (c == u'\n' || c == u'\t' || !TenantText::isControl(c)) {
            out.append(ch);
        } else if (mode == Mode::Json && c >= 0x20) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else if (TenantText::isBreak(c)) {
            out.append(QLatin1Char(' '));
        }
    }
    return out;
}

qint64 TerminalFilterDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalFilterDevice::writeData(const char* data, qint64 size)
{
    if (!m_target) {
        return -1;
    }
    if (m_writeFailed) {
        return size; // lost already; reported once, at exit
    }
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray bytes = filter(text, m_mode, &m_pendingCr).toUtf8();
    bool written = bytes.isEmpty() || m_target->write(bytes) == bytes.size();
    if (written) {
        if (auto* file = qobject_cast<QFileDevice*>(m_target)) {
            written = file->flush();
        }
    }
    if (!written) {
        const int error = errno; // of the write or flush that failed
        m_writeFailed = true;
        m_brokenPipe = error == EPIPE;
        m_writeError = m_target->errorString();
    }
    return size;
}
