#pragma once

#include <QIODevice>
#include <QStringDecoder>

/**
 * What consentdesk-cli writes to stdout and stderr passes through here, so no tenant string — an app named with
 * ESC ]52 (writes the clipboard) or ESC [2J (clears the screen), C1 controls, a CR that overwrites the line, a bidi
 * override — can drive the admin's terminal, whichever command printed it and however (tables, plans, notes,
 * errors, PowerShell). Line feeds, tabs and CRLF pairs (CSV's line ends) pass; other controls are dropped. In JSON
 * mode the controls JSON writers leave raw (DEL, C1, U+2028/U+2029, bidi) are written as \uXXXX instead: inside a
 * JSON string, the only place they can be, that is the same value.
 *
 * Write-only and unbuffered: every write decodes UTF-8 (a sequence split across writes is kept for the next),
 * filters, and hands the bytes to the target at once, so prompts appear before the CLI waits for an answer.
 * A write the target refuses (a full disk, a reader that went away) is remembered, and everything after it dropped:
 * consentdesk-cli's main() turns a lost output into exit code 1 — a reader that closed the pipe (`| head`) excepted.
 */
class TerminalFilterDevice : public QIODevice
{
    Q_OBJECT

public:
    enum class Mode { Text, Json };

    TerminalFilterDevice(QIODevice* target, Mode mode, QObject* parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    bool isSequential() const override { return true; }

    // Whether a write to the target failed, and why (the target's error text); output after it was dropped.
    bool writeFailed() const { return m_writeFailed; }
    // The failure was the reader closing the pipe (EPIPE): its choice, as with `| head`, not an error.
    bool brokenPipe() const { return m_brokenPipe; }
    QString writeError() const { return m_writeError; }

    // The filter on its own; pendingCr carries a CR seen last until the next character says whether it ends a line.
    static QString filter(const QString& text, Mode mode, bool* pendingCr);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_target = nullptr;
    Mode m_mode = Mode::Text;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    bool m_pendingCr = false;
    bool m_writeFailed = false;
    bool m_brokenPipe = false;
    QString m_writeError;
};
