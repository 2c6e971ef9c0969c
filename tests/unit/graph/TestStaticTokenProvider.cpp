// The fixed-token provider for automation and tests: hands out what it has, and cannot refresh.
#include "async/Async.h"
#include "graph/StaticTokenProvider.h"

#include <QTest>

class TestStaticTokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void handsOutItsTokens();
    void forcedRefreshNeedsSignIn();
    void fromEnvironment();

private:
    struct Result
    {
        int calls = 0;
        AccessToken token;
        GraphError error;
    };
    static Result ask(StaticTokenProvider& provider, TokenResource resource, bool force);
};

TestStaticTokenProvider::Result
TestStaticTokenProvider::ask(StaticTokenProvider& provider, TokenResource resource, bool force)
{
    Result result;
    QObject context;
    // Answered at once: the continuation runs inside then().
    Async::then(provider.requestToken(resource, force), &context, [&result](const TokenProvider::Answer& answer) {
        ++result.calls;
        result.token = answer.token;
        result.error = answer.error;
    });
    return result;
}

void TestStaticTokenProvider::handsOutItsTokens()
{
    StaticTokenProvider provider("graph-t", "exo-t");
    const Result graph = ask(provider, TokenResource::Graph, false);
    QCOMPARE(graph.calls, 1);
    QVERIFY(graph.error.isNone());
    QCOMPARE(graph.token.value, QByteArray("graph-t"));
    QVERIFY(graph.token.isValid());
    QCOMPARE(ask(provider, TokenResource::Exchange, false).token.value, QByteArray("exo-t"));

    StaticTokenProvider graphOnly("graph-t");
    QVERIFY(!graphOnly.hasToken(TokenResource::Exchange));
    const Result none = ask(graphOnly, TokenResource::Exchange, false);
    QCOMPARE(none.calls, 1);
    QCOMPARE(none.error.kind, GraphError::Kind::SignInRequired);
    QVERIFY(!none.token.isValid());
}

void TestStaticTokenProvider::forcedRefreshNeedsSignIn()
{
    StaticTokenProvider provider("graph-t");
    const Result forced = ask(provider, TokenResource::Graph, true);
    QCOMPARE(forced.calls, 1);
    QCOMPARE(forced.error.kind, GraphError::Kind::SignInRequired);
    QVERIFY(forced.token.value.isEmpty()); // the rejected token is not handed out again
    QVERIFY(forced.error.message.contains(QStringLiteral("CONSENTDESK_ACCESS_TOKEN")));
    QVERIFY(!forced.error.summary().contains(QStringLiteral("graph-t")));
}

void TestStaticTokenProvider::fromEnvironment()
{
    qputenv("CONSENTDESK_ACCESS_TOKEN", " env-graph\n");
    qputenv("CONSENTDESK_EXCHANGE_TOKEN", "env-exo");
    StaticTokenProvider provider = StaticTokenProvider::fromEnvironment();
    qunsetenv("CONSENTDESK_ACCESS_TOKEN");
    qunsetenv("CONSENTDESK_EXCHANGE_TOKEN");
    QCOMPARE(ask(provider, TokenResource::Graph, false).token.value, QByteArray("env-graph"));
    QCOMPARE(ask(provider, TokenResource::Exchange, false).token.value, QByteArray("env-exo"));
    provider.setToken(TokenResource::Graph, "other");
    QCOMPARE(ask(provider, TokenResource::Graph, false).token.value, QByteArray("other"));
}

QTEST_GUILESS_MAIN(TestStaticTokenProvider)
#include "TestStaticTokenProvider.moc"
