// File → Preferences… as an admin uses it, and the window layout that survives a restart (offscreen, demo tenant).
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/ModelExporter.h"
#include "common/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "requests/RequestsView.h"
#include "risk/RiskCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using GuiTestSupport::saveScreenshot;
using GuiTestSupport::waitForWidget;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestPreferencesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void dialogShowsAndSavesEveryPreference();
    void riskFileIsCheckedAsItIsChosen();
    void escapeChangesNothing();
    void okAppliesTheRefreshIntervalToTheQueue();
    void exportsStartInTheChosenFolder();
    void layoutIsRememberedPerView();
    void layoutCanBeReset();

private:
    std::unique_ptr<AppController> startDemo(const QString& suffix, bool rememberLayout);
    static bool screenHolds(const QWidget* window, QSize size);

    QTemporaryDir m_dir;
};

// Qt >= 6.5 shrinks a restored window to fit its screen's available area (a layout saved on a larger monitor): a
// window size is remembered as set only where the screen holds it with its frame.
bool TestPreferencesGui::screenHolds(const QWidget* window, QSize size)
{
    const QScreen* screen = window->screen();
    return screen && screen->availableGeometry().width() > size.width() + 50
           && screen->availableGeometry().height() > size.height() + 80;
}

void TestPreferencesGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestPreferencesGui::init()
{
    QSettings().clear(); // the test's private HOME: each case starts from the defaults
}

void TestPreferencesGui::cleanupTestCase()
{
    QSettings().clear();
}

std::unique_ptr<AppController> TestPreferencesGui::startDemo(const QString& suffix, bool rememberLayout)
{
    AppController::Options options = GuiTestSupport::demoOptions(m_dir, GlobalAdmin, suffix);
    options.rememberLayout = rememberLayout;
    auto controller = std::make_unique<AppController>(options);
    if (!controller->start() || !QTest::qWaitForWindowExposed(controller->mainWindow())) {
        return nullptr;
    }
    return controller;
}

void TestPreferencesGui::dialogShowsAndSavesEveryPreference()
{
    QCOMPARE(Preferences::language(), QString());
    QCOMPARE(Preferences::refreshMinutes(), 5);
    QVERIFY(Preferences::notifications());
    QCOMPARE(Preferences::exportFolder(), Preferences::defaultExportFolder());
    QCOMPARE(Preferences::riskOverridesFile(), RiskCatalog::defaultOverridesPath());

    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("preferencesLanguage"));
    auto* refresh = dialog.findChild<QComboBox*>(QStringLiteral("preferencesRefresh"));
    auto* notifications = dialog.findChild<QCheckBox*>(QStringLiteral("preferencesNotifications"));
    auto* exportFolder = dialog.findChild<QLineEdit*>(QStringLiteral("preferencesExportFolder"));
    auto* riskFile = dialog.findChild<QLineEdit*>(QStringLiteral("preferencesRiskFile"));
    QVERIFY(language && refresh && notifications && exportFolder && riskFile);

    // What is set today is what the dialog shows: the system language, every 5 minutes, notifications on.
    QCOMPARE(language->currentData().toString(), QString());
    QVERIFY(language->currentText().startsWith(QStringLiteral("System language")));
    QCOMPARE(refresh->currentData().toInt(), 5);
    QVERIFY(notifications->isChecked());
    QVERIFY(exportFolder->text().isEmpty());
    QCOMPARE(exportFolder->placeholderText(), Preferences::defaultExportFolder());
    // Every shipped language is offered in its own name.
    for (const QString& name : {QStringLiteral("English"),
                                QStringLiteral("Deutsch"),
                                QStringLiteral("Français"),
                                QStringLiteral("Español"),
                                QStringLiteral("日本語")}) {
        QVERIFY2(language->findText(name) >= 0, qPrintable(name));
    }
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("preferences-dialog.png")));

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    refresh->setCurrentIndex(refresh->findData(15));
    QTest::mouseClick(notifications, Qt::LeftButton);
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QTest::keyClicks(exportFolder, folder);
    const QString overrides = m_dir.filePath(QStringLiteral("my-risk.json"));
    writeFile(overrides,
              "{\"rules\":[{\"permission\":\"User.Read\",\"type\":\"any\",\"resource\":\"*\",\"level\":\"high\","
              "\"reason\":\"Ours.\"}]}");
    QTest::keyClicks(riskFile, overrides);
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter is OK

    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences::language(), QStringLiteral("de"));
    QCOMPARE(Preferences::refreshMinutes(), 15);
    QVERIFY(!Preferences::notifications());
    QCOMPARE(Preferences::exportFolder(), folder);
    QCOMPARE(Preferences::riskOverridesFile(), overrides);
    QCOMPARE(RiskCatalog::overridesPath(), overrides); // what the GUI and the CLI read at start-up

    // Reopened, the dialog shows what was saved; emptied fields return to the defaults.
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("preferencesLanguage"))->currentData().toString(),
             QStringLiteral("de"));
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("preferencesExportFolder"))->text(), folder);
    again.findChild<QLineEdit*>(QStringLiteral("preferencesExportFolder"))->clear();
    again.findChild<QLineEdit*>(QStringLiteral("preferencesRiskFile"))->clear();
    again.accept();
    QCOMPARE(Preferences::exportFolder(), Preferences::defaultExportFolder());
    QCOMPARE(Preferences::riskOverridesFile(), RiskCatalog::defaultOverridesPath());
}

void TestPreferencesGui::riskFileIsCheckedAsItIsChosen()
{
    PreferencesDialog dialog;
    auto* riskFile = dialog.findChild<QLineEdit*>(QStringLiteral("preferencesRiskFile"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("preferencesRiskStatus"));
    QVERIFY(status->text().contains(QStringLiteral("built-in catalog")));

    const QString good = m_dir.filePath(QStringLiteral("two-rules.json"));
    writeFile(good,
              "{\"rules\":[{\"permission\":\"Mail.Read\",\"level\":\"critical\",\"reason\":\"a\"},"
              "{\"permission\":\"Files.*\",\"level\":\"high\",\"reason\":\"b\"}]}");
    riskFile->setText(good);
    QVERIFY2(status->text().startsWith(QStringLiteral("2 rules from this file")), qPrintable(status->text()));

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "{\"rules\":[{\"permission\":\"Mail.Read\",\"level\":\"severe\"}]}");
    riskFile->setText(broken);
    QVERIFY2(status->text().contains(QStringLiteral("cannot be used")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("unknown level")), qPrintable(status->text()));

    riskFile->setText(m_dir.filePath(QStringLiteral("missing.json")));
    QCOMPARE(status->text(), QStringLiteral("This file does not exist."));
}

void TestPreferencesGui::escapeChangesNothing()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* refresh = dialog.findChild<QComboBox*>(QStringLiteral("preferencesRefresh"));
    refresh->setCurrentIndex(refresh->findData(60));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Preferences::refreshMinutes(), 5);
}

void TestPreferencesGui::okAppliesTheRefreshIntervalToTheQueue()
{
    auto controller = startDemo(QStringLiteral("-refresh"), false);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    auto* interval = controller->requestsView()->findChild<QComboBox*>(QStringLiteral("autoRefreshInterval"));
    QCOMPARE(interval->currentData().toInt(), 5);

    // File → Preferences… opens the dialog (modal): change the interval there and press OK.
    bool handled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = waitForWidget<PreferencesDialog>(QStringLiteral("preferencesDialog"));
        if (!dialog) {
            return;
        }
        auto* refresh = dialog->findChild<QComboBox*>(QStringLiteral("preferencesRefresh"));
        refresh->setCurrentIndex(refresh->findData(1));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        handled = true;
    });
    auto* action = window->findChild<QAction*>(QStringLiteral("actionPreferences"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(handled);
    QCOMPARE(Preferences::refreshMinutes(), 1);
    QCOMPARE(interval->currentData().toInt(), 1); // the queue's own control follows

    // And the other way round: the queue's control is the same preference.
    interval->setCurrentIndex(interval->findData(0));
    QCOMPARE(Preferences::refreshMinutes(), 0);
}

void TestPreferencesGui::exportsStartInTheChosenFolder()
{
    QVERIFY(ModelExporter::suggestedPath(QStringLiteral("apps")).startsWith(Preferences::defaultExportFolder() + '/'));
    Preferences::setExportFolder(m_dir.filePath(QStringLiteral("audit")));
    const QString path = ModelExporter::suggestedPath(QStringLiteral("apps"));
    QVERIFY2(path.startsWith(m_dir.filePath(QStringLiteral("audit/apps-"))), qPrintable(path));
    QVERIFY(path.endsWith(QStringLiteral(".csv")));
}

void TestPreferencesGui::layoutIsRememberedPerView()
{
    QList<int> splitterSizes;
    int column = -1;
    int width = 0;
    {
        auto controller = startDemo(QStringLiteral("-layout-a"), true);
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller->signInManager()->isSignedIn(), 20000);
        MainWindow* window = controller->mainWindow();
        QVERIFY2(screenHolds(window, QSize(1010, 690)),
                 "the test needs the desktop-sized screen of desktop-screen.json");
        window->resize(1010, 690);
        window->showView(QStringLiteral("requests"));
        auto* table = controller->requestsView()->findChild<QTableView*>(QStringLiteral("requestTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 20000);
        // The admin widens the first column, sorts by the second, and moves the divider.
        column = 0;
        width = table->columnWidth(column) + 37;
        table->horizontalHeader()->resizeSection(column, width);
        table->sortByColumn(1, Qt::AscendingOrder);
        auto* splitter = controller->requestsView()->findChild<QSplitter*>(QStringLiteral("requestSplitter"));
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes.at(0) - 60, sizes.at(1) + 60});
        QTest::qWait(300); // the detail pane has settled (its minimum size counts)
        splitterSizes = splitter->sizes();
        QVERIFY(splitterSizes.at(0) < sizes.at(0) - 30);
    }
    auto controller = startDemo(QStringLiteral("-layout-b"), true);
    QVERIFY(controller);
    MainWindow* window = controller->mainWindow();
    QCOMPARE(window->size(), QSize(1010, 690));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signInManager()->isSignedIn(), 20000);
    window->showView(QStringLiteral("requests"));
    auto* table = controller->requestsView()->findChild<QTableView*>(QStringLiteral("requestTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 20000);
    QTest::qWait(200);
    // After the queue loaded: the admin's width, not one fitted to the contents.
    QCOMPARE(table->columnWidth(column), width);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(controller->requestsView()->findChild<QSplitter*>(QStringLiteral("requestSplitter"))->sizes(),
             splitterSizes);
}

void TestPreferencesGui::layoutCanBeReset()
{
    {
        auto controller = startDemo(QStringLiteral("-reset-a"), true);
        QVERIFY(controller);
        QVERIFY2(screenHolds(controller->mainWindow(), QSize(1000, 650)),
                 "the test needs the desktop-sized screen of desktop-screen.json");
        controller->mainWindow()->resize(980, 640);
    }
    {
        auto controller = startDemo(QStringLiteral("-reset-b"), true);
        QVERIFY(controller);
        QCOMPARE(controller->mainWindow()->size(), QSize(980, 640));
        controller->mainWindow()->resize(1000, 650);
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = waitForWidget<PreferencesDialog>(QStringLiteral("preferencesDialog"));
            if (!dialog) {
                return;
            }
            dialog->findChild<QCheckBox*>(QStringLiteral("preferencesResetLayout"))->setChecked(true);
            dialog->accept();
            handled = true;
        });
        controller->mainWindow()->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        QVERIFY(handled);
    }
    auto controller = startDemo(QStringLiteral("-reset-c"), true);
    QVERIFY(controller);
    QCOMPARE(controller->mainWindow()->size(), QSize(1200, 760)); // the default, not 980×640 or 1000×650
}

QTEST_MAIN(TestPreferencesGui)
#include "TestPreferencesGui.moc"
