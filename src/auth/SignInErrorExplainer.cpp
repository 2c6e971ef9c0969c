#include "SignInErrorExplainer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString kGuid = QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

// The consent screen's heading as users paste it. Matching is on words that occur together rather than one exact
// sentence: Microsoft rewords these pages, and a screenshot's text comes back with odd breaks and quotes.
// "Need admin approval" is the page when the admin consent workflow is off (AADSTS90094); "Approval required" when
// it is on and the user can send a request (AADSTS90095).
struct Phrase
{
    const char* key;
    int code;
    const char* pattern; // case-insensitive, on text with whitespace collapsed
};

const Phrase kPhrases[] = {
    // English
    {"need-admin-approval", 90094, "need[s]? (an )?admin(istrator)?('s)? approval"},
    {"approval-required", 90095, "approval required|request approval|requires? (your )?admin(istrator)?('s)? approval"},
    // German: "Administratorgenehmigung erforderlich", "Genehmigung durch Administrator erforderlich"
    {"need-admin-approval",
     90094,
     "administrator(genehmigung|zustimmung)|genehmigung (durch )?(den |einen |ihren )?administrator|"
     "administrator(s)? muss .{0,40}genehmig"},
    {"approval-required", 90095, "genehmigung erforderlich|genehmigung anfordern"},
    // French: "Approbation de l'administrateur nécessaire", "Approbation requise"
    {"need-admin-approval",
     90094,
     "approbation (de l'|d'un |de votre |par l'|par un )?administrat|besoin de l'approbation"},
    {"approval-required", 90095, "approbation (requise|n[ée]cessaire)|demander (une |l')?approbation"},
    // Spanish: "Se necesita la aprobación del administrador", "Aprobación requerida"
    {"need-admin-approval", 90094, "aprobaci[óo]n (del |de un |de su )?administrador"},
    {"approval-required",
     90095,
     "(se requiere|requiere) (la )?aprobaci[óo]n|aprobaci[óo]n (requerida|necesaria)|"
     "solicitar (la )?aprobaci[óo]n"},
    // Japanese: 管理者の承認が必要 (need admin approval), 承認が必要です (approval required)
    {"need-admin-approval", 90094, "管理者の承認|管理者による承認"},
    {"approval-required", 90095, "承認が必要|承認を要求"},
};

QString firstCapture(const QRegularExpression& re, const QString& text)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString shortName(const QString& name)
{
    QString s = name.simplified();
    // Only printable text is kept; a pasted name is hostile and goes back to a terminal or a widget.
    s.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return s.left(SignInErrorExplainer::kMaxNameChars);
}

} // namespace

AadstsCatalog::AdminAction SignInErrorExplainer::Result::firstAction() const
{
    for (const Finding& f : findings) {
        if (f.known && f.entry.adminAction != AadstsCatalog::AdminAction::None) {
            return f.entry.adminAction;
        }
    }
    return AadstsCatalog::AdminAction::None;
}

QString SignInErrorExplainer::unknownCodeText(int code)
{
    return tr("ConsentDesk does not know AADSTS%1. Microsoft's error lookup page describes it.").arg(code);
}

SignInErrorExplainer::Result SignInErrorExplainer::explain(const QString& input)
{
    Result result;
    QString text = input;
    if (text.size() > kMaxInputChars) {
        text.truncate(kMaxInputChars);
        result.truncated = true;
    }
    // JSON answers carry "\r\n" escapes inside error_description; make them spaces so the ids after them parse.
    text.replace(QLatin1String("\\r"), QLatin1String(" ")).replace(QLatin1String("\\n"), QLatin1String(" "));
    const QString flat = text.simplified();

    QSet<QString> seen;
    const auto add = [&result, &seen](Finding f) {
        if (result.findings.size() >= kMaxFindings || seen.contains(f.key)) {
            return;
        }
        seen.insert(f.key);
        result.findings.append(f);
    };
    const auto addCode = [&add](int code) {
        Finding f;
        f.key = QStringLiteral("AADSTS%1").arg(code);
        f.code = code;
        if (const auto entry = AadstsCatalog::forCode(code)) {
            f.known = true;
            f.entry = *entry;
        } else {
            f.entry.code = code;
            f.entry.helpUrl = AadstsCatalog::helpUrl(code);
        }
        add(f);
    };

    // AADSTS codes, in the order they appear: "AADSTS90094", "AADSTS 90094", and error_codes [90094] in JSON.
    static const QRegularExpression codePattern(QStringLiteral("AADSTS\\s?(\\d{4,7})(?!\\d)"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (auto it = codePattern.globalMatch(flat); it.hasNext() && result.findings.size() < kMaxFindings;) {
        addCode(it.next().captured(1).toInt());
    }
    static const QRegularExpression errorCodes(QStringLiteral("\"?error_codes\"?\\s*:\\s*\\[\\s*([\\d,\\s]{1,200})\\]"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const QString list = firstCapture(errorCodes, flat); !list.isEmpty()) {
        for (const QString& n : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const int code = n.trimmed().toInt(); code > 0) {
                addCode(code);
            }
        }
    }
    // A bare number ("90094", "code 50105") is a code only when the whole text is that short.
    static const QRegularExpression bareCode(QStringLiteral("^(?:code\\s*:?\\s*)?(\\d{5,7})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (flat.size() <= 20) {
        if (const QString n = firstCapture(bareCode, flat); !n.isEmpty()) {
            addCode(n.toInt());
        }
    }

    // OAuth error names.
    for (const QString& error : AadstsCatalog::knownOAuthErrors()) {
        const QRegularExpression re(QStringLiteral("(?<![a-z_])%1(?![a-z_])").arg(error),
                                    QRegularExpression::CaseInsensitiveOption);
        if (result.findings.size() < kMaxFindings && re.match(flat).hasMatch()) {
            if (const auto entry = AadstsCatalog::forOAuthError(error)) {
                Finding f;
                f.key = error;
                f.oauthError = error;
                f.known = true;
                f.entry = *entry;
                add(f);
            }
        }
    }

    // The consent screen's words, when no code said the same already. "Need admin approval" first: its page also
    // asks for an admin's approval, so it wins over "Approval required".
    for (const int pass : {90094, 90095}) {
        for (const Phrase& phrase : kPhrases) {
            const QString key = QString::fromLatin1(phrase.key);
            if (phrase.code != pass || seen.contains(key) || seen.contains(QStringLiteral("need-admin-approval"))
                || seen.contains(QStringLiteral("AADSTS%1").arg(phrase.code))) {
                continue;
            }
            const QRegularExpression re(QString::fromUtf8(phrase.pattern), QRegularExpression::CaseInsensitiveOption);
            if (re.match(flat).hasMatch()) {
                Finding f;
                f.key = key;
                f.code = phrase.code;
                f.known = true;
                f.entry = *AadstsCatalog::forCode(phrase.code);
                f.matched = phrase.code == 90094 ? tr("The consent screen \"Need admin approval\"")
                                                 : tr("The consent screen \"Approval required\"");
                add(f);
            }
        }
    }

    // Support ids as Microsoft's error page and token answers print them.
    static const QRegularExpression trace(QStringLiteral("trace[ _-]?id\"?\\s*[:=]\\s*\"?(%1)").arg(kGuid),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression correlation(QStringLiteral("correlation[ _-]?id\"?\\s*[:=]\\s*\"?(%1)").arg(kGuid),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression request(QStringLiteral("request[ _-]?id\"?\\s*[:=]\\s*\"?(%1)").arg(kGuid),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timestamp(
        QStringLiteral("timestamp\"?\\s*[:=]\\s*\"?(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,7})?Z?)"),
        QRegularExpression::CaseInsensitiveOption);
    result.traceId = firstCapture(trace, flat).toLower();
    if (result.traceId.isEmpty()) {
        result.traceId = firstCapture(request, flat).toLower(); // the sign-in page calls it "Request Id"
    }
    result.correlationId = firstCapture(correlation, flat).toLower();
    result.timestamp = firstCapture(timestamp, flat);

    // The app: "the application with identifier '…'", "application with ID '…' named '…'", "app_id", "client_id".
    static const QRegularExpression appId(
        QStringLiteral("(?:(?:application|app|client)(?: with)?[ _-]?(?:identifier|id)[\"']?\\s*[:=]?\\s*[\"']?|"
                       "application\\s*')(%1)")
            .arg(kGuid),
        QRegularExpression::CaseInsensitiveOption);
    // Only UPN characters: the user goes into a command line the admin may copy.
    static const QRegularExpression user(QStringLiteral("user '([A-Za-z0-9._%+#-]{1,64}@[A-Za-z0-9.-]{1,200})'"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression appName(QStringLiteral("named '([^']{1,%1})'").arg(kMaxNameChars),
                                            QRegularExpression::CaseInsensitiveOption);
    result.appId = firstCapture(appId, flat).toLower();
    result.appName = shortName(firstCapture(appName, flat));
    result.user = shortName(firstCapture(user, flat));
    return result;
}

QString SignInErrorExplainer::cliCommand(const Finding& finding, const Result& result)
{
    if (!finding.known) {
        return {};
    }
    const QString app = !result.appId.isEmpty() ? result.appId : QStringLiteral("APP");
    const QString user = !result.user.isEmpty() ? result.user : QStringLiteral("UPN");
    switch (finding.entry.adminAction) {
    case AadstsCatalog::AdminAction::Troubleshoot:
        return QStringLiteral("consentdesk-cli troubleshoot --user %1 --app %2").arg(user, app);
    case AadstsCatalog::AdminAction::ConsentRequests:
        return QStringLiteral("consentdesk-cli requests list");
    case AadstsCatalog::AdminAction::ConsentSettings:
        return QStringLiteral("consentdesk-cli settings workflow --enable --reviewer UPN");
    case AadstsCatalog::AdminAction::None:
        break;
    }
    return {};
}

QJsonObject SignInErrorExplainer::Result::toJson() const
{
    QJsonArray list;
    for (const Finding& f : findings) {
        QJsonObject o {{QStringLiteral("key"), f.key},
                       {QStringLiteral("known"), f.known},
                       {QStringLiteral("code"), f.code ? QJsonValue(f.code) : QJsonValue()},
                       {QStringLiteral("oauthError"), f.oauthError.isEmpty() ? QJsonValue() : QJsonValue(f.oauthError)},
                       {QStringLiteral("matched"), f.matched.isEmpty() ? QJsonValue() : QJsonValue(f.matched)},
                       {QStringLiteral("name"), f.entry.name},
                       {QStringLiteral("helpUrl"), f.entry.helpUrl.toString()}};
        if (f.known) {
            o.insert(QStringLiteral("title"), f.entry.adminTitle);
            o.insert(QStringLiteral("meaning"), f.entry.adminMeaning);
            o.insert(QStringLiteral("whoCanFix"), f.entry.whoCanFix);
            o.insert(QStringLiteral("fix"), f.entry.adminFix);
        } else {
            o.insert(QStringLiteral("title"), QStringLiteral("AADSTS%1").arg(f.code));
            o.insert(QStringLiteral("meaning"), unknownCodeText(f.code));
            o.insert(QStringLiteral("whoCanFix"), QJsonValue());
            o.insert(QStringLiteral("fix"), QJsonValue());
        }
        const QString action
            = AadstsCatalog::adminActionName(f.known ? f.entry.adminAction : AadstsCatalog::AdminAction::None);
        o.insert(QStringLiteral("action"), action.isEmpty() ? QJsonValue() : QJsonValue(action));
        const QString command = cliCommand(f, *this);
        o.insert(QStringLiteral("command"), command.isEmpty() ? QJsonValue() : QJsonValue(command));
        list.append(o);
    }
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("recognized"), recognized()},
            {QStringLiteral("findings"), list},
            {QStringLiteral("traceId"), orNull(traceId)},
            {QStringLiteral("correlationId"), orNull(correlationId)},
            {QStringLiteral("timestamp"), orNull(timestamp)},
            {QStringLiteral("appId"), orNull(appId)},
            {QStringLiteral("appName"), orNull(appName)},
            {QStringLiteral("user"), orNull(user)},
            {QStringLiteral("truncated"), truncated}};
}
