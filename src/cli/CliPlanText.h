#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

/**
 * The closing part of a plan as the CLI prints it, the same for Graph and Exchange plans: warnings, what the
 * change means for the app, what a restore will not put back (and why), and the plan's note — all before the
 * admin confirms.
 */
class CliPlanText
{
public:
    static void writeTrailer(QTextStream& s,
                             const QStringList& warnings,
                             const QStringList& notes,
                             const QStringList& refused,
                             const QString& note,
                             bool hasOperations);
};
