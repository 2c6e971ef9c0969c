#include "consent/UserConsentLookup.h"
#include "directory/MailboxPermissions.h"
#include "directory/PermissionResolver.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class TestUserSearchRequest : public QObject
{
    Q_OBJECT

private slots:
    void prefixFilterEscapesQuotes();
    void searchEscapesDoubleQuotesAndNeedsConsistencyLevel();
    void emptyTextIsRefused();
    void mailboxPermissions();
};

namespace {

QString decoded(const GraphRequest& request, const QString& option)
{
    return QUrl::fromPercentEncoding(request.query.toUrlQuery().queryItemValue(option, QUrl::FullyEncoded).toLatin1());
}

} // namespace

void TestUserSearchRequest::prefixFilterEscapesQuotes()
{
    QString error;
    const GraphRequest r = UserConsentLookup::searchRequest(
        QStringLiteral(" O'Brien"), UserConsentLookup::SearchMode::Prefix, 25, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(r.path, QStringLiteral("/users"));
    const QString filter = decoded(r, QStringLiteral("$filter"));
    QVERIFY2(filter.contains(QStringLiteral("startswith(displayName,'O''Brien')")), qPrintable(filter));
    QVERIFY(filter.contains(QStringLiteral("startswith(userPrincipalName,'O''Brien')")));
    QVERIFY(filter.contains(QStringLiteral("startswith(mail,'O''Brien')")));
    QVERIFY(!filter.contains(QStringLiteral("'O'Brien'")));
    QVERIFY(!r.needsConsistencyLevel()); // startswith is a basic filter
    // An injection attempt stays one string literal.
    const GraphRequest evil = UserConsentLookup::searchRequest(QStringLiteral("x') or true or startswith(mail,'"),
                                                               UserConsentLookup::SearchMode::Prefix);
    const QString f2 = decoded(evil, QStringLiteral("$filter"));
    QVERIFY2(f2.contains(QStringLiteral("startswith(displayName,'x'') or true or startswith(mail,''')")),
             qPrintable(f2));
    // '&' and '#' survive as data, not as URL syntax.
    const GraphRequest amp
        = UserConsentLookup::searchRequest(QStringLiteral("R&D #1"), UserConsentLookup::SearchMode::Prefix);
    QUrl url(QStringLiteral("https://graph.microsoft.com/v1.0/users"));
    amp.query.applyTo(url);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("$filter")).size(), 1);
    QVERIFY(url.fragment().isEmpty());
}

void TestUserSearchRequest::searchEscapesDoubleQuotesAndNeedsConsistencyLevel()
{
    const GraphRequest r
        = UserConsentLookup::searchRequest(QStringLiteral("say \"hi\""), UserConsentLookup::SearchMode::Search);
    QVERIFY(r.needsConsistencyLevel());
    const QString search = decoded(r, QStringLiteral("$search"));
    QVERIFY2(search.contains(QStringLiteral("\"displayName:say \\\"hi\\\"\"")), qPrintable(search));
    QVERIFY(search.contains(QStringLiteral(" OR \"mail:")));
    QCOMPARE(decoded(r, QStringLiteral("$top")), QStringLiteral("25"));
}

void TestUserSearchRequest::emptyTextIsRefused()
{
    QString error;
    const GraphRequest r
        = UserConsentLookup::searchRequest(QStringLiteral("   "), UserConsentLookup::SearchMode::Prefix, 25, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(r.path.isEmpty());
}

void TestUserSearchRequest::mailboxPermissions()
{
    const QString graph = PermissionResolver::MicrosoftGraphAppId;
    const QString exo = MailboxPermissions::ExchangeOnlineAppId;
    QVERIFY(MailboxPermissions::contains(graph, QStringLiteral("Mail.Read")));
    QVERIFY(MailboxPermissions::contains(graph, QStringLiteral("Calendars.ReadWrite")));
    QVERIFY(MailboxPermissions::contains(graph, QStringLiteral("MailboxSettings.Read")));
    QVERIFY(!MailboxPermissions::contains(graph, QStringLiteral("User.Read.All")));
    QVERIFY(MailboxPermissions::contains(exo, QStringLiteral("full_access_as_app")));
    QVERIFY(MailboxPermissions::contains(exo, QStringLiteral("EWS.AccessAsApp")));
    // Delegated-only names are not application permissions of Exchange's scoping.
    QVERIFY(!MailboxPermissions::contains(graph, QStringLiteral("Mail.Read.Shared")));
    QVERIFY(!MailboxPermissions::contains(QStringLiteral("a7442521-ccff-5878-ba52-1fb4a75544b4"),
                                          QStringLiteral("Mail.Read")));
}

QTEST_GUILESS_MAIN(TestUserSearchRequest)
#include "TestUserSearchRequest.moc"
