#include "TranslationChecks.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(1));
    }
    return found;
}

// Plural nouns ConsentDesk counts. A number placeholder right before one of them in a non-plural message is a count
// that reads wrong for 1 ("1 apps") and in languages with other plural rules. (Singular nouns are left out: "%1 policy"
// names the kind of policy, not a count.)
const QStringList CountNouns = {
    QStringLiteral("apps"),     QStringLiteral("permissions"), QStringLiteral("changes"),
    QStringLiteral("requests"), QStringLiteral("users"),       QStringLiteral("grants"),
    QStringLiteral("entries"),  QStringLiteral("mailboxes"),   QStringLiteral("members"),
    QStringLiteral("roles"),    QStringLiteral("policies"),    QStringLiteral("scopes"),
    QStringLiteral("writes"),   QStringLiteral("minutes"),     QStringLiteral("seconds"),
    QStringLiteral("hours"),    QStringLiteral("days"),        QStringLiteral("groups"),
    QStringLiteral("items"),    QStringLiteral("rows"),        QStringLiteral("errors"),
    QStringLiteral("warnings"), QStringLiteral("assignments"), QStringLiteral("requesters"),
    QStringLiteral("rules"),    QStringLiteral("lines"),       QStringLiteral("times"),
    QStringLiteral("samples"),  QStringLiteral("consents"),    QStringLiteral("more"),
    QStringLiteral("new"),      QStringLiteral("others"),
};

} // namespace

QString TranslationChecks::describe(const TsFile::Message& message)
{
    QString text = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
    if (!message.comment.isEmpty()) {
        text += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    }
    return text;
}

QStringList TranslationChecks::staleMessages(const TsFile& committed, const TsFile& fresh)
{
    QSet<QString> shipped;
    for (const TsFile::Message& m : committed.messages()) {
        if (m.isLive()) {
            shipped.insert(m.key());
        }
    }
    QSet<QString> current;
    QStringList problems;
    for (const TsFile::Message& m : fresh.messages()) {
        if (!m.isLive()) {
            continue;
        }
        current.insert(m.key());
        if (!shipped.contains(m.key())) {
            problems << QStringLiteral("new in the sources, missing from %1: %2").arg(committed.path(), describe(m));
        }
    }
    for (const TsFile::Message& m : committed.messages()) {
        if (m.isLive() && !current.contains(m.key())) {
            problems << QStringLiteral("in %1 but no longer in the sources: %2").arg(committed.path(), describe(m));
        }
    }
    return problems;
}

QStringList TranslationChecks::obsoleteMessages(const TsFile& file)
{
    QStringList problems;
    for (const TsFile::Message& m : file.messages()) {
        if (!m.isLive()) {
            problems << QStringLiteral("%1: %2 message %3").arg(file.path(), m.type, describe(m));
        }
    }
    return problems;
}

QStringList TranslationChecks::unfinishedMessages(const TsFile& file)
{
    QStringList problems;
    for (const TsFile::Message& m : file.messages()) {
        if (m.isLive() && !m.isFinished()) {
            problems << QStringLiteral("%1: unfinished %2").arg(file.path(), describe(m));
        }
    }
    return problems;
}

QStringList TranslationChecks::countsWithoutPlural(const TsFile& file)
{
    static const QRegularExpression optionalPlural(QStringLiteral("\\w\\((s|es|ies)\\)"));
    static const QRegularExpression countBeforeNoun(
        QStringLiteral("%L?[1-9]\\s+(%1)\\b").arg(CountNouns.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    for (const TsFile::Message& m : file.messages()) {
        // "not a count" in the translator's comment: the number placeholder is a name ("%1 mailboxes" as a group name).
        if (!m.isLive() || m.comment.contains(QStringLiteral("not a count"))) {
            continue;
        }
        if (m.numerus) {
            if (!m.source.contains(QStringLiteral("%n"))) {
                problems << QStringLiteral("plural message without %n: %1").arg(describe(m));
            }
            continue;
        }
        if (m.source.contains(optionalPlural)) {
            problems << QStringLiteral("\"(s)\" in a message that is not a plural: use tr(\"%n …(s)\", nullptr, n): %1")
                            .arg(describe(m));
        } else if (m.source.contains(QStringLiteral("%n"))) {
            problems << QStringLiteral("%n in a message without a count (pass n to tr): %1").arg(describe(m));
        } else if (const QRegularExpressionMatch match = countBeforeNoun.match(m.source); match.hasMatch()) {
            problems << QStringLiteral("a count (\"%1\") without %n: %2").arg(match.captured(0), describe(m));
        }
    }
    return problems;
}

QStringList TranslationChecks::placeholderMismatches(const TsFile& file)
{
    QStringList problems;
    for (const TsFile::Message& m : file.messages()) {
        if (!m.isLive() || !m.isFinished()) {
            continue;
        }
        QSet<QString> wanted = placeholders(m.source);
        QSet<QString> found;
        for (const QString& text : m.translations) {
            found.unite(placeholders(text));
        }
        // A plural form may spell the number out ("one change"), but %n must appear in some form.
        if (wanted != found) {
            QStringList missing = QStringList(wanted.subtract(found).values());
            problems << QStringLiteral("%1: the translation of %2 does not keep its placeholders (%3)")
                            .arg(file.path(),
                                 describe(m),
                                 missing.isEmpty() ? QStringLiteral("extra ones") : missing.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

QStringList TranslationChecks::englishFormProblems(const TsFile& file)
{
    QStringList problems;
    for (const TsFile::Message& m : file.messages()) {
        if (!m.isLive() || !m.numerus || !m.isFinished()) {
            continue;
        }
        if (m.translations.size() != 2 || m.translations.at(0).isEmpty() || m.translations.at(1).isEmpty()) {
            problems << QStringLiteral("%1: %2 needs a singular and a plural form").arg(file.path(), describe(m));
        } else if (m.translations.at(0) == m.translations.at(1) && m.source.contains(QStringLiteral("(s)"))) {
            problems << QStringLiteral("%1: %2 has the same singular and plural").arg(file.path(), describe(m));
        } else if (m.translations.join(QLatin1Char(' ')).contains(QStringLiteral("(s)"))) {
            problems << QStringLiteral("%1: %2 still reads \"(s)\"").arg(file.path(), describe(m));
        }
    }
    return problems;
}
