#include "consent/Journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
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
    QVERIFY(journal.recordReply(refused.id, GraphError::make(GraphError::Kind::PermissionDenied, QStringLiteral("no")), 403, {}));
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
