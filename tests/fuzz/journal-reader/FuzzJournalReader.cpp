// Fuzz target "journal-reader": the write-ahead journal as ConsentDesk reads it back — after a crash mid-write, a full
// disk, another process appending, or a file someone edited. The input is the file's content
// (consentdesk-journal.jsonl). Journal::open() loads it; what it accepts goes where the Activity view and
// `journal list|restore` take it: the filters (JournalQuery), the pending entries, the Graph restore plan
// (RestorePlanner, against an empty tenant state) and the Exchange one (ExchangeRestorePlanner), each with its
// preview lines and PowerShell. Oracles besides the sanitizers and hangs: generated PowerShell keeps its shape
// (FuzzOracles::checkPowerShell) however the file was edited.
#include "FuzzEnvironment.h"
#include "FuzzOracles.h"
#include "consent/GraphPowerShell.h"
#include "consent/Journal.h"
#include "consent/JournalQuery.h"
#include "consent/RestorePlanner.h"
#include "exchange/ExchangeRestorePlanner.h"

#include <QDir>
#include <QFile>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    const QString dir = FuzzEnvironment::tempDir() + QStringLiteral("/journal");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/consentdesk-journal.jsonl");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            FuzzOracles::fail("cannot write the journal file", path);
        }
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }

    Journal journal(path);
    QString error;
    if (!journal.open(&error)) {
        return 0;
    }
    const QList<JournalEntry> entries = journal.entries();
    journal.pending();
    for (const JournalEntry& entry : entries) {
        journal.entry(entry.id);
        entry.intentJson();
        entry.outcomeJson();
    }

    JournalQuery query;
    query.actions = {QStringLiteral("grant.")};
    query.text = QStringLiteral("mail");
    query.newestFirst = true;
    query.apply(entries);
    JournalQuery::restoredBy(entries);
    if (!entries.isEmpty()) {
        JournalQuery::ofOperation(entries, entries.first().operationId);
    }

    for (const JournalEntry& entry : entries) {
        if (RestorePlanner::isRestorable(entry)) {
            RestorePlanner::removedScopes(entry);
        }
    }
    RestorePlanner::clientIds(entries);
    const GrantPlan restore = RestorePlanner::plan(entries, RestorePlanner::State {});
    restore.describe();
    restore.toJson();
    FuzzOracles::checkPowerShell(GraphPowerShell::forPlan(restore), "Graph restore");

    const ExchangePlan exchange = ExchangeRestorePlanner::plan(entries);
    exchange.describe();
    exchange.toJson();
    FuzzOracles::checkPowerShell(exchange.powerShellScript(), "Exchange restore");
    return 0;
}
