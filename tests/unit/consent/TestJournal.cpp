#include "consent/Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void createsOwnerOnlyFile();
    void intentIsOnDiskBeforeOutcome();
    void outcomesMergeOnReload();
    void replyAfterNetworkFailureStaysPending();
    void truncatedLineIsSkippedAndNotGluedOnto();
#ifdef Q_OS_UNIX
    void survivesSigkillMidStream(); // SIGKILL is POSIX
#endif
    void unknownOutcomeIsRejected();
    void intentNamesItsWriter();
    void fragmentLeftAfterOpenIsNotGluedOnto();
    void appendsWaitForTheLockAndTakeOverAStaleOne();
    void otherWritersChangesAreReloaded();
    void responseOutcomeWinsOverSettledOne();
#ifdef Q_OS_UNIX
    void twoProcessesAppendingAtOnce();
#endif

private:
    static JournalEntry sample(int n);

    friend JournalEntry TestJournal_sampleForChild(int n);
};

JournalEntry TestJournal_sampleForChild(int n);

JournalEntry TestJournal::sample(int n)
{
    JournalEntry e;
    e.tenantId = QStringLiteral("7e3c1a4b-0000-4000-8000-000000000001");
    e.actor = QStringLiteral("admin@contoso.com");
    e.action = QStringLiteral("grant.updateScope");
    e.summary = QStringLiteral("Remove Mail.Send from Litware Outreach (%1)").arg(n);
    e.operationId = QStringLiteral("op-1");
    e.target = QJsonObject {{QStringLiteral("grantId"), QStringLiteral("grant-%1").arg(n)}};
    e.prior = QJsonObject {{QStringLiteral("id"), QStringLiteral("grant-%1").arg(n)},
                           {QStringLiteral("scope"), QStringLiteral("Mail.Send Mail.Read")}};
    e.request
        = QJsonObject {{QStringLiteral("method"), QStringLiteral("PATCH")},
                       {QStringLiteral("path"), QStringLiteral("/oauth2PermissionGrants/grant-%1").arg(n)},
                       {QStringLiteral("body"), QJsonObject {{QStringLiteral("scope"), QStringLiteral("Mail.Read")}}}};
    e.clientRequestId = QStringLiteral("c0ffee00-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    return e;
}

void TestJournal::createsOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal/j.jsonl"));
    Journal journal(path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QVERIFY(QFile::exists(path));
    const auto perms = QFile::permissions(path);
    QVERIFY(perms & QFile::ReadOwner);
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    const auto dirPerms = QFile::permissions(dir.filePath(QStringLiteral("journal")));
    QVERIFY(!(dirPerms & (QFile::ReadOther | QFile::ExeOther)));
}

void TestJournal::intentIsOnDiskBeforeOutcome()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    QSignalSpy changed(&journal, &Journal::changed);
    JournalEntry e = sample(1);
    QVERIFY(journal.recordIntent(e));
    QVERIFY(!e.id.isEmpty());
    QVERIFY(e.time.isValid());
    QCOMPARE(changed.count(), 1);

    // Another reader sees the intent with its full prior state, before any outcome exists.
    Journal reader(journal.path());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().size(), 1);
    const JournalEntry read = reader.entries().first();
    QCOMPARE(read.id, e.id);
    QVERIFY(read.isPending());
    QCOMPARE(read.prior.value(QStringLiteral("scope")).toString(), QStringLiteral("Mail.Send Mail.Read"));
    QCOMPARE(read.clientRequestId, e.clientRequestId);
    QCOMPARE(reader.pending().size(), 1);
}

void TestJournal::replyAfterNetworkFailureStaysPending()
{
    // A POST whose connection dropped may have run: the entry stays Pending for the settler, never "Failed".
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    JournalEntry ok = sample(1);
    JournalEntry refused = sample(2);
    JournalEntry dropped = sample(3);
    JournalEntry timedOut = sample(4);
    for (JournalEntry* e : {&ok, &refused, &dropped, &timedOut}) {
        QVERIFY(journal.recordIntent(*e));
    }
    QVERIFY(journal.recordReply(ok.id, {}, 200, {{QStringLiteral("id"), QStringLiteral("x")}}));
    QVERIFY(journal.recordReply(
        refused.id, GraphError::make(GraphError::Kind::PermissionDenied, QStringLiteral("no")), 403, {}));
    QVERIFY(journal.recordReply(dropped.id, GraphError::network(QStringLiteral("reset")), 0, {}));
    QVERIFY(journal.recordReply(timedOut.id, GraphError::network(QStringLiteral("slow"), true), 0, {}));
    QCOMPARE(journal.entry(ok.id)->outcome, JournalEntry::Outcome::Succeeded);
    QCOMPARE(journal.entry(refused.id)->outcome, JournalEntry::Outcome::Failed);
    QCOMPARE(journal.entry(refused.id)->httpStatus, 403);
    QCOMPARE(journal.entry(dropped.id)->outcome, JournalEntry::Outcome::Pending);
    QCOMPARE(journal.entry(timedOut.id)->outcome, JournalEntry::Outcome::Pending);
    QCOMPARE(journal.pending().size(), 2);
}

void TestJournal::outcomesMergeOnReload()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    JournalEntry a = sample(1);
    JournalEntry b = sample(2);
    QVERIFY(journal.recordIntent(a));
    QVERIFY(journal.recordIntent(b));
    QVERIFY(journal.recordOutcome(a.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
    QVERIFY(journal.recordOutcome(b.id,
                                  JournalEntry::Outcome::Failed,
                                  403,
                                  {},
                                  QStringLiteral("Authorization_RequestDenied"),
                                  QStringLiteral("response")));
    QCOMPARE(journal.pending().size(), 0);

    Journal reader(journal.path());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().size(), 2);
    QCOMPARE(reader.entry(a.id)->outcome, JournalEntry::Outcome::Succeeded);
    QCOMPARE(reader.entry(b.id)->outcome, JournalEntry::Outcome::Failed);
    QCOMPARE(reader.entry(b.id)->httpStatus, 403);
    QCOMPARE(reader.entry(b.id)->error, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reader.skippedLines(), 0);

    // The file only ever grows: 2 intents + 2 outcomes.
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 4);
}

void TestJournal::truncatedLineIsSkippedAndNotGluedOnto()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    {
        Journal journal(path);
        QVERIFY(journal.open());
        JournalEntry e = sample(1);
        QVERIFY(journal.recordIntent(e));
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(R"({"type":"intent","id":"cut-short","act)"); // a write the crash cut short
    }
    Journal journal(path);
    QVERIFY(journal.open());
    QCOMPARE(journal.entries().size(), 1);
    QCOMPARE(journal.skippedLines(), 1);
    JournalEntry next = sample(2);
    QVERIFY(journal.recordIntent(next));

    Journal reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().size(), 2);
    QCOMPARE(reader.skippedLines(), 1);
    QVERIFY(reader.entry(next.id));
}

#ifdef Q_OS_UNIX
void TestJournal::survivesSigkillMidStream()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--journal-writer"), path});
    child.start();
    QVERIFY(child.waitForStarted());
    // Wait until the child confirmed a number of durable intents, then kill it without warning.
    QStringList confirmed;
    QByteArray buffer;
    while (confirmed.size() < 25 && child.waitForReadyRead(10000)) {
        buffer += child.readAllStandardOutput();
        while (buffer.contains('\n')) {
            const qsizetype nl = buffer.indexOf('\n');
            confirmed.append(QString::fromLatin1(buffer.left(nl)));
            buffer.remove(0, nl + 1);
        }
    }
    QVERIFY(confirmed.size() >= 25);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Journal journal(path);
    QVERIFY(journal.open());
    // Every intent the writer confirmed is there and pending (no outcome was ever written).
    for (const QString& id : confirmed) {
        const JournalEntry* e = journal.entry(id);
        QVERIFY2(e, qPrintable(QStringLiteral("confirmed intent missing: ") + id));
        QVERIFY(e->isPending());
    }
    QVERIFY(journal.pending().size() >= confirmed.size());
    QVERIFY(journal.skippedLines() <= 1); // at most the one line being written when it died
}
#endif

void TestJournal::unknownOutcomeIsRejected()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    QString error;
    QVERIFY(!journal.recordOutcome(QStringLiteral("nope"), JournalEntry::Outcome::Succeeded, 204, {}, {}, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestJournal::intentNamesItsWriter()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    JournalEntry e = sample(1);
    QVERIFY(journal.recordIntent(e));
    QVERIFY(Journal::isInFlight(e.id));
    Journal reader(journal.path());
    QVERIFY(reader.open());
    const JournalWriter writer = reader.entry(e.id)->writer;
    QCOMPARE(writer.pid, QCoreApplication::applicationPid());
    QVERIFY(!writer.host.isEmpty());
    QVERIFY(writer.isCurrentProcess());
    QCOMPARE(writer.state(), JournalWriter::State::Alive);
    QVERIFY(journal.recordReply(e.id, GraphError::network(QStringLiteral("reset"), false), 0, {}));
    QVERIFY(!Journal::isInFlight(e.id)); // answered (without an outcome): the settler may ask the tenant now
}

// Another writer dies mid-line AFTER this process read the file: the next line still starts on a line of its own.
void TestJournal::fragmentLeftAfterOpenIsNotGluedOnto()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    Journal journal(path);
    QVERIFY(journal.open());
    JournalEntry first = sample(1);
    QVERIFY(journal.recordIntent(first));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(R"({"type":"intent","id":"cut-short","act)");
    }
    JournalEntry second = sample(2);
    QVERIFY(journal.recordIntent(second));
    QVERIFY(
        journal.recordOutcome(second.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
    Journal reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().size(), 2);
    QCOMPARE(reader.skippedLines(), 1);
    QCOMPARE(reader.entry(second.id)->outcome, JournalEntry::Outcome::Succeeded);
}

void TestJournal::appendsWaitForTheLockAndTakeOverAStaleOne()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open());
    journal.setLockTimeout(300);
    {
        // Another writer holds the lock: the append waits, then fails without writing, saying who holds it.
        QLockFile other(journal.lockPath());
        QVERIFY(other.tryLock(0));
        JournalEntry e = sample(1);
        QString error;
        QVERIFY(!journal.recordIntent(e, &error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        QVERIFY(journal.entries().isEmpty());
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().isEmpty());
    }
    {
        // A lock left by a process that died: taken over.
        QFile stale(journal.lockPath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("2147483000\nconsentdesk-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    JournalEntry e = sample(2);
    QString error;
    QVERIFY2(journal.recordIntent(e, &error), qPrintable(error));
    QVERIFY(!QFile::exists(journal.lockPath())); // released after the append
}

void TestJournal::otherWritersChangesAreReloaded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    Journal gui(path);
    QVERIFY(gui.open());
    QSignalSpy changed(&gui, &Journal::changed);
    Journal cli(path); // another process, as far as the file is concerned
    QVERIFY(cli.open());
    JournalEntry e = sample(1);
    QVERIFY(cli.recordIntent(e));
    QVERIFY(cli.recordOutcome(e.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
    QTRY_VERIFY_WITH_TIMEOUT(gui.entry(e.id) && !gui.entry(e.id)->isPending(), 5000);
    QVERIFY(!changed.isEmpty());
}

void TestJournal::responseOutcomeWinsOverSettledOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    Journal journal(path);
    QVERIFY(journal.open());
    JournalEntry late = sample(1); // settled first, then its response arrives
    JournalEntry early = sample(2); // its response first, then a settler (that read an old copy) writes too
    QVERIFY(journal.recordIntent(late));
    QVERIFY(journal.recordIntent(early));
    QVERIFY(
        journal.recordOutcome(late.id, JournalEntry::Outcome::NotApplied, 0, {}, {}, QStringLiteral("startup-check")));
    QVERIFY(journal.recordOutcome(late.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
    QVERIFY(journal.recordOutcome(early.id, JournalEntry::Outcome::Succeeded, 204, {}, {}, QStringLiteral("response")));
    QVERIFY(
        journal.recordOutcome(early.id, JournalEntry::Outcome::NotApplied, 0, {}, {}, QStringLiteral("startup-check")));
    Journal reader(path); // what another process reads
    QVERIFY(reader.open());
    for (const Journal* view : {static_cast<const Journal*>(&journal), static_cast<const Journal*>(&reader)}) {
        QCOMPARE(view->entry(late.id)->outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(view->entry(early.id)->outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(view->entry(early.id)->settledBy, QStringLiteral("response"));
    }
    // The settler's own path refuses to write once an answer is there.
    QString error;
    QVERIFY(!journal.recordSettledOutcome(
        early.id, JournalEntry::Outcome::NotApplied, {}, {}, QStringLiteral("startup-check"), &error));
    QVERIFY(error.isEmpty());
}

#ifdef Q_OS_UNIX
// Two processes appending at once, one killed mid-run: every confirmed intent is there once, every line whole (at
// most the killed writer's last line cut short), nothing glued.
void TestJournal::twoProcessesAppendingAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    QProcess a;
    QProcess b;
    for (QProcess* p : {&a, &b}) {
        p->setProgram(QCoreApplication::applicationFilePath());
        p->setArguments({QStringLiteral("--journal-writer"), path});
        p->start();
        QVERIFY(p->waitForStarted());
    }
    QStringList confirmedA;
    QStringList confirmedB;
    QElapsedTimer clock;
    clock.start();
    while ((confirmedA.size() < 100 || confirmedB.size() < 100) && clock.elapsed() < 20000) {
        QTest::qWait(10);
        for (auto [p, list] : {std::pair {&a, &confirmedA}, std::pair {&b, &confirmedB}}) {
            while (p->canReadLine()) {
                list->append(QString::fromLatin1(p->readLine()).trimmed());
            }
        }
    }
    ::kill(pid_t(b.processId()), SIGKILL);
    QVERIFY(b.waitForFinished(5000));
    ::kill(pid_t(a.processId()), SIGTERM);
    QVERIFY(a.waitForFinished(5000));
    while (a.canReadLine()) {
        confirmedA.append(QString::fromLatin1(a.readLine()).trimmed());
    }
    Journal journal(path);
    QVERIFY(journal.open());
    QVERIFY(journal.skippedLines() <= 2);
    QSet<QString> ids;
    for (const JournalEntry& e : journal.entries()) {
        QVERIFY2(!ids.contains(e.id), "an intent was journaled twice");
        ids.insert(e.id);
    }
    for (const QString& id : confirmedA + confirmedB) {
        QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("confirmed intent missing: ") + id));
    }
    QVERIFY(confirmedA.size() >= 100 && confirmedB.size() >= 100);
}
#endif

JournalEntry TestJournal_sampleForChild(int n)
{
    return TestJournal::sample(n);
}

// The child half of survivesSigkillMidStream: writes intents forever, confirming each after it is durable.
static int runJournalWriter(const QString& path)
{
    Journal journal(path);
    if (!journal.open()) {
        return 2;
    }
    for (int n = 0;; ++n) {
        JournalEntry e = TestJournal_sampleForChild(n);
        if (!journal.recordIntent(e)) {
            return 3;
        }
        std::printf("%s\n", qPrintable(e.id));
        std::fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--journal-writer") == 0) {
        return runJournalWriter(QString::fromLocal8Bit(argv[2]));
    }
    TestJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestJournal.moc"
