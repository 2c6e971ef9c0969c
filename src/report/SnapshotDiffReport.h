#pragma once

#include "SnapshotChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The diff as a self-contained HTML page an auditor can open or mail: inline CSS, no script, no external resource;
 * every tenant string HTML-escaped (app, user and policy names are hostile input). Rows riskiest first.
 *
 * One page, one language: English (the CLI's, whatever the locale; its before/after/permission as in the JSON), or
 * the GUI's (an export from the diff dialog: headings, kinds, risks and before/after words translated).
 */
class SnapshotDiffReport
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiffReport)

public:
    enum class Language { English, Interface };

    struct Side
    {
        QString label; // the file name, or "live tenant" (in the page's language)
        QString tenant; // display name and id
        QString taken; // ISO time
    };

    // notCompared: SnapshotDiff::notCompared() (English), or the GUI's sentences saying what was not compared.
    static QByteArray html(const QList<SnapshotChange>& changes,
                           const Side& before,
                           const Side& after,
                           const QStringList& notCompared,
                           Language language = Language::English);
    static QString escape(const QString& text); // HTML-escaped, control characters dropped
};
