#pragma once

#include "JournalEntry.h"
#include "graph/GraphError.h"
#include "pipeline/WritePlan.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class GrantInventory;

/**
 * Restore, the same for the Activity view and `consentdesk-cli journal restore`: from the journal entries the admin
 * chose, the plan that undoes them — or why there is none.
 *
 *  - Entries restored before are refused, naming the restore (re-creating them again would duplicate access).
 *  - Exchange and Microsoft Graph entries are not mixed in one plan (two previews, two services).
 *  - Exchange writes are undone from the journal alone (ExchangeRestorePlanner).
 *  - Microsoft Graph removals are re-created from what each app holds *now*, read fresh (RestorePlanner): an app
 *    that is gone, or one that could not be read in full, refuses the whole restore — a plan made on a partial read
 *    could duplicate a grant or miss one, so nothing is planned on a guess.
 *  - Assignments ConsentDesk created and apps whose sign-in it switched are undone from their state now, read fresh
 *    the same way (the assignments on the resource; the app's service principal).
 */
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    struct Outcome
    {
        enum class Refusal { None, Mixed, AppGone, ReadFailed };

        WritePlan plan; // may hold no write, only what is refused and why
        Refusal refusal = Refusal::None;
        QString message; // for people, when refused: what and why, and that nothing was changed
        QString nextStep;
        GraphError error; // ReadFailed: the read that failed

        bool refused() const { return refusal != Refusal::None; }
    };

    // selected: the entries to undo (any order); journal: every entry, to know what was restored before; inventory:
    // reads what the apps hold now (the session's, or the command's own). Always finishes with an outcome.
    static QFuture<Outcome>
    plan(GrantInventory& inventory, const QList<JournalEntry>& selected, const QList<JournalEntry>& journal);

    // The delegated Graph permissions a restore plan needs (none for Exchange: its own token and role).
    static QStringList writeScopes(const WritePlan& plan);
};
