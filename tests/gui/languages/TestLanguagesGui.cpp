// Languages as a person meets them: English reads "1 change" and "2 changes"; a chosen language is used (and where
// its translators have not finished, the English plural forms show, never "(s)"); the app starts in every shipped
// language; no text on screen after a demo session still says "(s)".
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/Preferences.h"
#include "common/TranslationLoader.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

QString changesShown(int n)
{
    return QCoreApplication::translate("ActivityView", "%n change(s) shown", nullptr, n);
}

} // namespace

class TestLanguagesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void englishHasSingularAndPlural();
    void aChosenLanguageIsUsed();
    void theAppStartsInEveryLanguage();
    void qtsOwnButtonsSpeakTheLanguage();
    void nothingOnScreenSaysPluralS();

private:
    QTemporaryDir m_dir;
};

void TestLanguagesGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
}

void TestLanguagesGui::cleanup()
{
    QLocale::setDefault(QLocale::system());
    TranslationLoader::install(QString());
}

void TestLanguagesGui::englishHasSingularAndPlural()
{
    QCOMPARE(QLocale::system().language(), QLocale::C); // the tests run with LANG=C.UTF-8
    QCOMPARE(TranslationLoader::install(QString()), QStringLiteral("en"));
    QCOMPARE(changesShown(1), QStringLiteral("1 change shown"));
    QCOMPARE(changesShown(2), QStringLiteral("2 changes shown"));
    QCOMPARE(changesShown(0), QStringLiteral("0 changes shown"));
    QCOMPARE(QCoreApplication::translate("ExecutionResultDialog", "All %n change(s) were made.", nullptr, 1),
             QStringLiteral("The change was made."));
    QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(changesShown(1), QStringLiteral("1 change shown"));
}

void TestLanguagesGui::aChosenLanguageIsUsed()
{
    QCOMPARE(TranslationLoader::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow the chosen language
    // Translated, or — until the translators are done — the English plural: never the raw "(s)".
    QVERIFY2(!changesShown(1).contains(QStringLiteral("(s)")), qPrintable(changesShown(1)));
    QVERIFY(changesShown(2).contains(QLatin1Char('2')));

    // An unshipped language falls back to English with its plural forms.
    QCOMPARE(TranslationLoader::install(QStringLiteral("it")), QStringLiteral("en"));
    QCOMPARE(changesShown(1), QStringLiteral("1 change shown"));
}

void TestLanguagesGui::theAppStartsInEveryLanguage()
{
    for (const QString& language : Preferences::availableLanguages()) {
        QCOMPARE(TranslationLoader::install(language), language);
        AppController::Options options;
        options.settingsFile = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(language));
        options.journalFile = m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(language));
        AppController controller(options);
        QVERIFY(controller.start());
        QVERIFY(QTest::qWaitForWindowExposed(controller.mainWindow()));
        auto* navigation = controller.mainWindow()->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation && navigation->count() >= 6);
        for (int i = 0; i < navigation->count(); ++i) {
            QVERIFY(!navigation->item(i)->text().isEmpty());
        }
        QVERIFY(
            GuiTestSupport::saveScreenshot(controller.mainWindow(), QStringLiteral("language-%1.png").arg(language)));
    }
}

// Qt words its standard buttons and dialogs itself (Qt's own catalogs: qt6-translations-l10n on Debian, deployed
// beside the app on Windows and macOS); without them a German dialog ends in an English "Close".
void TestLanguagesGui::qtsOwnButtonsSpeakTheLanguage()
{
    const auto buttonTexts = [] {
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        return QStringList {box.button(QDialogButtonBox::Close)->text(),
                            box.button(QDialogButtonBox::Cancel)->text(),
                            box.button(QDialogButtonBox::Yes)->text()};
    };
    QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    const QStringList english = buttonTexts();
    for (const QString& language : Preferences::availableLanguages()) {
        if (language == QLatin1String("en")) {
            continue;
        }
        QCOMPARE(TranslationLoader::install(language), language);
        const QStringList texts = buttonTexts();
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY2(texts.at(i) != english.at(i),
                     qPrintable(QStringLiteral("%1: \"%2\" is Qt's English").arg(language, texts.at(i))));
        }
    }
    QCOMPARE(TranslationLoader::install(QStringLiteral("de")), QStringLiteral("de"));
    QString close = buttonTexts().constFirst();
    QCOMPARE(close.remove(QLatin1Char('&')), QStringLiteral("Schließen"));
}

void TestLanguagesGui::nothingOnScreenSaysPluralS()
{
    auto controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(controller->start());
    MainWindow* window = controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signInManager()->isSignedIn(), 20000);
    QStringList seen;
    for (const QString& id : window->viewIds()) {
        window->showView(id);
        QTest::qWait(1500); // what each view loads when shown
        for (QLabel* label : window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("(s)"))) {
                seen << id + QStringLiteral(": ") + label->text();
            }
        }
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && button->text().contains(QStringLiteral("(s)"))) {
                seen << id + QStringLiteral(": ") + button->text();
            }
        }
    }
    seen.removeDuplicates();
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguagesGui)
#include "TestLanguagesGui.moc"
