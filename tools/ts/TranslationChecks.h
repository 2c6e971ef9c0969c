#pragma once

#include "TsFile.h"

#include <QString>
#include <QStringList>

/**
 * What makes a shipped translation wrong, each as a list of readable problems (empty: fine). Used by the
 * translation test and by consentdesk-tstool; every problem names the context and the source text.
 */
class TranslationChecks
{
public:
    // Live messages of `fresh` (a file lupdate just refreshed from the sources) missing from `committed`, and
    // messages of `committed` that no source has any more: the shipped file is stale.
    static QStringList staleMessages(const TsFile& committed, const TsFile& fresh);
    static QStringList obsoleteMessages(const TsFile& file); // vanished/obsolete entries left in the file
    static QStringList unfinishedMessages(const TsFile& file);
    // A count without %n: "(s)" in a text that is not a plural message, a number placeholder before a plural noun,
    // a plural message without %n.
    static QStringList countsWithoutPlural(const TsFile& file);
    // Finished translations that lost or invented a placeholder (%1…%9, %n).
    static QStringList placeholderMismatches(const TsFile& file);
    // The English plural file: every form written out, singular and plural different, no "(s)" left.
    static QStringList englishFormProblems(const TsFile& file);

    static QString describe(const TsFile::Message& message);
};
