#include "CliPlanText.h"

#include <QTextStream>

void CliPlanText::writeTrailer(QTextStream& s,
                               const QStringList& warnings,
                               const QStringList& notes,
                               const QStringList& refused,
                               const QString& note,
                               bool hasOperations)
{
    if (!warnings.isEmpty()) {
        s << "Warnings:\n";
        for (const QString& w : warnings) {
            s << "  ! " << w << '\n';
        }
    }
    if (!notes.isEmpty()) {
        s << "What it changes for this app:\n";
        for (const QString& n : notes) {
            s << "  - " << n << '\n';
        }
    }
    if (!refused.isEmpty()) {
        s << "Not restored:\n";
        for (const QString& r : refused) {
            s << "  – " << r << '\n';
        }
    }
    if (!note.isEmpty() && hasOperations) {
        s << "Note: " << note << '\n';
    }
}
