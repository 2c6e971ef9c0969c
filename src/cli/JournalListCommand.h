#pragma once

#include "CliCommand.h"

#include "consent/JournalEntry.h"
#include "report/Table.h"

#include <QDateTime>

// `journal list [--since ISO|7d] [--action A] [--app X] [--outcome O] [--actor UPN] [--operation ID] [--no-settle]`:
// the activity journal (every tenant write ConsentDesk made, GUI or CLI), pending entries settled first.
class JournalListCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("journal"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QStringLiteral("The activity journal: every change ConsentDesk made, with filters.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    // Offline is fine: without a sign-in the journal is listed as it is, nothing settled.
    bool tenantOptional() const override { return true; }
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // "2026-11-30", "2026-11-30T08:00:00Z", "7d", "12h", "30m" (ago, from now); invalid when unreadable.
    static QDateTime parseSince(const QString& text, const QDateTime& now);
    static Table table(const QList<JournalEntry>& entries);
};
