#include "consent/JournalQuery.h"

#include <QTest>

namespace {

JournalEntry
make(const QString& id, const QString& action, const QString& actor, int minute, JournalEntry::Outcome outcome)
{
    JournalEntry e;
    e.id = id;
    e.action = action;
    e.actor = actor;
    e.actorId = actor + QStringLiteral("-id");
    e.time = QDateTime(QDate(2026, 1, 10), QTime(9, minute), Qt::UTC);
    e.outcome = outcome;
    e.operationId = minute < 30 ? QStringLiteral("op-1") : QStringLiteral("op-2");
    e.summary = QStringLiteral("Remove Mail.Send from Litware Outreach → Microsoft Graph");
    e.target
        = QJsonObject {{QStringLiteral("clientId"), QString(QStringLiteral("sp-") + id)},
                       {QStringLiteral("clientDisplayName"),
                        id == QLatin1String("3") ? QStringLiteral("Tailspin") : QStringLiteral("Litware Outreach")}};
    return e;
}

} // namespace

class TestJournalQuery : public QObject
{
    Q_OBJECT

private slots:
    void filters();
    void restoredBy();
};

void TestJournalQuery::filters()
{
    const QList<JournalEntry> entries {make(QStringLiteral("1"),
                                            QStringLiteral("grant.delete"),
                                            QStringLiteral("grace@x"),
                                            10,
                                            JournalEntry::Outcome::Succeeded),
                                       make(QStringLiteral("2"),
                                            QStringLiteral("grant.updateScope"),
                                            QStringLiteral("amara@x"),
                                            20,
                                            JournalEntry::Outcome::Failed),
                                       make(QStringLiteral("3"),
                                            QStringLiteral("appRoleAssignment.delete"),
                                            QStringLiteral("grace@x"),
                                            40,
                                            JournalEntry::Outcome::Succeeded)};
    auto ids = [&](const JournalQuery& q) {
        QStringList result;
        for (const auto& e : q.apply(entries)) {
            result.append(e.id);
        }
        return result;
    };
    QCOMPARE(ids({}), (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    JournalQuery q;
    q.actor = QStringLiteral("GRACE");
    QCOMPARE(ids(q), (QStringList {QStringLiteral("1"), QStringLiteral("3")}));
    q = {};
    q.actions = {QStringLiteral("grant.*")};
    QCOMPARE(ids(q), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    q.actions = {QStringLiteral("grant.delete"), QStringLiteral("appRoleAssignment.")};
    QCOMPARE(ids(q), (QStringList {QStringLiteral("1"), QStringLiteral("3")}));
    q = {};
    q.from = QDateTime(QDate(2026, 1, 10), QTime(9, 15), Qt::UTC);
    q.to = QDateTime(QDate(2026, 1, 10), QTime(9, 40), Qt::UTC);
    QCOMPARE(ids(q), (QStringList {QStringLiteral("2"), QStringLiteral("3")})); // both bounds inclusive
    q = {};
    q.outcomes = {JournalEntry::Outcome::Failed};
    QCOMPARE(ids(q), QStringList {QStringLiteral("2")});
    q = {};
    q.app = QStringLiteral("tailspin");
    QCOMPARE(ids(q), QStringList {QStringLiteral("3")});
    q.app = QStringLiteral("sp-2");
    QCOMPARE(ids(q), QStringList {QStringLiteral("2")});
    q = {};
    q.operationId = QStringLiteral("op-1");
    q.newestFirst = true;
    QCOMPARE(ids(q), (QStringList {QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(JournalQuery::ofOperation(entries, QStringLiteral("op-2")).size(), 1);
    q = {};
    q.text = QStringLiteral("mail.send");
    QCOMPARE(ids(q).size(), 3);
}

void TestJournalQuery::restoredBy()
{
    JournalEntry revoke;
    revoke.id = QStringLiteral("r");
    revoke.outcome = JournalEntry::Outcome::Succeeded;
    JournalEntry failedRestore;
    failedRestore.id = QStringLiteral("f");
    failedRestore.restoresEntryId = QStringLiteral("r");
    failedRestore.outcome = JournalEntry::Outcome::Failed;
    QVERIFY(JournalQuery::restoredBy({revoke, failedRestore}).isEmpty());
    JournalEntry restore = failedRestore;
    restore.id = QStringLiteral("s");
    restore.outcome = JournalEntry::Outcome::Succeeded;
    QCOMPARE(JournalQuery::restoredBy({revoke, failedRestore, restore}).value(QStringLiteral("r")),
             QStringLiteral("s"));
}

QTEST_GUILESS_MAIN(TestJournalQuery)
#include "TestJournalQuery.moc"
