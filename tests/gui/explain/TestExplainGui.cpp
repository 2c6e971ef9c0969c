// Help → "Explain a sign-in error…" on the demo tenant, as an admin uses it: paste what the user saw, read what it
// means and who can fix it, press the button — it opens the view where the fix starts (the troubleshooter with the
// user and app from the message filled in). Pasted text is shown as plain text.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "troubleshoot/ExplainDialog.h"
#include "troubleshoot/TroubleshootView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestExplainGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void helpMenuOpensItAndCodesAreExplained();
    void consentScreenInGermanOpensConsentSettings();
    void approvalRequiredOpensConsentRequests();
    void assignmentErrorOpensTheTroubleshooterFilledIn();
    void hostileTextStaysPlain();

private:
    ExplainDialog* openFromHelpMenu();
    void paste(ExplainDialog* dialog, const QString& text);
    static QStringList texts(QWidget* root, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestExplainGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    m_controller = std::make_unique<AppController>(
        GuiTestSupport::demoOptions(m_dir, QStringLiteral("adaeze.okafor@contoso.com")));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 20000);
}

void TestExplainGui::cleanup()
{
    for (auto* dialog : m_window->findChildren<ExplainDialog*>()) {
        dialog->close();
    }
    QTRY_VERIFY(m_window->findChildren<ExplainDialog*>().isEmpty()); // deleted on close
}

ExplainDialog* TestExplainGui::openFromHelpMenu()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExplainError"));
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    return GuiTestSupport::waitForWidget<ExplainDialog>(QStringLiteral("explainDialog"));
}

void TestExplainGui::paste(ExplainDialog* dialog, const QString& text)
{
    auto* input = dialog->findChild<QPlainTextEdit*>(QStringLiteral("explainInput"));
    QVERIFY(input);
    input->setFocus();
    input->clear();
    input->insertPlainText(text); // as a paste
    // Explained a moment after the last change.
    QVERIFY(GuiTestSupport::waitUntil([dialog] { return dialog->result().recognized(); }, 5000));
}

QStringList TestExplainGui::texts(QWidget* root, const QString& name)
{
    QStringList list;
    for (auto* label : root->findChildren<QLabel*>(name)) {
        list << label->text();
    }
    return list;
}

void TestExplainGui::helpMenuOpensItAndCodesAreExplained()
{
    ExplainDialog* dialog = openFromHelpMenu();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    paste(dialog,
          QStringLiteral(
              "Sorry, but we're having trouble signing you in.\nAADSTS65001: The user or administrator has not "
              "consented to use the application with ID '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' named "
              "'Contoso Planner'.\nCorrelation Id: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    QCOMPARE(dialog->result().findings.size(), 1);
    const QString title = texts(dialog, QStringLiteral("findingTitle")).join(QLatin1Char('\n'));
    QVERIFY2(title.contains(QLatin1String("AADSTS65001 (DelegationDoesNotExist)")), qPrintable(title));
    QVERIFY(texts(dialog, QStringLiteral("findingMeaning")).first().startsWith(QLatin1String("What it means: ")));
    QVERIFY(
        texts(dialog, QStringLiteral("findingWho")).first().contains(QLatin1String("Cloud Application Administrator")));
    const QString ids = dialog->findChild<QLabel*>(QStringLiteral("explainIds"))->text();
    QVERIFY2(ids.contains(QLatin1String("Contoso Planner (0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10)")), qPrintable(ids));
    QVERIFY(ids.contains(QLatin1String("Correlation ID: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("findingAction"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Open the troubleshooter"));
    QVERIFY(GuiTestSupport::saveScreenshot(dialog, QStringLiteral("explain-65001.png")));

    // Nothing recognized: says so, no buttons.
    auto* input = dialog->findChild<QPlainTextEdit*>(QStringLiteral("explainInput"));
    input->setPlainText(QStringLiteral("The printer is out of toner."));
    QVERIFY(GuiTestSupport::waitUntil([dialog] {
        return dialog->findChild<QLabel*>(QStringLiteral("explainSummary"))
            ->text()
            .startsWith(QLatin1String("No sign-in error"));
    }));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("findingAction")));
}

void TestExplainGui::consentScreenInGermanOpensConsentSettings()
{
    m_window->showView(QStringLiteral("requests"));
    ExplainDialog* dialog = openFromHelpMenu();
    QVERIFY(dialog);
    paste(dialog, QStringLiteral("Administratorgenehmigung erforderlich"));
    QCOMPARE(dialog->result().findings.first().code, 90094);
    QVERIFY(texts(dialog, QStringLiteral("findingMeaning")).first().contains(QLatin1String("workflow is off")));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("findingAction"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Open consent settings"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(GuiTestSupport::waitUntil([this] {
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("workflowEnabled"));
        return page && page->isVisible();
    }));
}

void TestExplainGui::approvalRequiredOpensConsentRequests()
{
    m_window->showView(QStringLiteral("settings"));
    ExplainDialog* dialog = openFromHelpMenu();
    QVERIFY(dialog);
    paste(dialog, QStringLiteral("Approval required\nThis app requires your admin's approval to:\nRequest approval"));
    QCOMPARE(dialog->result().findings.first().code, 90095);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("findingAction"));
    QCOMPARE(button->text(), QStringLiteral("Open consent requests"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(GuiTestSupport::waitUntil([this] {
        auto* settings = m_window->findChild<QWidget*>(QStringLiteral("workflowEnabled"));
        return settings && !settings->isVisible(); // the settings page is no longer the one shown
    }));
}

void TestExplainGui::assignmentErrorOpensTheTroubleshooterFilledIn()
{
    ExplainDialog* dialog = openFromHelpMenu();
    QVERIFY(dialog);
    paste(dialog,
          QStringLiteral("AADSTS50105: The signed in user 'hannah.weiss@contoso.com' is not assigned to a role "
                         "for the application '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10'(Contoso Planner)."));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("findingAction"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Open the troubleshooter"));
    QTest::mouseClick(button, Qt::LeftButton);
    TroubleshootView* view = m_controller->troubleshootView();
    QVERIFY(GuiTestSupport::waitUntil([view] { return view->isVisible(); }));
    QStringList fields;
    for (auto* edit : view->findChildren<QLineEdit*>()) {
        fields << edit->text();
    }
    QVERIFY2(fields.contains(QStringLiteral("hannah.weiss@contoso.com")), qPrintable(fields.join(QLatin1Char('|'))));
    QVERIFY2(fields.contains(QStringLiteral("0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10")),
             qPrintable(fields.join(QLatin1Char('|'))));
}

void TestExplainGui::hostileTextStaysPlain()
{
    ExplainDialog* dialog = openFromHelpMenu();
    QVERIFY(dialog);
    paste(dialog,
          QStringLiteral("AADSTS65001: application with ID '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' named "
                         "'<b>Evil</b><img src=x>'"));
    auto* ids = dialog->findChild<QLabel*>(QStringLiteral("explainIds"));
    QCOMPARE(ids->textFormat(), Qt::PlainText);
    QVERIFY(ids->text().contains(QLatin1String("<b>Evil</b>")));
    for (auto* label : dialog->findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1String("Evil"))) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
}

QTEST_MAIN(TestExplainGui)
#include "TestExplainGui.moc"
