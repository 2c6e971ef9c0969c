// Issue 14, accessibility: the app is used with a keyboard and a screen reader, in the platform's dark scheme. Every
// view (opened with its Ctrl+number) and the dialogs an admin opens from them are audited as they are on screen:
// each interactive control has an accessible name (its own, its label's, or its text), Tab reaches it and Tab leaves
// it again, and every dialog closes with Escape and has a default button for Enter. Runs in a dark palette and saves
// a11y-dark-*.png screenshots. Tables and trees also say what they list (an accessible description), which their
// name and column headers alone do not tell a screen-reader user.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "auth/SignInManager.h"
#include "log/Log.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"
#include "settings/ConsentSettingsView.h"
#include "settings/PostureDialog.h"
#include "snapshots/SnapshotActions.h"
#include "snapshots/SnapshotDiffDialog.h"
#include "troubleshoot/ExplainDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

#include <algorithm>
#include <functional>

using GuiTestSupport::waitForChild;
using GuiTestSupport::waitForWidget;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");

// A dark palette as a platform dark scheme gives it (Fusion's roles, dark values).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

// Parts of a composite control that are not controls of their own (a combo box's list, a line edit's clear button,
// a tab bar's scroll arrows, a spin box's editor, a scroll area's bars and header).
bool isPartOfAnother(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QLineEdit*>(p) || qobject_cast<QTabBar*>(p)
            || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QMenu*>(p)) {
            return true;
        }
        if (p->isWindow()) {
            break;
        }
    }
    return qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w)
           || w->objectName().startsWith(QLatin1String("qt_"));
}

bool isControl(QWidget* w)
{
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
           || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTextEdit*>(w)
           || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTabBar*>(w)
           || (qobject_cast<QGroupBox*>(w) && static_cast<QGroupBox*>(w)->isCheckable());
}

QString describe(QWidget* w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        text += QLatin1Char('#') + w->objectName();
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty()) {
        text += QStringLiteral(" \"%1\"").arg(button->text());
    }
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return text;
}

// What a screen reader announces as the control's name: its accessible name, the text of the label that names it
// (QLabel::setBuddy), or its own text. A placeholder or a tooltip alone is not a name.
QString nameOf(QWidget* w, const QList<QLabel*>& labels)
{
    QString name = w->accessibleName();
    if (name.isEmpty()) {
        for (QLabel* label : labels) {
            if (label->buddy() == w && !label->text().isEmpty()) {
                name = label->text();
            }
        }
    }
    if (name.isEmpty()) {
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            name = button->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            name = box->title();
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            name = tabs->count() > 0 ? tabs->tabText(0) : QString();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).isEmpty()) {
                    name.clear();
                }
            }
        }
    }
    name.remove(QLatin1Char('&'));
    return name.trimmed();
}

bool reachable(QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled();
}

// The buttons of w's exclusive group (radio buttons): Tab reaches such a group once, at one button (Qt takes Tab
// focus from the others), and the arrow keys move within it. A lone control is its own group.
QList<QWidget*> exclusiveGroupOf(QWidget* w)
{
    auto* button = qobject_cast<QAbstractButton*>(w);
    QList<QWidget*> members;
    if (button && button->isCheckable() && button->group() && button->group()->exclusive()) {
        for (QAbstractButton* b : button->group()->buttons()) {
            members << b;
        }
    } else if (button && button->isCheckable() && button->autoExclusive() && button->parentWidget()) {
        for (auto* b : button->parentWidget()->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly)) {
            if (b->isCheckable() && b->autoExclusive()) {
                members << b;
            }
        }
    }
    return members.isEmpty() ? QList<QWidget*> {w} : members;
}

} // namespace

class TestAccessibilityGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyViewFromItsShortcut();
    void iconsAreCrispAtTwiceTheSize();
    void viewsWithTheirDetails();
    void preferencesDialog();
    void powerShellDialog();
    void grantPreviewConsentAndResults();
    void explainDialog();
    void postureDialog();
    void snapshotDiffDialog();
    void profilesAndTheProfileEditor();
    void aboutBox();
    void everyPageOfTheScopeWizard();

private:
    // Hands the next modal dialog that `matches` to `handle`, once. It polls on a timer of its own, so it also runs
    // inside another dialog's exec() (a timer does not fire again while its own handler runs).
    void whenModal(const std::function<bool(QDialog*)>& matches, const std::function<void(QDialog*)>& handle);
    // The window's problems: unnamed controls, controls Tab does not reach, a control Tab cannot leave.
    QStringList audit(QWidget* window);
    // Escape closes the dialog; it has a default button for Enter.
    QStringList keys(QDialog* dialog, bool escapeCloses = true);
    void verifyWindow(const QString& where, QWidget* window);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestAccessibilityGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    m_window = m_controller->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->requestsView()->model()->rowCount() > 0, 30000);
}

void TestAccessibilityGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

QStringList TestAccessibilityGui::audit(QWidget* window)
{
    QStringList problems;
    // The window a person works in is the application's active window (a dialog beside its parent only shares the
    // parent's activation in some styles, and then keys would act on the parent's focus).
    if (QApplication::activeWindow() != window) {
        window->activateWindow();
    }
    if (!GuiTestSupport::waitUntil([window] { return QApplication::activeWindow() == window; }, 5000)) {
        return problems << QStringLiteral("the window could not be activated");
    }
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    QList<QWidget*> controls;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || !isControl(w) || isPartOfAnother(w) || w->window() != window) {
            continue;
        }
        controls << w;
        if (nameOf(w, labels).isEmpty()) {
            problems << QStringLiteral("no accessible name: ") + describe(w);
        }
        const QList<QWidget*> group = exclusiveGroupOf(w);
        if (w->isEnabled() && !w->focusProxy()
            && std::none_of(group.cbegin(), group.cend(), [](QWidget* m) { return m->focusPolicy() & Qt::TabFocus; })) {
            problems << QStringLiteral("not reachable with Tab (focus policy): ") + describe(w);
        }
        if ((qobject_cast<QTableView*>(w) || qobject_cast<QTreeView*>(w)) && w->accessibleDescription().isEmpty()) {
            problems << QStringLiteral("no accessible description (what it lists): ") + describe(w);
        }
    }

    // Mnemonics: one Alt+letter, one control (two would make Alt+letter jump between them instead of acting).
    QMap<QChar, QStringList> mnemonics;
    auto mnemonic = [&mnemonics](const QString& text, const QString& where) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&')) {
                    mnemonics[text.at(i + 1).toLower()] << where;
                }
                ++i;
            }
        }
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window || isPartOfAnother(w)) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            mnemonic(button->text(), describe(w));
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
            mnemonic(label->text(), describe(w));
        } else if (auto* box = qobject_cast<QGroupBox*>(w); box && box->isCheckable()) {
            mnemonic(box->title(), describe(w));
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* menu : bar->actions()) {
                mnemonic(menu->text(), QStringLiteral("menu ") + menu->text());
            }
        }
    }
    for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it) {
        if (it->size() > 1) {
            problems
                << QStringLiteral("Alt+%1 is used by %2").arg(it.key().toUpper(), it->join(QStringLiteral(" and ")));
        }
    }

    // Tab through the window as a person does: every enabled control is reached, and Tab always moves on.
    QWidget* start = nullptr;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (reachable(w) && w->window() == window) {
            start = w;
            break;
        }
    }
    if (!start) {
        return problems << QStringLiteral("nothing takes keyboard focus");
    }
    // The window's own focus (what Tab moves from), so a dialog beside the main window is walked the same way.
    start->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    for (int i = 0; i < 400; ++i) {
        QWidget* focus = window->focusWidget();
        if (!focus) {
            problems << QStringLiteral("the focus left the window after %1 Tab presses").arg(i);
            break;
        }
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* next = window->focusWidget();
        if (next == focus) {
            // Staying put is right only for a window with one control (a message box's OK).
            const bool alone = std::none_of(controls.cbegin(), controls.cend(), [focus](QWidget* c) {
                return c != focus && c->focusProxy() != focus && reachable(c);
            });
            if (!alone) {
                problems << QStringLiteral("Tab does not leave ") + describe(focus);
            }
            break;
        }
        if (next == start) {
            break;
        }
    }
    for (QWidget* w : std::as_const(controls)) {
        QWidget* target = w->focusProxy() ? w->focusProxy() : w;
        const QList<QWidget*> group = exclusiveGroupOf(target);
        if (reachable(w)
            && std::none_of(group.cbegin(), group.cend(), [&reached](QWidget* m) { return reached.contains(m); })) {
            problems << QStringLiteral("Tab never reaches ") + describe(w);
        }
    }
    return problems;
}

QStringList TestAccessibilityGui::keys(QDialog* dialog, bool escapeCloses)
{
    QStringList problems;
    bool hasDefault = false;
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        hasDefault = hasDefault || (button->isVisible() && button->isEnabled() && button->isDefault());
    }
    if (!hasDefault) {
        problems << QStringLiteral("no default button for Enter in ") + dialog->objectName();
    }
    if (escapeCloses) {
        const QString name = dialog->objectName();
        QPointer<QDialog> guard(dialog); // a dialog that deletes itself on close
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->window() == dialog ? focus : dialog, Qt::Key_Escape);
        if (!GuiTestSupport::waitUntil([guard] { return !guard || !guard->isVisible(); }, 3000)) {
            problems << QStringLiteral("Escape does not close ") + name;
        }
    }
    return problems;
}

void TestAccessibilityGui::verifyWindow(const QString& where, QWidget* window)
{
    const QStringList problems = audit(window);
    for (const QString& p : problems) {
        qWarning("%s: %s", qPrintable(where), qPrintable(p));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestAccessibilityGui::everyViewFromItsShortcut()
{
    const QStringList ids = m_window->viewIds();
    QVERIFY(ids.size() >= 6);
    QStringList problems;
    for (int i = ids.size() - 1; i >= 0; --i) {
        QVERIFY2(i < 10, "a view without a Ctrl+number shortcut");
        QTest::keyClick(m_window, Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::ControlModifier); // Ctrl+1 … Ctrl+9, Ctrl+0
        QTRY_COMPARE(m_window->currentViewId(), ids.at(i));
        // The shortcut put the keyboard into the view.
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus && m_window->findChild<QWidget*>(QStringLiteral("pages"))->isAncestorOf(focus),
                 qPrintable(ids.at(i)));
        QTest::qWait(300); // the view's first read
        GuiTestSupport::saveScreenshot(m_window, QStringLiteral("a11y-dark-%1.png").arg(ids.at(i)));
        const QStringList found = audit(m_window);
        for (const QString& p : found) {
            problems << ids.at(i) + QStringLiteral(": ") + p;
        }
    }
    problems.removeDuplicates();
    for (const QString& p : std::as_const(problems)) {
        qWarning("%s", qPrintable(p));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::iconsAreCrispAtTwiceTheSize()
{
    // At 200 % a view's icon is drawn from its vector at 40 px, not a 20 px bitmap blown up (QIcon never enlarges a
    // bitmap: a bitmap-only icon would answer 20 × 20 here).
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation && navigation->count() >= 6);
    QList<QIcon> icons {m_window->windowIcon()};
    for (int i = 0; i < navigation->count(); ++i) {
        icons << navigation->item(i)->icon();
    }
    for (int i = 0; i < icons.size(); ++i) {
        QVERIFY2(!icons.at(i).isNull(), qPrintable(QString::number(i)));
        const QPixmap twice = icons.at(i).pixmap(QSize(20, 20), 2.0);
        QCOMPARE(twice.size(), QSize(40, 40));
        QCOMPARE(twice.devicePixelRatio(), 2.0);
        // The same picture as a 40 px rendering: nothing was scaled up from a smaller one.
        QImage drawn = twice.toImage().convertToFormat(QImage::Format_ARGB32);
        drawn.setDevicePixelRatio(1.0);
        QCOMPARE(drawn, icons.at(i).pixmap(QSize(40, 40), 1.0).toImage().convertToFormat(QImage::Format_ARGB32));
    }
}

void TestAccessibilityGui::viewsWithTheirDetails()
{
    // An app open in Apps and permissions: its detail pane's tables and buttons.
    m_window->showView(QStringLiteral("apps"));
    AppsView* apps = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowCount() > 0, 30000);
    apps->selectApp(QStringLiteral("Northwind CRM"));
    QTRY_VERIFY_WITH_TIMEOUT(apps->detail()->hasInventory(), 30000);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("a11y-dark-apps-detail.png"));
    verifyWindow(QStringLiteral("apps with an app open"), m_window);

    // Keep only…: the list of what the app keeps.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("keepOnlyButton")), Qt::LeftButton);
    auto* keepOnly = waitForChild<QDialog>(m_window, QStringLiteral("keepOnlyDialog"));
    QVERIFY(keepOnly);
    GuiTestSupport::saveScreenshot(keepOnly, QStringLiteral("a11y-dark-keep-only.png"));
    verifyWindow(QStringLiteral("keep only"), keepOnly);
    const QStringList keepOnlyKeys = keys(keepOnly);
    QVERIFY2(keepOnlyKeys.isEmpty(), qPrintable(keepOnlyKeys.join(QLatin1Char('\n'))));

    // A user looked up: the user's consents, the tenant-wide grants and the mailbox access.
    m_window->showView(QStringLiteral("users"));
    m_window->findChild<QLineEdit*>(QStringLiteral("userQuery"))->setText(QStringLiteral("Priya"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("findUserButton")), Qt::LeftButton);
    auto* results = m_window->findChild<QListWidget*>(QStringLiteral("userResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 20000);
    results->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QWidget*>(QStringLiteral("userConsentsTable"))->isVisible(), 20000);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("a11y-dark-users-detail.png"));
    verifyWindow(QStringLiteral("users with a user open"), m_window);

    // Every tab of Mailbox access.
    m_window->showView(QStringLiteral("access"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("accessTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        GuiTestSupport::saveScreenshot(m_window, QStringLiteral("a11y-dark-access-tab%1.png").arg(i));
        verifyWindow(QStringLiteral("mailbox access, tab %1").arg(tabs->tabText(i)), m_window);
    }
}

void TestAccessibilityGui::preferencesDialog()
{
    QStringList problems;
    bool audited = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || audited) {
            return;
        }
        audited = true;
        GuiTestSupport::saveScreenshot(dialog, QStringLiteral("a11y-dark-preferences.png"));
        problems << audit(dialog) << keys(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll.start();
    m_window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(audited, 20000);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::explainDialog()
{
    m_window->findChild<QAction*>(QStringLiteral("actionExplainError"))->trigger();
    auto* dialog = GuiTestSupport::waitForWidget<ExplainDialog>(QStringLiteral("explainDialog"));
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // With findings and their buttons, as the admin uses it.
    dialog->setText(QStringLiteral("AADSTS90095 AADSTS50105 access_denied"));
    QCOMPARE(dialog->result().findings.size(), 3);
    QTest::qWait(100); // the layout settles, as the admin sees it
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("a11y-dark-explain.png"));
    QStringList problems = audit(dialog);
    problems << keys(dialog); // after the audit: keys() presses Escape
    if (dialog->isVisible()) {
        dialog->close();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::postureDialog()
{
    auto* view = m_window->findChild<ConsentSettingsView*>();
    QVERIFY(view);
    m_window->showView(view->viewId());
    PostureDialog* dialog = view->showPosture();
    QVERIFY(dialog);
    QVERIFY(GuiTestSupport::waitUntil([dialog] { return !dialog->checks().isEmpty(); }, 30000));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::qWait(100);
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("a11y-dark-posture.png"));
    QStringList problems = audit(dialog);
    problems << keys(dialog); // after the audit: keys() presses Escape
    if (dialog->isVisible()) {
        dialog->close();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::grantPreviewConsentAndResults()
{
    m_window->showView(QStringLiteral("requests"));
    RequestsView* view = m_controller->requestsView();
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    const QModelIndex first = table->model()->index(0, RequestTableModel::App);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTRY_VERIFY_WITH_TIMEOUT(view->detail()->hasReview(), 30000);
    verifyWindow(QStringLiteral("requests with a request open"), m_window);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("a11y-dark-requests-detail.png"));

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton")), Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    preview->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(preview));
    GuiTestSupport::saveScreenshot(preview, QStringLiteral("a11y-dark-grant-preview.png"));
    verifyWindow(QStringLiteral("grant preview"), preview);
    QStringList problems = keys(preview, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);

    auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"));
    QVERIFY(consent);
    consent->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(consent));
    GuiTestSupport::saveScreenshot(consent, QStringLiteral("a11y-dark-write-consent.png"));
    verifyWindow(QStringLiteral("write consent"), consent);
    problems = keys(consent, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);

    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"), 30000);
    QVERIFY(results);
    results->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(results));
    GuiTestSupport::saveScreenshot(results, QStringLiteral("a11y-dark-grant-results.png"));
    verifyWindow(QStringLiteral("results"), results);
    problems = keys(results);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::powerShellDialog()
{
    m_window->showView(QStringLiteral("requests"));
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    const QModelIndex first = table->model()->index(0, RequestTableModel::App);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->requestsView()->detail()->hasReview(), 30000);
    auto* powerShell = m_window->findChild<QPushButton*>(QStringLiteral("powerShellButton"));
    QTRY_VERIFY(powerShell->isVisible() && powerShell->isEnabled());
    QTest::mouseClick(powerShell, Qt::LeftButton);
    auto* dialog = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    verifyWindow(QStringLiteral("PowerShell"), dialog);
    const QStringList problems = keys(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::snapshotDiffDialog()
{
    SnapshotActions* actions = m_controller->snapshotActions();
    QSignalSpy exported(actions, &SnapshotActions::exported);
    const QString path = m_dir.filePath(QStringLiteral("a11y-snapshot.json.gz"));
    actions->exportTo(path);
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareFiles(path, path);
    QVERIFY(compared.wait(60000)); // read and compared on a worker thread
    SnapshotDiffDialog* dialog = actions->diffDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("a11y-dark-snapshot-diff.png"));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QStringList problems = audit(dialog); // before keys(): Escape closes it
    problems << keys(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::whenModal(const std::function<bool(QDialog*)>& matches,
                                     const std::function<void(QDialog*)>& handle)
{
    auto* poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [poll, matches, handle] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !matches(dialog)) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        handle(dialog);
    });
    poll->start();
}

void TestAccessibilityGui::profilesAndTheProfileEditor()
{
    // Account → Manage profiles…, and from there the editor of a new profile, with and without the custom roots.
    QStringList problems;
    bool profilesAudited = false;
    bool editorAudited = false;
    auto named = [](const QString& name) { return [name](QDialog* d) { return d->objectName() == name; }; };
    whenModal(named(QStringLiteral("profileDialog")), [&](QDialog* editor) {
        GuiTestSupport::saveScreenshot(editor, QStringLiteral("a11y-dark-profile-editor.png"));
        problems << audit(editor);
        auto* cloud = editor->findChild<QComboBox*>(QStringLiteral("profileCloud"));
        cloud->setCurrentIndex(cloud->findData(QStringLiteral("custom")));
        QTest::qWait(100);
        GuiTestSupport::saveScreenshot(editor, QStringLiteral("a11y-dark-profile-editor-custom.png"));
        for (const QString& p : audit(editor)) {
            problems << QStringLiteral("custom roots: ") + p;
        }
        // Complete, as a person presses Enter on it: Save is the default.
        cloud->setCurrentIndex(cloud->findData(QStringLiteral("global")));
        editor->findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(QStringLiteral("Contoso"));
        editor->findChild<QLineEdit*>(QStringLiteral("profileTenant"))->setText(QStringLiteral("contoso.com"));
        editor->findChild<QLineEdit*>(QStringLiteral("profileClientId"))
            ->setText(QStringLiteral("00000000-0000-0000-0000-0000000000c1"));
        problems << keys(editor);
        editorAudited = true;
    });
    whenModal(named(QStringLiteral("profilesDialog")), [&](QDialog* profiles) {
        GuiTestSupport::saveScreenshot(profiles, QStringLiteral("a11y-dark-profiles.png"));
        problems << audit(profiles);
        // The editor runs its own exec() here; the handler above audits it.
        QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
        if (profiles->isVisible()) {
            problems << keys(profiles);
        }
        if (profiles->isVisible()) {
            profiles->reject();
        }
        profilesAudited = true;
    });
    m_window->findChild<QAction*>(QStringLiteral("actionManageProfiles"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(profilesAudited, 20000);
    QVERIFY(editorAudited);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::aboutBox()
{
    QStringList problems;
    bool audited = false;
    whenModal([](QDialog* d) { return qobject_cast<QMessageBox*>(d) != nullptr; },
              [&](QDialog* about) {
                  GuiTestSupport::saveScreenshot(about, QStringLiteral("a11y-dark-about.png"));
                  problems << audit(about) << keys(about);
                  audited = true;
              });
    m_window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(audited, 20000);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccessibilityGui::everyPageOfTheScopeWizard()
{
    // Mailbox access → Scope an app…: each page as the admin meets it, up to the proof after the change.
    m_window->showView(QStringLiteral("access"));
    auto* scope = m_window->findChild<QPushButton*>(QStringLiteral("scopeApp"));
    QVERIFY(scope);
    QTRY_VERIFY_WITH_TIMEOUT(scope->isVisible() && scope->isEnabled(), 30000);
    QTest::mouseClick(scope, Qt::LeftButton);
    auto* wizard = waitForWidget<QWizard>(QStringLiteral("scopeAppWizard"), 10000);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QStringList problems;
    auto page = [&](const QString& name) {
        QTest::qWait(300);
        GuiTestSupport::saveScreenshot(wizard, QStringLiteral("a11y-dark-scope-%1.png").arg(name));
        for (const QString& p : audit(wizard)) {
            problems << QStringLiteral("scope wizard, %1 page: %2").arg(name, p);
        }
    };
    page(QStringLiteral("app"));
    wizard->next();
    QTRY_VERIFY(wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"))->isVisible());
    wizard->findChild<QRadioButton*>(QStringLiteral("createGroup"))->click();
    wizard->findChild<QLineEdit*>(QStringLiteral("newGroupName"))->setText(QStringLiteral("Accessible Mailboxes"));
    page(QStringLiteral("group"));
    wizard->next();
    auto* memberEdit = wizard->findChild<QLineEdit*>(QStringLiteral("memberEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(memberEdit->isVisible() && memberEdit->completer() != nullptr, 10000);
    memberEdit->setText(QStringLiteral("priya.raman@contoso.com"));
    wizard->findChild<QPushButton*>(QStringLiteral("addMember"))->click();
    QTRY_COMPARE(wizard->findChild<QListWidget*>(QStringLiteral("membersToAdd"))->count(), 1);
    page(QStringLiteral("members"));
    wizard->next();
    page(QStringLiteral("access"));
    wizard->next();
    QTRY_VERIFY(wizard->findChild<QListWidget*>(QStringLiteral("planList"))->count() > 0);
    page(QStringLiteral("review"));
    // Making the change asks for write consent first when this session has none yet.
    whenModal([](QDialog* d) { return d->objectName() == QLatin1String("writeConsentDialog"); },
              [](QDialog* consent) {
                  QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")),
                                    Qt::LeftButton);
              });
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isVisible()
                                 && wizard->button(QWizard::FinishButton)->isEnabled(),
                             30000);
    page(QStringLiteral("test"));
    problems << keys(wizard);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibilityGui)
#include "TestAccessibilityGui.moc"
