#pragma once

#include "SnapshotChange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The diff as a self-contained HTML page an auditor can open or mail: inline CSS, no script, no external resource;
 * every tenant string HTML-escaped (app, user and policy names are hostile input). Rows riskiest first.
 */
class SnapshotDiffReport
{
public:
    struct Side
    {
        QString label; // the file name, or "live tenant"
        QString tenant; // display name and id
        QString taken; // ISO time
    };

    static QByteArray
    html(const QList<SnapshotChange>& changes, const Side& before, const Side& after, const QStringList& notCompared);
    static QString escape(const QString& text); // HTML-escaped, control characters dropped
};
