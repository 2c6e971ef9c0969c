#include "MarkingTranslator.h"

QString
MarkingTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n) // QCoreApplication::translate replaces %n in what this returns
    return marked(QString::fromUtf8(sourceText));
}

QString MarkingTranslator::marked(const QString& text)
{
    return QStringLiteral("«") + text + QStringLiteral("»");
}

bool MarkingTranslator::isMarked(const QString& text)
{
    return text.startsWith(QStringLiteral("«")) && text.endsWith(QStringLiteral("»"));
}
