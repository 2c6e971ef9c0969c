#include "ConsentTestHarness.h"

#include "cli/SettingsBackend.h"

#include <QTest>

// `settings workflow --reviewers …` resolves each reviewer spec with SettingsBackend::resolveReviewers: one lookup per
// spec, gathered as futures in the order given.
class TestSettingsBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewersInTheOrderGiven();
    void theFirstSpecThatFailsIsSaid();
    void destroyedMidLookupAnswersNobody();

private:
    SettingsBackend::Reviewers resolve(const QStringList& specs);
    std::unique_ptr<ConsentTestHarness> m_h;
};

void TestSettingsBackend::initTestCase()
{
    m_h = std::make_unique<ConsentTestHarness>();
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
    m_h->signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

SettingsBackend::Reviewers TestSettingsBackend::resolve(const QStringList& specs)
{
    SettingsBackend backend(&m_h->client());
    int calls = 0;
    SettingsBackend::Reviewers result;
    backend.resolveReviewers(specs, [&](const SettingsBackend::Reviewers& r) {
        result = r;
        ++calls;
    });
    [&] {
        QCOMPARE(calls, 0); // never answered inside the call
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }();
    return result;
}

void TestSettingsBackend::reviewersInTheOrderGiven()
{
    const SettingsBackend::Reviewers r = resolve({QStringLiteral("role:Cloud Application Administrator"),
                                                  QStringLiteral("group:Consent Reviewers"),
                                                  QStringLiteral("carlos.appadmin@mini.onmicrosoft.com")});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.reviewers.size(), 3);
    QCOMPARE(r.reviewers.at(0).parsed.type, ReviewerQuery::Type::Role);
    QCOMPARE(r.reviewers.at(1).parsed.type, ReviewerQuery::Type::Group);
    QCOMPARE(r.reviewers.at(2).parsed.type, ReviewerQuery::Type::User);
    QVERIFY(resolve({}).reviewers.isEmpty());
}

void TestSettingsBackend::theFirstSpecThatFailsIsSaid()
{
    const SettingsBackend::Reviewers r = resolve({QStringLiteral("carlos.appadmin@mini.onmicrosoft.com"),
                                                  QStringLiteral("nobody@mini.onmicrosoft.com"),
                                                  QStringLiteral("group:No such group")});
    QVERIFY(r.reviewers.isEmpty()); // nothing half-resolved
    QVERIFY2(r.error.contains(QStringLiteral("nobody@mini.onmicrosoft.com")), qPrintable(r.error));
    QVERIFY(r.notFound);
}

void TestSettingsBackend::destroyedMidLookupAnswersNobody()
{
    auto* backend = new SettingsBackend(&m_h->client());
    bool called = false;
    backend->resolveReviewers({QStringLiteral("group:Consent Reviewers"), QStringLiteral("role:Global Reader")},
                              [&called](const SettingsBackend::Reviewers&) { called = true; });
    delete backend;
    QTest::qWait(500); // the lookups answer meanwhile and find nothing freed
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSettingsBackend)
#include "TestSettingsBackend.moc"
