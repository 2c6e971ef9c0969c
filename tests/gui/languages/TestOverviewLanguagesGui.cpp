// The Overview — the first view after sign-in — in every shipped language on the demo tenant: every card's words in
// that language (nothing left in English but the tenant's own names), no text cut, the page as wide as the window.
// Screenshots: build/screenshots/overview-LANGUAGE.png (the window) and overview-page-LANGUAGE.png (every card).
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "auth/SignInManager.h"
#include "common/Preferences.h"
#include "common/TranslationLoader.h"
#include "log/Log.h"
#include "overview/OverviewAppList.h"
#include "overview/OverviewBarChart.h"
#include "overview/OverviewView.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTest>
#include <QTextDocument>

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

// The words the Overview shows (labels, buttons), without the numbers and dates in them: what a translation words.
QSet<QString> wordsShown(QWidget* page)
{
    static const QRegularExpression figures(QStringLiteral("[\\d.,:/%+\\-–→()]+"));
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    QSet<QString> words;
    const auto add = [&words](QString text) {
        text.remove(QLatin1Char('&'));
        text.replace(figures, QStringLiteral(" "));
        text = text.simplified();
        if (text.contains(letters)) {
            words.insert(text);
        }
    };
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible() && label->textFormat() != Qt::RichText && !label->text().startsWith(QLatin1Char('<'))) {
            add(label->text());
        }
    }
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            add(button->text());
        }
    }
    return words;
}

} // namespace

class TestOverviewLanguagesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void overviewInEveryLanguage();

private:
    QTemporaryDir m_dir;
};

void TestOverviewLanguagesGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    QVERIFY(Preferences::availableLanguages().size() >= 5);
}

void TestOverviewLanguagesGui::cleanupTestCase()
{
    TranslationLoader::install(QString());
    Log::shutdown();
}

void TestOverviewLanguagesGui::overviewInEveryLanguage()
{
    QSet<QString> english;
    QStringList failures;
    for (const QString& language : Preferences::availableLanguages()) { // English first
        QCOMPARE(TranslationLoader::install(language), language);
        AppController controller(GuiTestSupport::demoOptions(m_dir, GlobalAdmin, QLatin1Char('-') + language));
        QVERIFY(controller.start());
        MainWindow* window = controller.mainWindow();
        window->resize(1280, 860);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(controller.signInManager()->isSignedIn(), 30000);
        window->showView(QStringLiteral("overview"));
        OverviewView* view = controller.overviewView();
        QVERIFY(GuiTestSupport::waitUntil([view] { return !view->isLoading() && !view->riskChart()->bars().isEmpty(); },
                                          60000));
        QTest::qWait(300); // wrapped rows and elided texts settle
        auto* scroll = view->findChild<QScrollArea*>(QStringLiteral("overviewScroll"));
        QVERIFY(scroll && scroll->widget());
        QVERIFY(GuiTestSupport::saveScreenshot(window, QStringLiteral("overview-%1.png").arg(language)));
        QVERIFY(GuiTestSupport::saveScreenshot(scroll->widget(), QStringLiteral("overview-page-%1.png").arg(language)));

        const QStringList cut = GuiTestSupport::cutTexts(window);
        if (!cut.isEmpty()) {
            failures << language + QStringLiteral(": cut: ") + cut.join(QStringLiteral(" | "));
        }
        // The lists' column titles: whole, or ending in "…" with the whole title in the tooltip — never cut mid-word
        // without a sign (French "Autorisation la plus" for "Autorisation la plus risquée").
        for (OverviewAppList* list : view->findChildren<OverviewAppList*>()) {
            if (!list->isVisible()) {
                continue;
            }
            QHeaderView* header = list->header();
            const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int column = 0; column < list->columnCount(); ++column) {
                const QString shown = list->headerItem()->text(column);
                QTextDocument tip; // the tooltip is plain text made rich (ViewStyle::plainToolTip)
                tip.setHtml(list->headerItem()->toolTip(column));
                const QString whole = tip.toPlainText().trimmed();
                const bool fits
                    = header->fontMetrics().horizontalAdvance(shown) + margins <= header->sectionSize(column);
                const bool elidedWithTitle = shown.endsWith(QChar(0x2026)) && whole.contains(shown.chopped(1));
                if (!fits || (shown != whole && !whole.isEmpty() && !elidedWithTitle) || whole.isEmpty()) {
                    failures << language
                                    + QStringLiteral(": %1 column %2 shows \"%3\" in %4 px (tooltip \"%5\")")
                                          .arg(list->objectName())
                                          .arg(column)
                                          .arg(shown)
                                          .arg(header->sectionSize(column))
                                          .arg(whole);
                }
            }
        }
        if (scroll->horizontalScrollBar()->isVisible()) {
            failures << language
                            + QStringLiteral(": the page is %1 px wide in %2")
                                  .arg(scroll->widget()->minimumSizeHint().width())
                                  .arg(scroll->viewport()->width());
        }
        const QSet<QString> words = wordsShown(scroll->widget());
        if (language == QLatin1String("en")) {
            english = words;
            QVERIFY(english.size() > 10);
            continue;
        }
        // What still reads as the English page: untranslated words (the tenant's app names are in lists, not here).
        QStringList same;
        for (const QString& w : words) {
            if (english.contains(w)) {
                same << w;
            }
        }
        same.sort();
        if (!same.isEmpty()) {
            failures << language + QStringLiteral(": in English: ") + same.join(QStringLiteral(" | "));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestOverviewLanguagesGui)
#include "TestOverviewLanguagesGui.moc"
