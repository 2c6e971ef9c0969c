#pragma once

#include "ExitCode.h"

#include <QObject>

#include <functional>
#include <memory>

class CliContext;
class CliAccount;
class Journal;

/**
 * The activity journal as the `journal …` commands use it: the file the GUI and every CLI write share, opened, and
 * — when signed in — its pending entries (the process died between "about to send" and the answer) settled by
 * reading the tenant first, so a list or a restore never works from a guess.
 */
class JournalBackend : public QObject
{
    Q_OBJECT

public:
    explicit JournalBackend(CliContext& context, QObject* parent = nullptr);
    ~JournalBackend() override;

    Journal* journal() const { return m_journal.get(); }
    CliAccount* account() const { return m_account; } // who is acting, for the settler's tenant and for restores

    // Is there a token to read the tenant with? Without one (journal list offline) nothing is settled.
    static bool signedIn(CliContext& context);

    // Opens the journal, then settles pending entries when settle is set and signedIn(); then(Ok) or a failure
    // already printed.
    void open(bool settle, std::function<void(ExitCode)> then);

private:
    CliContext& m_context;
    std::unique_ptr<Journal> m_journal;
    CliAccount* m_account = nullptr;
};
