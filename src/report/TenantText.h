#pragma once

#include <QByteArray>
#include <QString>

/**
 * Tenant strings — app, publisher, group and user names, justifications, permission descriptions, server
 * errors — are written by outsiders: the publisher of any app chooses its name. This is the one place that makes
 * such text safe for each place it goes, so no generator or printer has its own rule.
 *
 * "Control" here means what can end a line, drive a terminal or reorder what is shown: C0 (U+0000–U+001F),
 * DEL, C1 (U+0080–U+009F, NEL U+0085 among them), the line and paragraph separators U+2028/U+2029, and the
 * bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks (U+200E
 * LRM, U+200F RLM, U+061C ALM). A name with "\u202Eexe.nwolf" shows as "flown.exe": the admin would decide on a
 * name that is not the one the tenant holds.
 *
 * Where each goes (one rule per surface): terminals, PowerShell, CSV and JSON drop or escape them (below); HTML
 * reports drop every format character (SnapshotDiffReport); widgets that show a name the admin decides on show
 * each bidirectional control as U+FFFD (forDisplay), so the trick is visible instead of silently undone.
 */
class TenantText
{
public:
    static bool isControl(char16_t c);
    static bool isBidiControl(char16_t c); // the bidirectional controls above (a subset of isControl)
    static bool hasBidiControl(const QString& text);
    // The controls that separate words (tab, LF, VT, FF, CR, NEL, U+2028, U+2029): shown as a space, not dropped.
    static bool isBreak(char16_t c);
    static bool hasControl(const QString& text);
    // PowerShell's single quotes: ' U+2018 U+2019 U+201A U+201B (its tokenizer treats all five alike).
    static bool isPowerShellQuote(char16_t c);
    // Any character a quoting parser (PowerShell, OPATH) may take for a quote, or that looks like one.
    static bool isQuoteLike(char16_t c);
    static bool hasQuoteLike(const QString& text);

    // One line of plain text: tabs and line breaks become a space, every other control is removed.
    static QString singleLine(const QString& text);
    // For a terminal: singleLine(), so no escape sequence (ESC ]52 clipboard writes, ESC [2J) reaches it.
    static QString forTerminal(const QString& text);
    // Several lines for a terminal: '\n' and '\t' stay, every other control goes as in singleLine().
    static QString forTerminalLines(const QString& text);

    // The text of a "# …" comment: one line (PowerShell ends a comment at CR as well as LF), and no "<#"/"#>",
    // which would open or close a block comment if the line were ever pasted inside one.
    static QString forPowerShellComment(const QString& text);
    // A complete PowerShell expression with exactly this value: single-quoted, its quotes (all five) doubled;
    // controls, which would break the command over lines or hide part of it, become [char] codes in a
    // concatenation: ('Helper' + [char]0x000D + 'Start').
    static QString forPowerShellLiteral(const QString& text);

    // Tenant text in a widget where the admin reads it to decide (names, summaries of planned writes): every
    // bidirectional control becomes U+FFFD, visible, so nothing is shown reordered; nothing else changes (a name
    // stays the name the other views and the detail show). Plain text: the widget must not interpret markup
    // (ViewStyle::plainLabel/plainToolTip).
    static QString forDisplay(const QString& text);
    // Symbols that read as a check mark (U+2713, U+2714, U+2705, U+2611, U+221A, U+1F5F8, U+1F5F9, U+10102):
    // ConsentDesk's own "✔" marks a publisher Microsoft verified, so none of them may come from the tenant there.
    static bool isCheckMarkLike(char32_t c);
    // A name shown where ConsentDesk shows its own verification mark (the "✔" or "(unverified)" beside a publisher):
    // forDisplay(), and every check-mark-like symbol shown as U+FFFD. Publisher names, and app names too: they sit in
    // the same row or heading, so "✔ Contoso Verified Mail" beside an unverified publisher would read as our badge.
    // Where: the request list and the request pane, the Apps list and an app's page, the Overview's app lists.
    // Display only: exports, CSV and JSON keep the name as the tenant holds it (data), and so does the CLI's table,
    // which shows verification in a column of its own (VerifiedPublisher), never as a mark beside a name.
    static QString forNameBesideBadge(const QString& text);

    // The body of a desktop notification: one line, and no < > & (some Linux notification servers render the
    // body as markup, where <img src=…> would load a file; look-alikes ‹ › ＆ keep it readable everywhere).
    static QString forNotification(const QString& text);

    // One CSV cell (RFC 4180): controls other than tab, CR and LF removed; a cell that a spreadsheet would run as
    // a formula (= + - @, tab or CR first, also after leading spaces) gets a leading apostrophe (OWASP); quoted
    // when it holds a comma, quote, line break or edge space.
    static QString forCsvCell(const QString& text);

    // JSON text (UTF-8) with the controls JSON writers leave raw (DEL, C1, U+2028/U+2029, bidi controls)
    // written as \uXXXX: the same value, and nothing a terminal acts on. Valid because such characters can only
    // appear inside JSON strings.
    static QByteArray escapeJsonControls(const QByteArray& json);
    static QString escapeJsonControls(const QString& json);
};
