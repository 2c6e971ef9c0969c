#include "Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <functional>

namespace {

// A rule replaces each match; `keep` (optional) spares a match that only looks like a secret.
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
    std::function<bool(const QRegularExpressionMatch&)> keep;
};

// Secret-bearing keys in any spelling a log may carry them: refresh_token, refreshToken, refresh-token, REFRESH_TOKEN.
const QString kTokenKeys = QStringLiteral(R"((?:access|refresh|id)[_\-]?token)");
const QString kSecretKeys = kTokenKeys
                            + QStringLiteral(R"(|code[_\-]?verifier|client[_\-]?secret|client[_\-]?assertion|password|)"
                                             R"(assertion|session[_\-]?state)");
// Percent-encoded once or more: %3D, %253D, %25253D …
QString encoded(const char* hex)
{
    return QStringLiteral("%(?:25)*") + QString::fromLatin1(hex);
}

// Graph, Exchange and Entra error codes are words ("Authorization_RequestDenied", "invalid_grant",
// "Microsoft.Exchange.ManagementObjectNotFoundException"): those stay readable; an authorization code never is one.
bool looksLikeErrorCode(const QString& value)
{
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z][A-Za-z_]*(?:\.[A-Za-z][A-Za-z_]*)*$)"));
    static const QRegularExpression number(QStringLiteral(R"(^\d{1,6}$)"));
    return (value.size() <= 128 && word.match(value).hasMatch()) || number.match(value).hasMatch();
}

const QList<Rule>& rules()
{
    // Order matters: keyed rules run before the shape rules (JWT, bare refresh token) so their key names stay visible.
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString mask = QString::fromLatin1(Redactor::Mask);
        // What may stand before a key: the start, ? & # = ; , or space, each also percent-encoded.
        const QString separator = QStringLiteral("(?:^|[?&#=\\s;,]|%1|%2|%3|%4)")
                                      .arg(encoded("26"), encoded("3[fF]"), encoded("23"), encoded("3[dD]"));
        const QString equals = QStringLiteral("(?:=|%1)").arg(encoded("3[dD]"));
        const QString valueEnd = QStringLiteral("(?:%1|%2|%3)").arg(encoded("26"), encoded("23"), encoded("20"));
        return QList<Rule> {
            // Authorization: Basic|Bearer|… <credentials>, also as a JSON or map entry ("Authorization": "Basic …").
            {QRegularExpression(QStringLiteral(R"re(((?:proxy-)?authorization\\?["']?\s*[:=,]\s*\\?["']?\s*)re"
                                               R"re((?:basic|bearer|negotiate|ntlm|digest)\s+)[^\s"'\\,]+)re"),
                                ci),
             QStringLiteral("\\1") + mask,
             {}},
            // Bearer <anything>, wherever it appears.
            {QRegularExpression(QStringLiteral(R"re((bearer)\s+[A-Za-z0-9\-._~+/=%]+)re"), ci),
             QStringLiteral("\\1 ") + mask,
             {}},
            // Quoted keys with quoted values: JSON, JSON inside a string (\"refresh_token\":\"…\"), single quotes.
            {QRegularExpression(QStringLiteral(R"re((\\?["'])(%1)\1(\s*[:=]\s*)(\\?["']).*?\4)re").arg(kSecretKeys),
                                ci),
             QStringLiteral("\\1\\2\\1\\3\\4") + mask + QStringLiteral("\\4"),
             {}},
            // An authorization code in JSON ({"code":"0.AXoA…"}); error codes ("code":"Authorization_RequestDenied")
            // stay.
            {QRegularExpression(QStringLiteral(R"re((\\?["'])(code)\1(\s*:\s*)(\\?["'])(.*?)\4)re"), ci),
             QStringLiteral("\\1\\2\\1\\3\\4") + mask + QStringLiteral("\\4"),
             [](const QRegularExpressionMatch& m) { return looksLikeErrorCode(m.captured(5)); }},
            // Unquoted keys with quoted values: client_secret="…", refresh_token='…'.
            {QRegularExpression(QStringLiteral(R"re(\b(%1)(\s*[:=]\s*)(["']).*?\3)re").arg(kSecretKeys), ci),
             QStringLiteral("\\1\\2\\3") + mask + QStringLiteral("\\3"),
             {}},
            // Form and URL encoded, also percent-encoded inside another parameter (…%3Fcode%3D…%26…, any depth).
            {QRegularExpression(QStringLiteral(R"re((%1(?:%2|code)%3)(?:(?!%4)[^&\s#"'])*)re")
                                    .arg(separator, kSecretKeys, equals, valueEnd),
                                ci),
             QStringLiteral("\\1") + mask,
             {}},
            // key: value forms in plain text ("refresh_token: xyz", "refreshToken=xyz").
            {QRegularExpression(QStringLiteral(R"re(\b(%1)(\s*[:=]\s*)([^\s"',&]+))re").arg(kSecretKeys), ci),
             QStringLiteral("\\1\\2") + mask,
             {}},
            // Anything JWT-shaped (header.payload[.signature], base64url, starting with {" encoded as eyJ).
            {QRegularExpression(QStringLiteral(R"re(eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.?[A-Za-z0-9_\-]*)re")),
             mask,
             {}},
            // Bare opaque refresh tokens and codes of the identity platform: "0.ARoA…", "1.AXoA…", MSA "M.C5…".
            {QRegularExpression(
                 QStringLiteral(R"re((?<![A-Za-z0-9_.\-/])[01M]\.[A-Za-z0-9_\-]{20,}[A-Za-z0-9_\-.*!$]*)re")),
             mask,
             {}},
        };
    }();
    return list;
}

QString apply(const Rule& rule, const QString& text)
{
    if (!rule.keep) {
        return QString(text).replace(rule.pattern, rule.replacement);
    }
    QString out;
    qsizetype last = 0;
    auto it = rule.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (rule.keep(m)) {
            out += m.captured(0);
        } else {
            QString replaced = rule.replacement;
            for (int i = rule.pattern.captureCount(); i >= 1; --i) {
                replaced.replace(QStringLiteral("\\%1").arg(i), m.captured(i));
            }
            out += replaced;
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString Redactor::scrub(const QString& text)
{
    QString out = text;
    for (const Rule& rule : rules()) {
        out = apply(rule, out);
    }
    return out;
}

std::string Redactor::scrub(const std::string& text)
{
    return scrub(QString::fromStdString(text)).toStdString();
}

QString Redactor::fingerprint(const QByteArray& secret)
{
    if (secret.isEmpty()) {
        return QStringLiteral("<empty>");
    }
    const QByteArray hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("<len=%1 sha256:%2>").arg(secret.size()).arg(QString::fromLatin1(hash));
}
