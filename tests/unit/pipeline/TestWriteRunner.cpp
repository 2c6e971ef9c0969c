// The one write pipeline (WriteRunner) with scripted writes and a real journal on disk: the order of prepare,
// journal intent and send; the client-request-id; what a failure skips; what a lost answer does (read back: made,
// not made and sent again under a linked intent, or still pending); what applied() reports; and the rollback built
// from the writes' inverses.
#include "consent/Journal.h"
#include "pipeline/WriteRunner.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

template<typename T> QFuture<T> later(T value)
{
    // Answers on a later turn of the event loop, as the network does.
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QTimer::singleShot(1, [promise, value] {
        promise->addResult(value);
        promise->finish();
    });
    return promise->future();
}

// A write whose every answer the test decides. What happened is appended to a log shared by the writes of a plan.
struct FakeWrite : TenantWrite
{
    struct Log
    {
        QStringList events;
        Journal* journal = nullptr;
        QStringList journaledBeforeSend; // names whose intent was on disk, with the prior state, at send time
    };

    QString name;
    bool creation = false;
    QString produces; // variable this one sets to its created id
    QString needs; // variable this one needs
    QJsonObject current; // what prepare() reads
    GraphError readError;
    QList<GraphError> readErrors; // what each prepare() meets in turn (then readError)
    GraphError sendError;
    QList<GraphError> sendErrors; // the answer to each send in turn (then sendError)
    QList<WriteVerifier::Verdict> verdicts; // what each read-back finds in turn (then: it cannot tell)
    // Shared by the copies the runner makes (clone, prepare): how many sends and read-backs so far.
    std::shared_ptr<int> sends = std::make_shared<int>(0);
    std::shared_ptr<int> reads = std::make_shared<int>(0);
    std::shared_ptr<int> prepares = std::make_shared<int>(0);
    QString createdId;
    TenantChanges kind = TenantChange::Grants;
    std::shared_ptr<Log> log;
    QString used; // the value of `needs` once resolved

    static std::shared_ptr<FakeWrite> make(const QString& name, const std::shared_ptr<Log>& log)
    {
        auto write = std::make_shared<FakeWrite>();
        write->name = name;
        write->summary = QStringLiteral("write %1").arg(name);
        write->log = log;
        return write;
    }

    Service service() const override { return Service::Graph; }
    std::shared_ptr<TenantWrite> clone() const override { return std::make_shared<FakeWrite>(*this); }
    QString action() const override { return QStringLiteral("fake.") + name; }
    bool isCreation() const override { return creation; }
    TenantChanges changes() const override { return kind; }
    QString requestLine() const override { return QStringLiteral("FAKE ") + name; }
    QString requestText() const override { return requestLine(); }
    QJsonObject journalRequest() const override
    {
        return {{QStringLiteral("method"), QStringLiteral("FAKE")}, {QStringLiteral("path"), name}};
    }
    QString powerShell() const override { return QStringLiteral("Invoke-Fake ") + name; }
    QJsonObject toJson() const override { return {{QStringLiteral("name"), name}}; }
    QString producedVariable() const override { return produces; }
    bool resolve(const QHash<QString, QString>& variables, QString* missing) override
    {
        if (needs.isEmpty()) {
            return true;
        }
        used = variables.value(needs);
        if (used.isEmpty()) {
            *missing = needs;
            return false;
        }
        return true;
    }
    QFuture<Prepared> prepare(const Channel&) const override
    {
        log->events.append(QStringLiteral("prepare ") + name);
        const int n = (*prepares)++;
        const GraphError error = n < readErrors.size() ? readErrors.at(n) : readError;
        if (error) {
            return later(Prepared {nullptr, error, {}});
        }
        auto read = std::make_shared<FakeWrite>(*this);
        read->prior = current;
        return later(Prepared {read, {}, {}});
    }
    QFuture<Reply> send(const Channel&, const QString& clientRequestId) const override
    {
        log->events.append(QStringLiteral("send %1 %2").arg(name, used));
        // The journal file must already hold this intent, under the id sent as client-request-id, with the prior.
        Journal onDisk(log->journal->path());
        if (onDisk.open()) {
            const JournalEntry* entry = onDisk.entry(clientRequestId);
            if (entry && entry->isPending() && entry->clientRequestId == clientRequestId && entry->prior == prior) {
                log->journaledBeforeSend.append(name);
            }
        }
        const int n = (*sends)++;
        const GraphError error = n < sendErrors.size() ? sendErrors.at(n) : sendError;
        if (error) {
            return later(Reply {error, error.httpStatus, {}, {}});
        }
        return later(Reply {{}, 200, {{QStringLiteral("id"), createdId}}, createdId});
    }
    QFuture<WriteVerifier::Verdict> verify(const Channel&, const JournalEntry& entry) const override
    {
        log->events.append(QStringLiteral("verify ") + name);
        // The runner reads back the entry it journaled for this send, still pending then.
        Journal onDisk(log->journal->path());
        if (!onDisk.open() || !onDisk.entry(entry.id) || !onDisk.entry(entry.id)->isPending()) {
            log->events.append(QStringLiteral("verify of an entry not pending"));
        }
        const int n = (*reads)++;
        return later(n < verdicts.size() ? verdicts.at(n)
                                         : WriteVerifier::Verdict {WriteVerifier::Verdict::State::Unknown,
                                                                   {},
                                                                   {},
                                                                   GraphError::make(GraphError::Kind::Protocol,
                                                                                    QStringLiteral("cannot tell"))});
    }
    Inverse inverse(const QJsonObject& result, const QString& label) const override
    {
        Inverse inverse;
        if (name.startsWith(QLatin1String("keep"))) {
            inverse.refusal = label + QStringLiteral(": left in place");
            return inverse;
        }
        auto undo = std::make_shared<FakeWrite>(*this);
        undo->name = QStringLiteral("undo-") + name + QLatin1Char('-') + result.value(QStringLiteral("id")).toString();
        undo->summary = QStringLiteral("undo ") + name;
        inverse.operations.append(undo);
        inverse.warnings.append(QStringLiteral("undoing"));
        return inverse;
    }
};

} // namespace

class TestWriteRunner : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(m_journal->open());
        m_log = std::make_shared<FakeWrite::Log>();
        m_log->journal = m_journal.get();
        m_runner = std::make_unique<WriteRunner>(TenantWrite::Channel {}, m_journal.get());
        m_runner->setReadBackDelays({5, 5});
    }

    void cleanup()
    {
        m_runner.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void journalsPriorStateBeforeSendingUnderTheRequestId()
    {
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->current = {{QStringLiteral("scope"), QStringLiteral("User.Read")}};
        QSignalSpy applied(m_runner.get(), &WriteRunner::applied);
        const WriteRun run = runToEnd(plan({change}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(m_log->events, (QStringList {QStringLiteral("prepare a"), QStringLiteral("send a ")}));
        QCOMPARE(m_log->journaledBeforeSend, QStringList {QStringLiteral("a")});
        const JournalEntry entry = m_journal->entries().constFirst();
        QCOMPARE(entry.id, run.results.first().journalEntryId);
        QCOMPARE(entry.clientRequestId, entry.id);
        QCOMPARE(entry.tenantId, QStringLiteral("tenant-1"));
        QCOMPARE(entry.actor, QStringLiteral("admin@contoso.com"));
        QCOMPARE(entry.operationId, run.operationId);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entry.prior, change->current);
        QCOMPARE(run.results.first().operation->prior, change->current); // the result holds the write as sent
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().value<TenantChanges>(), TenantChanges(TenantChange::Grants));
    }

    void createdIdsReachTheWritesThatNeedThem()
    {
        auto create = FakeWrite::make(QStringLiteral("sp"), m_log);
        create->creation = true;
        create->produces = QStringLiteral("clientSp");
        create->createdId = QStringLiteral("new-sp-id");
        auto grant = FakeWrite::make(QStringLiteral("grant"), m_log);
        grant->needs = QStringLiteral("clientSp");
        const WriteRun run = runToEnd(plan({create, grant}));
        QVERIFY(run.allSucceeded());
        QCOMPARE(m_log->events,
                 (QStringList {QStringLiteral("prepare sp"),
                               QStringLiteral("send sp "),
                               QStringLiteral("prepare grant"),
                               QStringLiteral("send grant new-sp-id")}));
    }

    void aFailedCreationSkipsOnlyItsDependents()
    {
        auto create = FakeWrite::make(QStringLiteral("sp"), m_log);
        create->produces = QStringLiteral("clientSp");
        create->sendError = GraphError::fromGraphJson(
            403, R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}})");
        auto dependent = FakeWrite::make(QStringLiteral("grant"), m_log);
        dependent->needs = QStringLiteral("clientSp");
        auto independent = FakeWrite::make(QStringLiteral("other"), m_log);
        QSignalSpy finishedOps(m_runner.get(), &WriteRunner::operationFinished);
        const WriteRun run = runToEnd(plan({create, dependent, independent}));
        using S = WriteRun::Result::Status;
        QCOMPARE(run.results.at(0).status, S::Failed);
        QCOMPARE(run.results.at(0).httpStatus, 403);
        QCOMPARE(run.results.at(1).status, S::Skipped);
        QVERIFY(run.results.at(1).message.contains(QStringLiteral("clientSp")));
        QCOMPARE(run.results.at(2).status, S::Succeeded);
        QCOMPARE(finishedOps.size(), 3);
        QCOMPARE(m_journal->entries().size(), 2); // nothing journaled for what was never attempted
        QCOMPARE(m_journal->entries().first().outcome, JournalEntry::Outcome::Failed);
    }

    void stopAtFirstFailureSkipsEverythingAfter()
    {
        auto first = FakeWrite::make(QStringLiteral("a"), m_log);
        first->sendError = GraphError::fromGraphJson(400, R"({"error":{"code":"Request_BadRequest","message":"No."}})");
        auto second = FakeWrite::make(QStringLiteral("b"), m_log);
        WritePlan p = plan({first, second});
        p.failurePolicy = PlanHeader::FailurePolicy::StopAtFirstFailure;
        const WriteRun run = runToEnd(p);
        QCOMPARE(run.results.at(0).status, WriteRun::Result::Status::Failed);
        QCOMPARE(run.results.at(1).status, WriteRun::Result::Status::Skipped);
        QVERIFY(!m_log->events.contains(QStringLiteral("prepare b")));
    }

    void aFailedReadSendsAndJournalsNothing()
    {
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->readError = GraphError::fromGraphJson(404, R"({"error":{"code":"Request_ResourceNotFound"}})");
        const WriteRun run = runToEnd(plan({change}));
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QVERIFY2(run.results.first().message.contains(QStringLiteral("nothing was changed")),
                 qPrintable(run.results.first().message));
        QCOMPARE(m_log->events, QStringList {QStringLiteral("prepare a")});
        QVERIFY(m_journal->entries().isEmpty());
    }

    void aNetworkCutLeavesTheWritePendingAndReportsItApplied()
    {
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->kind = TenantChange::ExchangePolicies;
        change->sendError = GraphError::network(QStringLiteral("Connection reset"));
        QSignalSpy applied(m_runner.get(), &WriteRunner::applied);
        const WriteRun run = runToEnd(plan({change}));
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QCOMPARE(m_journal->entries().first().outcome, JournalEntry::Outcome::Pending); // for JournalSettler
        QCOMPARE(applied.size(), 1); // it may have been made: caches must not trust what they hold
        QCOMPARE(applied.first().first().value<TenantChanges>(), TenantChanges(TenantChange::ExchangePolicies));
        // The tenant could not tell (this write cannot be read back): asked once, not again and again.
        QCOMPARE(m_log->events.count(QStringLiteral("verify a")), 1);
        QCOMPARE(m_log->events.count(QStringLiteral("send a ")), 1);
        // What the admin reads: what happened, what ConsentDesk did, where to look.
        const QString message = run.results.first().message;
        QVERIFY2(message.contains(QStringLiteral("connection dropped")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not known")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Activity")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot tell")), qPrintable(message));
    }

    void aLostAnswerOfAWriteThatWasMadeIsReadBackAsMade()
    {
        // The connection dropped after the service made the change: reading the object back says so; the write is
        // not sent again, the journal records it made, and the id it created reaches the writes that need it.
        auto create = FakeWrite::make(QStringLiteral("sp"), m_log);
        create->creation = true;
        create->produces = QStringLiteral("clientSp");
        create->sendErrors = {GraphError::network(QStringLiteral("Connection closed"))};
        create->verdicts = {{WriteVerifier::Verdict::State::Applied,
                             {{QStringLiteral("id"), QStringLiteral("read-back-id")}},
                             QStringLiteral("the service principal exists"),
                             {}}};
        auto grant = FakeWrite::make(QStringLiteral("grant"), m_log);
        grant->needs = QStringLiteral("clientSp");
        QSignalSpy applied(m_runner.get(), &WriteRunner::applied);
        const WriteRun run = runToEnd(plan({create, grant}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(m_log->events,
                 (QStringList {QStringLiteral("prepare sp"),
                               QStringLiteral("send sp "),
                               QStringLiteral("verify sp"),
                               QStringLiteral("prepare grant"),
                               QStringLiteral("send grant read-back-id")}));
        const JournalEntry made = *m_journal->entry(run.results.at(0).journalEntryId);
        QCOMPARE(made.outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(made.settledBy, WriteRunner::readBackSettledBy());
        QCOMPARE(made.error, QStringLiteral("the service principal exists"));
        QCOMPARE(made.result.value(QStringLiteral("id")).toString(), QStringLiteral("read-back-id"));
        QCOMPARE(m_journal->entries().size(), 2); // one intent each: nothing sent twice
        QVERIFY(m_journal->pending().isEmpty());
        QCOMPARE(run.results.at(0).result.value(QStringLiteral("id")).toString(), QStringLiteral("read-back-id"));
        QVERIFY2(run.results.at(0).message.contains(QStringLiteral("the change was made")),
                 qPrintable(run.results.at(0).message));
        QCOMPARE(applied.size(), 2); // the lost one (maybe made) and the grant
        // The rollback undoes the write made, with the id the read found.
        const WritePlan rollback = run.rollbackPlan();
        QCOMPARE(rollback.operations.size(), 2);
        QCOMPARE(rollback.operationAs<FakeWrite>(1)->name, QStringLiteral("undo-sp-read-back-id"));
        QCOMPARE(rollback.operations.at(1)->restoresEntryId, made.id);
    }

    void aLostWriteThatWasNotMadeIsSentAgainUnderANewIntent()
    {
        // The connection dropped before the service made the change: reading back says not made; the write goes
        // again under a new intent linked to the first (journaled before it is sent), and the run ends as a run
        // without the fault would.
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->current = {{QStringLiteral("scope"), QStringLiteral("User.Read Mail.Read")}};
        change->sendErrors = {GraphError::network(QStringLiteral("Connection closed"))};
        change->verdicts = {{WriteVerifier::Verdict::State::NotApplied,
                             change->current,
                             QStringLiteral("scope does not hold the new value"),
                             {}}};
        auto next = FakeWrite::make(QStringLiteral("b"), m_log);
        const WriteRun run = runToEnd(plan({change, next}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(m_log->events,
                 (QStringList {QStringLiteral("prepare a"),
                               QStringLiteral("send a "),
                               QStringLiteral("verify a"),
                               QStringLiteral("send a "),
                               QStringLiteral("prepare b"),
                               QStringLiteral("send b ")}));
        QCOMPARE(m_log->journaledBeforeSend,
                 (QStringList {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b")}));
        const QList<JournalEntry> entries = m_journal->entries();
        QCOMPARE(entries.size(), 3);
        const JournalEntry& lost = entries.at(0);
        const JournalEntry& again = entries.at(1);
        QCOMPARE(lost.outcome, JournalEntry::Outcome::NotApplied);
        QCOMPARE(lost.settledBy, WriteRunner::readBackSettledBy());
        QVERIFY(lost.resendsEntryId.isEmpty());
        QCOMPARE(again.resendsEntryId, lost.id);
        QCOMPARE(again.outcome, JournalEntry::Outcome::Succeeded);
        QVERIFY(again.id != lost.id);
        QCOMPARE(again.clientRequestId, again.id); // a request of its own for the service's logs
        QCOMPARE(again.prior, lost.prior);
        QCOMPARE(again.request, lost.request);
        QCOMPARE(again.operationId, lost.operationId);
        QCOMPARE(run.results.at(0).journalEntryId, again.id); // the result names the write that was made
        QVERIFY2(run.results.at(0).message.contains(QStringLiteral("sent it again")),
                 qPrintable(run.results.at(0).message));
        QVERIFY(m_journal->pending().isEmpty());
        // The link survives the file: another process reads it back.
        Journal reread(m_journal->path());
        QVERIFY(reread.open());
        QCOMPARE(reread.entry(again.id)->resendsEntryId, lost.id);
    }

    void aResentWriteWhoseAnswerIsLostAgainIsReadBackToo()
    {
        // Lost, not made, sent again, lost again — this time made: one change, and the journal says which send.
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->sendErrors = {GraphError::network(QStringLiteral("Connection closed")),
                              GraphError::network(QStringLiteral("Connection closed"))};
        change->verdicts
            = {{WriteVerifier::Verdict::State::NotApplied, {}, QStringLiteral("the object still exists"), {}},
               {WriteVerifier::Verdict::State::Applied, {}, QStringLiteral("the object is gone"), {}}};
        const WriteRun run = runToEnd(plan({change}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        const QList<JournalEntry> entries = m_journal->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, JournalEntry::Outcome::NotApplied);
        QCOMPARE(entries.at(1).outcome, JournalEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).settledBy, WriteRunner::readBackSettledBy());
        QCOMPARE(entries.at(1).resendsEntryId, entries.at(0).id);
        QVERIFY(!m_log->events.contains(QStringLiteral("verify of an entry not pending")));
    }

    void aWriteLostEveryTimeEndsFailedWithoutEndlessResending()
    {
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        for (int i = 0; i < 10; ++i) {
            change->sendErrors.append(GraphError::network(QStringLiteral("Connection closed")));
            change->verdicts.append({WriteVerifier::Verdict::State::NotApplied, {}, QStringLiteral("not there"), {}});
        }
        const WriteRun run = runToEnd(plan({change}));
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QVERIFY2(run.results.first().message.contains(QStringLiteral("not made")),
                 qPrintable(run.results.first().message));
        const int sends = int(m_log->events.count(QStringLiteral("send a ")));
        QCOMPARE(sends, WriteRunner::maxSendsOfALostWrite());
        QCOMPARE(m_journal->entries().size(), sends);
        QVERIFY(m_journal->pending().isEmpty()); // each one read back: not made
        for (const JournalEntry& e : m_journal->entries()) {
            QCOMPARE(e.outcome, JournalEntry::Outcome::NotApplied);
        }
    }

    void aReadOfThePriorStateThatFailsOnTheWayIsTriedAgain()
    {
        // Fault matrix, bulk revoke, fault-seed 6: the read before a DELETE needed a fresh token and the token
        // endpoint answered 503 — one transient failure ended the item, though nothing had been sent.
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        GraphError refresh = GraphError::make(GraphError::Kind::TokenEndpoint, QStringLiteral("Sign-in failed"));
        refresh.httpStatus = 503;
        change->readErrors = {refresh, GraphError::network(QStringLiteral("Connection closed"))};
        const WriteRun run = runToEnd(plan({change}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(m_log->events.count(QStringLiteral("prepare a")), 3);
        QCOMPARE(m_log->events.count(QStringLiteral("send a ")), 1);
        QVERIFY(m_journal->pending().isEmpty());
    }

    void aReadBackThatFailsOnTheWayIsTriedAgain()
    {
        // The read meets the same trouble as the write (a drop, throttling): read again after a pause.
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->sendErrors = {GraphError::network(QStringLiteral("Connection closed"))};
        const GraphError dropped = GraphError::network(QStringLiteral("Connection closed"));
        change->verdicts = {{WriteVerifier::Verdict::State::Unknown, {}, {}, dropped},
                            {WriteVerifier::Verdict::State::Unknown, {}, {}, dropped},
                            {WriteVerifier::Verdict::State::Applied, {}, QStringLiteral("the object is gone"), {}}};
        const WriteRun run = runToEnd(plan({change}));
        QVERIFY2(run.allSucceeded(), qPrintable(run.describe().join(QLatin1Char('\n'))));
        QCOMPARE(m_log->events.count(QStringLiteral("verify a")), 3);
        QCOMPARE(m_log->events.count(QStringLiteral("send a ")), 1);
        QVERIFY(m_journal->pending().isEmpty());
    }

    void aReadBackFailingEveryTimeLeavesThePendingEntry()
    {
        // Bounded: one read and one more per delay, then the entry stays pending for the settler — never sent again
        // blind.
        m_runner->setReadBackDelays({1, 1});
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        change->sendErrors = {GraphError::network(QStringLiteral("Connection closed"))};
        for (int i = 0; i < 10; ++i) {
            change->verdicts.append(
                {WriteVerifier::Verdict::State::Unknown,
                 {},
                 {},
                 GraphError::fromGraphJson(503, R"({"error":{"code":"serviceUnavailable","message":"Try later."}})")});
        }
        const WriteRun run = runToEnd(plan({change}));
        QCOMPARE(run.results.first().status, WriteRun::Result::Status::Failed);
        QCOMPARE(m_log->events.count(QStringLiteral("verify a")), 3);
        QCOMPARE(m_log->events.count(QStringLiteral("send a ")), 1);
        QCOMPARE(m_journal->pending().size(), 1);
        QVERIFY2(run.results.first().message.contains(QStringLiteral("Try later.")),
                 qPrintable(run.results.first().message));
    }

    void anUnwritableJournalStopsTheRunBeforeAnythingIsSent()
    {
        // The journal's file turns into a folder: appending fails, for root too.
        QVERIFY(QFile::remove(m_journal->path()));
        QVERIFY(QDir().mkdir(m_journal->path()));
        auto first = FakeWrite::make(QStringLiteral("a"), m_log);
        auto second = FakeWrite::make(QStringLiteral("b"), m_log);
        const WriteRun run = runToEnd(plan({first, second}));
        QCOMPARE(run.results.at(0).status, WriteRun::Result::Status::Failed);
        QVERIFY2(run.results.at(0).message.contains(QStringLiteral("journal")), qPrintable(run.results.at(0).message));
        QCOMPARE(run.results.at(1).status, WriteRun::Result::Status::Skipped);
        QCOMPARE(m_log->events, QStringList {QStringLiteral("prepare a")}); // never sent
    }

    void withoutAJournalNothingIsSent()
    {
        WriteRunner runner(TenantWrite::Channel {}, nullptr);
        QVERIFY(!runner.hasJournal());
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        const QFuture<WriteRun> done = runner.run(plan({change}), {});
        QTRY_VERIFY(done.isFinished());
        QCOMPARE(done.result().results.first().status, WriteRun::Result::Status::Failed);
        QVERIFY(!m_log->events.contains(QStringLiteral("send a ")));
    }

    void aSecondRunWhileOneIsGoingIsRefused()
    {
        auto change = FakeWrite::make(QStringLiteral("a"), m_log);
        const QFuture<WriteRun> first = m_runner->run(plan({change}), {});
        const QFuture<WriteRun> second = m_runner->run(plan({FakeWrite::make(QStringLiteral("b"), m_log)}), {});
        QVERIFY(second.isFinished());
        QCOMPARE(second.result().results.first().status, WriteRun::Result::Status::Skipped);
        QTRY_VERIFY(first.isFinished());
        QVERIFY(first.result().allSucceeded());
        QVERIFY(!m_log->events.contains(QStringLiteral("prepare b")));
    }

    void rollbackUndoesWhatSucceededNewestFirst()
    {
        auto kept = FakeWrite::make(QStringLiteral("keep-group"), m_log);
        kept->createdId = QStringLiteral("g");
        auto made = FakeWrite::make(QStringLiteral("member"), m_log);
        made->createdId = QStringLiteral("m");
        auto failed = FakeWrite::make(QStringLiteral("policy"), m_log);
        failed->sendError = GraphError::fromGraphJson(400, R"({"error":{"code":"Invalid","message":"No."}})");
        WritePlan p = plan({kept, made, failed});
        p.clientDisplayName = QStringLiteral("Contoso CRM");
        p.title = QStringLiteral("Scope Contoso CRM");
        const WriteRun run = runToEnd(p);
        const WritePlan rollback = run.rollbackPlan();
        QCOMPARE(rollback.purpose, PlanHeader::Purpose::Rollback);
        QCOMPARE(rollback.title, QStringLiteral("Roll back: Scope Contoso CRM"));
        QCOMPARE(rollback.clientDisplayName, QStringLiteral("Contoso CRM"));
        QCOMPARE(rollback.operations.size(), 1);
        QCOMPARE(rollback.operationAs<FakeWrite>(0)->name, QStringLiteral("undo-member-m"));
        QCOMPARE(rollback.operations.first()->restoresEntryId, run.results.at(1).journalEntryId);
        QCOMPARE(rollback.refused, QStringList {QStringLiteral("write keep-group: left in place")});
        QCOMPARE(rollback.warnings, QStringList {QStringLiteral("undoing")});

        const WriteRun undone = runToEnd(rollback);
        QVERIFY(undone.allSucceeded());
        QCOMPARE(m_journal->entries().last().restoresEntryId, run.results.at(1).journalEntryId);
    }

private:
    WritePlan plan(const QList<std::shared_ptr<FakeWrite>>& writes)
    {
        WritePlan p;
        for (const auto& w : writes) {
            p.operations.append(w);
        }
        return p;
    }

    WriteRun runToEnd(const WritePlan& p)
    {
        const QFuture<WriteRun> done
            = m_runner->run(p, {QStringLiteral("tenant-1"), QStringLiteral("admin@contoso.com"), QStringLiteral("u1")});
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 10000); }();
        return done.isFinished() ? done.result() : WriteRun();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::shared_ptr<FakeWrite::Log> m_log;
    std::unique_ptr<WriteRunner> m_runner;
};

QTEST_GUILESS_MAIN(TestWriteRunner)
#include "TestWriteRunner.moc"
