#include "HostileText.h"

namespace HostileText {

QList<QPair<QString, QString>> powerShellNames()
{
    const QString p = Payload;
    return {
        {QStringLiteral("carriage return"), QStringLiteral("Helper\r%1 #").arg(p)},
        {QStringLiteral("line feed"), QStringLiteral("Helper\n%1 #").arg(p)},
        {QStringLiteral("CRLF"), QStringLiteral("Helper\r\n%1 #").arg(p)},
        {QStringLiteral("NEL U+0085"), QStringLiteral("Helper\u0085%1 #").arg(p)},
        {QStringLiteral("line separator U+2028"), QStringLiteral("Helper\u2028%1 #").arg(p)},
        {QStringLiteral("paragraph separator U+2029"), QStringLiteral("Helper\u2029%1 #").arg(p)},
        {QStringLiteral("vertical tab and form feed"), QStringLiteral("Helper\v\f%1 #").arg(p)},
        {QStringLiteral("NUL and ESC"), QStringLiteral("Helper%1\u001b[2J%2").arg(QChar(0)).arg(p)},
        {QStringLiteral("ASCII quote"), QStringLiteral("O'Brien'; %1; '").arg(p)},
        {QStringLiteral("right single quote"), QStringLiteral("O\u2019Brien\u2019; %1; \u2019").arg(p)},
        {QStringLiteral("left single quote"), QStringLiteral("\u2018; %1; \u2018").arg(p)},
        {QStringLiteral("low-9 quote"), QStringLiteral("\u201a; %1; \u201a").arg(p)},
        {QStringLiteral("reversed-9 quote"), QStringLiteral("\u201b; %1; \u201b").arg(p)},
        {QStringLiteral("double quotes"), QStringLiteral("\"; %1; \u201c\u201d\u201e").arg(p)},
        {QStringLiteral("subexpression"), QStringLiteral("$(%1)").arg(p)},
        {QStringLiteral("backtick"), QStringLiteral("`n%1 `r").arg(p)},
        {QStringLiteral("block comment"), QStringLiteral("#> %1 <#").arg(p)},
        {QStringLiteral("nested block comment"), QStringLiteral("<<##>> %1").arg(p)},
        {QStringLiteral("quote then CR"), QStringLiteral("x'\r%1 #'").arg(p)},
        {QStringLiteral("bidi override"), QStringLiteral("Helper\u202e%1\u202c").arg(p)},
    };
}

QList<QPair<QString, QString>> terminalNames()
{
    return {
        {QStringLiteral("OSC 52 clipboard write"), QStringLiteral("Helper\u001b]52;c;U3RhcnQtUHJvY2Vzcw==\u0007App")},
        {QStringLiteral("clear screen"), QStringLiteral("Helper\u001b[2J\u001b[HApp")},
        {QStringLiteral("C1 CSI"), QStringLiteral("Helper\u009b2JApp")},
        {QStringLiteral("C1 OSC"), QStringLiteral("Helper\u009d52;c;AAAA\u009cApp")},
        {QStringLiteral("carriage return overwrite"), QStringLiteral("Helper\rVerified App")},
        {QStringLiteral("backspace"), QStringLiteral("Helper\b\b\b\b\b\bVerified")},
        {QStringLiteral("DEL and NEL"), QStringLiteral("Helper\u007f\u0085App")},
        {QStringLiteral("bidi override"), QStringLiteral("Helper\u202egpj.exe\u202c")},
    };
}

QList<QPair<QString, QString>> markupNames()
{
    return {
        {QStringLiteral("img UNC"), QStringLiteral("<img src=\"\\\\attacker.example\\share\\x.png\">Helper")},
        {QStringLiteral("img file"), QStringLiteral("<img src=\"file:///etc/hosts\">Helper")},
        {QStringLiteral("verified badge"), QStringLiteral("<b>\u2714 Verified</b> Helper")},
        {QStringLiteral("link"), QStringLiteral("<a href=\"https://attacker.example\">Helper</a>")},
    };
}

bool hasTerminalControl(const QString& text, QString* which)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) || c == 0x2028
                             || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (control) {
            if (which) {
                *which = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
            }
            return true;
        }
    }
    return false;
}

} // namespace HostileText
