// Writes whose answer never came (the app died between "about to send" and the answer) are settled when a session
// starts, by reading the tenant signed in to: Activity then shows how they ended, and what no read can decide is
// said above every view.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "consent/JournalSettler.h"
#include "consent/JournalWriter.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString ContosoTenant = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f"); // the demo fixture's tenant
const QString NorthwindSpId = QStringLiteral("01639259-d573-4a21-83de-b3c751f2bde3"); // enabled in the fixture

} // namespace

class TestSettleAtSignInGui : public QObject
{
    Q_OBJECT

private slots:
    void pendingWritesAreSettledWhenTheSessionStarts();

private:
    static QString intent(Journal& journal,
                          const QString& tenant,
                          const QString& action,
                          const QJsonObject& request,
                          const JournalWriter& writer);
};

QString TestSettleAtSignInGui::intent(Journal& journal,
                                      const QString& tenant,
                                      const QString& action,
                                      const QJsonObject& request,
                                      const JournalWriter& writer)
{
    JournalEntry e;
    e.writer = writer;
    e.tenantId = tenant;
    e.actor = GlobalAdmin;
    e.action = action;
    e.summary = action;
    e.request = request;
    QString error;
    [&] { QVERIFY2(journal.recordIntent(e, &error), qPrintable(error)); }();
    return e.id;
}

void TestSettleAtSignInGui::pendingWritesAreSettledWhenTheSessionStarts()
{
    QTemporaryDir dir;
    GuiTestSupport::initLog(dir);
    const AppController::Options options = GuiTestSupport::demoOptions(dir, GlobalAdmin);

    // A ConsentDesk that died before the answers came: its process is gone (a pid no system hands out).
    JournalWriter dead = JournalWriter::current();
    dead.pid = 2147483000;
    QString neverSent, undecidable, otherTenant;
    {
        Journal journal(options.journalFile);
        QVERIFY(journal.open());
        // Disabling Northwind CRM, never sent: the service principal is still enabled.
        neverSent = intent(
            journal,
            ContosoTenant,
            QStringLiteral("servicePrincipal.disable"),
            QJsonObject {{QStringLiteral("method"), QStringLiteral("PATCH")},
                         {QStringLiteral("path"), QString(QStringLiteral("/servicePrincipals/") + NorthwindSpId)},
                         {QStringLiteral("body"), QJsonObject {{QStringLiteral("accountEnabled"), false}}}},
            dead);
        // An access policy created or not: what exists now cannot tell this write from an earlier one.
        undecidable = intent(journal,
                             ContosoTenant,
                             QStringLiteral("exchange.accessPolicy.create"),
                             QJsonObject {{QStringLiteral("api"), QStringLiteral("exchange")},
                                          {QStringLiteral("cmdlet"), QStringLiteral("New-ApplicationAccessPolicy")},
                                          {QStringLiteral("parameters"), QJsonObject {}}},
                             dead);
        // Another tenant's write: this session cannot answer for it.
        otherTenant = intent(
            journal,
            QStringLiteral("11111111-2222-3333-4444-555555555555"),
            QStringLiteral("servicePrincipal.disable"),
            QJsonObject {{QStringLiteral("method"), QStringLiteral("PATCH")},
                         {QStringLiteral("path"), QString(QStringLiteral("/servicePrincipals/") + NorthwindSpId)},
                         {QStringLiteral("body"), QJsonObject {{QStringLiteral("accountEnabled"), false}}}},
            dead);
    }

    AppController controller(options);
    QVERIFY(controller.start());
    QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.signInManager()->isSignedIn(), 20000);

    Journal* journal = controller.journal();
    QVERIFY(journal);
    QTRY_VERIFY_WITH_TIMEOUT(!journal->entry(neverSent)->isPending(), 20000);
    QCOMPARE(journal->entry(neverSent)->outcome, JournalEntry::Outcome::NotApplied);
    QCOMPARE(journal->entry(neverSent)->settledBy, JournalSettler::settledBy());
    // What could not be decided stays pending, and the admin is told so above every view.
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->notice().contains(QStringLiteral("could not be confirmed")),
                             20000);
    QVERIFY(controller.mainWindow()->notice().startsWith(QStringLiteral("1 earlier change ")));
    QVERIFY(journal->entry(undecidable)->isPending());
    QVERIFY(journal->entry(otherTenant)->isPending());
    GuiTestSupport::saveScreenshot(controller.mainWindow(), QStringLiteral("settle-at-sign-in.png"));
}

QTEST_MAIN(TestSettleAtSignInGui)
#include "TestSettleAtSignInGui.moc"
