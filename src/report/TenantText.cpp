#include "TenantText.h"

#include <QStringList>

namespace {

QString cleaned(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (keepNewlines && (c == u'\n' || c == u'\t')) {
            out.append(ch);
        } else if (TenantText::isBreak(c)) {
            out.append(QLatin1Char(' '));
        } else if (!TenantText::isControl(c)) {
            out.append(ch);
        }
    }
    return out;
}

bool startsFormula(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char(' ')) {
        ++i; // spreadsheets skip leading blanks before deciding that a cell is a formula
    }
    if (i >= text.size()) {
        return false;
    }
    const char16_t c = text.at(i).unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t'
           || c == u'\r'
           // The full-width forms, which some spreadsheets fold to ASCII.
           || c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
}

} // namespace

bool TenantText::isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

bool TenantText::isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool TenantText::hasBidiControl(const QString& text)
{
    for (const QChar ch : text) {
        if (isBidiControl(ch.unicode())) {
            return true;
        }
    }
    return false;
}

QString TenantText::forDisplay(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        out.append(isBidiControl(c) ? QChar(QChar::ReplacementCharacter) : ch);
    }
    return out;
}

bool TenantText::isCheckMarkLike(char32_t c)
{
    return c == 0x2713 || c == 0x2714 || c == 0x2705 || c == 0x2611 || c == 0x221A || c == 0x1F5F8 || c == 0x1F5F9
           || c == 0x10102;
}

QString TenantText::forNameBesideBadge(const QString& text)
{
    const QString shown = forDisplay(text);
    QString out;
    out.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        char32_t c = shown.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(shown.at(i), shown.at(i + 1));
            units = 2;
        }
        if (isCheckMarkLike(c)) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else {
            out.append(shown.mid(i, units));
        }
        i += units - 1;
    }
    return out;
}

bool TenantText::isBreak(char16_t c)
{
    // Separators become a space rather than vanish, so "Helper\rStart" stays two words.
    return c == u'\t' || c == u'\n' || c == 0x0B || c == 0x0C || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool TenantText::hasControl(const QString& text)
{
    for (const QChar ch : text) {
        if (isControl(ch.unicode())) {
            return true;
        }
    }
    return false;
}

bool TenantText::isPowerShellQuote(char16_t c)
{
    return c == u'\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

bool TenantText::isQuoteLike(char16_t c)
{
    switch (c) {
    case u'"':
    case u'`': // PowerShell's escape character
    case 0x00AB: // «
    case 0x00B4: // ´
    case 0x00BB: // »
    case 0x02BC: // modifier letter apostrophe
    case 0x201C: // the double quotes PowerShell also accepts: “ ” „ and ‟
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2032: // primes
    case 0x2033:
    case 0x2035:
    case 0x2036:
    case 0x2039: // ‹ ›
    case 0x203A:
    case 0xFF02: // full-width " and '
    case 0xFF07:
        return true;
    default:
        return isPowerShellQuote(c);
    }
}

bool TenantText::hasQuoteLike(const QString& text)
{
    for (const QChar ch : text) {
        if (isQuoteLike(ch.unicode())) {
            return true;
        }
    }
    return false;
}

QString TenantText::singleLine(const QString& text)
{
    return cleaned(text, false);
}

QString TenantText::forTerminal(const QString& text)
{
    return cleaned(text, false);
}

QString TenantText::forTerminalLines(const QString& text)
{
    return cleaned(text, true);
}

QString TenantText::forPowerShellComment(const QString& text)
{
    QString out = singleLine(text);
    // Break up block-comment delimiters until none is left ("<<##>>" would rebuild one after a single pass).
    while (out.contains(QLatin1String("<#")) || out.contains(QLatin1String("#>"))) {
        out.replace(QLatin1String("<#"), QLatin1String("< #"));
        out.replace(QLatin1String("#>"), QLatin1String("# >"));
    }
    return out;
}

QString TenantText::forPowerShellLiteral(const QString& text)
{
    QStringList parts;
    QString current;
    bool concatenated = false;
    auto closeLiteral = [&] {
        parts.append(QLatin1Char('\'') + current + QLatin1Char('\''));
        current.clear();
    };
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isControl(c)) {
            // Inside quotes PowerShell would keep it, but the command would no longer read as one line.
            if (!current.isEmpty() || parts.isEmpty()) {
                closeLiteral();
            }
            parts.append(QStringLiteral("[char]0x")
                         + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
            concatenated = true;
            continue;
        }
        if (isPowerShellQuote(c)) {
            current.append(ch); // a quote inside a single-quoted string is written twice
        }
        current.append(ch);
    }
    if (!concatenated) {
        return QLatin1Char('\'') + current + QLatin1Char('\'');
    }
    if (!current.isEmpty()) {
        closeLiteral();
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" + ")) + QLatin1Char(')');
}

QString TenantText::forNotification(const QString& text)
{
    QString out = singleLine(text);
    out.replace(QLatin1Char('<'), QChar(0x2039));
    out.replace(QLatin1Char('>'), QChar(0x203A));
    out.replace(QLatin1Char('&'), QChar(0xFF06));
    return out;
}

QString TenantText::forCsvCell(const QString& cell)
{
    QString text;
    text.reserve(cell.size() + 3);
    for (const QChar ch : cell) {
        const char16_t c = ch.unicode();
        if (c == u'\t' || c == u'\r' || c == u'\n' || !isControl(c)) {
            text.append(ch);
        }
    }
    if (startsFormula(text)) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString TenantText::escapeJsonControls(const QString& json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar ch : json) {
        const char16_t c = ch.unicode();
        // C0 controls are escaped by every JSON writer already (and raw ones outside strings are JSON's own
        // whitespace); the rest is left raw by QJsonDocument.
        if (c >= 0x20 && isControl(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out.append(ch);
        }
    }
    return out;
}

QByteArray TenantText::escapeJsonControls(const QByteArray& json)
{
    return escapeJsonControls(QString::fromUtf8(json)).toUtf8();
}
