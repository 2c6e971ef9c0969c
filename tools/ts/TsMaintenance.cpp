#include "TsMaintenance.h"

#include "TranslationChecks.h"

#include <QHash>
#include <QRegularExpression>

TsMaintenance::Result TsMaintenance::carryOver(TsFile& file)
{
    // Translations of messages that left the sources, by their text: the candidates for a moved message.
    QHash<QString, QList<QStringList>> gone;
    for (const TsFile::Message& m : file.messages()) {
        if (!m.isLive() && m.hasTranslation()) {
            QList<QStringList>& list = gone[m.textKey()];
            if (!list.contains(m.translations)) {
                list << m.translations;
            }
        }
    }
    Result result;
    for (int i = 0; i < file.messages().size(); ++i) {
        const TsFile::Message m = file.messages().at(i);
        if (!m.isLive() || m.isFinished()) {
            continue;
        }
        const QList<QStringList> candidates = gone.value(m.textKey());
        if (candidates.size() == 1 && (!m.hasTranslation() || m.translations == candidates.first())) {
            file.setTranslation(i, candidates.first(), true);
            ++result.changed;
        } else if (candidates.size() > 1) {
            result.left << QStringLiteral("moved with different translations: ") + TranslationChecks::describe(m);
        }
    }
    return result;
}

TsMaintenance::Result TsMaintenance::fillEnglish(TsFile& file)
{
    Result result;
    for (int i = 0; i < file.messages().size(); ++i) {
        const TsFile::Message m = file.messages().at(i);
        if (!m.isLive() || !m.numerus || m.isFinished()) {
            continue;
        }
        const QStringList forms = englishForms(m.source);
        if (forms.isEmpty()) {
            result.left << QStringLiteral("write the singular and plural by hand: ") + TranslationChecks::describe(m);
            continue;
        }
        file.setTranslation(i, forms, true);
        ++result.changed;
    }
    return result;
}

QStringList TsMaintenance::englishForms(const QString& source)
{
    // A plural pronoun or verb, or a present-tense verb right after the counted noun ("%n app(s) reach…"): the
    // singular needs another verb form too.
    static const QRegularExpression agreement(
        QStringLiteral("\\b(are|were|have|these|they|them|their)\\b|\\((s|es|ies)\\) (take|reach|hold|need|remain|"
                       "match|appear|apply|use|do|show|say|stay|get|go|make|come|expire|exist|wait|belong|grant|"
                       "allow|keep|look|stop|fail|run)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markers(QStringLiteral("(\\w)(\\((s|es)\\)|y\\(ies\\))"));
    if (source.contains(agreement) || !source.contains(markers)) {
        return {};
    }
    QString singular = source;
    QString plural = source;
    singular.replace(QRegularExpression(QStringLiteral("(\\w)\\((s|es)\\)")), QStringLiteral("\\1"));
    singular.replace(QRegularExpression(QStringLiteral("(\\w)y\\(ies\\)")), QStringLiteral("\\1y"));
    plural.replace(QRegularExpression(QStringLiteral("(\\w)\\((s|es)\\)")), QStringLiteral("\\1\\2"));
    plural.replace(QRegularExpression(QStringLiteral("(\\w)y\\(ies\\)")), QStringLiteral("\\1ies"));
    return {singular, plural};
}
