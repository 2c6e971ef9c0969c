// The one write pipeline (WriteRunner) with scripted writes and a real journal on disk: the order of prepare,
// journal intent and send; the client-request-id; what a failure skips; what a network cut leaves pending; what
// applied() reports; and the rollback built from the writes' inverses.
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
    GraphError sendError;
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
        if (readError) {
            return later(Prepared {nullptr, readError, {}});
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
        if (sendError) {
            return later(Reply {sendError, sendError.httpStatus, {}, {}});
        }
        return later(Reply {{}, 200, {{QStringLiteral("id"), createdId}}, createdId});
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
