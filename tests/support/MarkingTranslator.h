#pragma once

#include <QTranslator>

/**
 * A translator that "translates" every message to «source»: while it is installed, a text that went through tr() or
 * QCoreApplication::translate() shows the marks, and a text that did not (an English literal on its way to a person)
 * does not. Tests use it to prove a string is translatable without waiting for the translators.
 */
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;

    static QString marked(const QString& text); // «text»
    static bool isMarked(const QString& text);
};
