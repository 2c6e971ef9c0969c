#pragma once

#include <QString>

class QTextStream;

/**
 * `--format table` of the check reports (posture, troubleshoot): one block per check — status, id and title on one
 * line, then each long field (evidence, fix, command) word-wrapped to 100 columns under it — instead of a table padded
 * to its widest cell (evidence that lists apps or policies runs to hundreds of characters).
 */
class CheckBlockPrinter
{
public:
    static constexpr int kWidth = 100;
    static constexpr int kIndent = 6; // under the status column

    // idWidth: the id column, wide enough for the longest id and a space.
    CheckBlockPrinter(QTextStream& out, int idWidth);

    void check(const QString& status, const QString& id, const QString& title); // status as the JSON says it
    void field(const QString& label, const QString& text); // "Evidence: …", wrapped; nothing when text is empty

    // Word-wrapped to width, each line indented; the text's own line breaks are kept, a word longer than a line
    // stays whole.
    static QString wrapped(const QString& text, int indent = kIndent, int width = kWidth);

private:
    QTextStream& m_out;
    int m_idWidth = 12;
};
