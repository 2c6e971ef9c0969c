#pragma once

#include "TsFile.h"

#include <QStringList>

/**
 * The edits update_translations makes after lupdate: carrying translations over to messages lupdate saw move to
 * another context (a renamed class), and writing the English plural forms that follow from "(s)" markers.
 */
class TsMaintenance
{
public:
    struct Result
    {
        int changed = 0; // messages given a finished translation
        QStringList left; // messages a person has to look at, described
    };

    // An unfinished message gets the translation of a vanished message with the same source text, comment and
    // numerus — when exactly one translation is on offer (two different ones: left unfinished and reported).
    static Result carryOver(TsFile& file);
    // Unfinished plural messages of the English file get "%n change" / "%n changes" from "%n change(s)"; those whose
    // sentence needs more than the noun changed are reported instead.
    static Result fillEnglish(TsFile& file);
    // {singular, plural} of an English text with "(s)", "(es)" or "y(ies)" markers; empty when it cannot be derived.
    static QStringList englishForms(const QString& source);
};
