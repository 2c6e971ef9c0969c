#include "Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    // Order matters: the JWT rule runs last so that keyed rules keep their key names visible.
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString mask = QString::fromLatin1(Redactor::Mask);
        return QList<Rule> {
            // Authorization: Bearer <anything>
            {QRegularExpression(QStringLiteral(R"re((bearer)\s+[A-Za-z0-9\-._~+/=%]+)re"), ci),
             QStringLiteral("\\1 ") + mask},
            // JSON: "access_token": "…" and friends (also code_verifier, client_secret, assertion, password).
            {QRegularExpression(
                 QStringLiteral(R"re("((?:access|refresh|id)_token|code_verifier|client_secret|client_assertion|)re"
                                R"re(password|assertion|session_state)"\s*:\s*"[^"]*")re"),
                 ci),
             QStringLiteral("\"\\1\":\"") + mask + QStringLiteral("\"")},
            // Form/URL encoded: access_token=…&, code=…, also after ? or # or whitespace.
            {QRegularExpression(
                 QStringLiteral(
                     R"re(((?:^|[?&#\s;,])(?:(?:access|refresh|id)_token|code|code_verifier|client_secret|)re"
                     R"re(client_assertion|password|assertion)=)[^&\s#"']*)re"),
                 ci),
             QStringLiteral("\\1") + mask},
            // key: value forms in plain text ("refresh_token: xyz").
            {QRegularExpression(
                 QStringLiteral(R"re(((?:access|refresh|id)_token|client_secret|code_verifier)\s*[:=]\s*)re"
                                R"re(([^\s"',&]+))re"),
                 ci),
             QStringLiteral("\\1") + mask},
            // Anything JWT-shaped (header.payload[.signature], base64url, starting with {" encoded as eyJ).
            {QRegularExpression(QStringLiteral(R"re(eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.?[A-Za-z0-9_\-]*)re")), mask},
        };
    }();
    return list;
}

} // namespace

QString Redactor::scrub(const QString& text)
{
    QString out = text;
    for (const Rule& rule : rules()) {
        out.replace(rule.pattern, rule.replacement);
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
