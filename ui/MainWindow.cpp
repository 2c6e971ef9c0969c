#include "MainWindow.h"

#include "common/ViewFilter.h"

#include "ConsentDeskVersion.h"
#include "auth/AccountInfo.h"
#include "common/ConsoleView.h"
#include "common/LayoutMemory.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "session/SessionState.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ConsentDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));
    resize(1200, 760);
    setMinimumSize(900, 560);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(210); // fitNavigation() widens it to the longest title (German, French…)
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { padding: 8px 6px; }"
                       "QListWidget#navigation::item { padding: 7px 8px; border-radius: 4px; }"));
    // A subtly different background sets the navigation apart from content in every style.
    QPalette navPalette = m_navigation->palette();
    const StateColorPalette states(navPalette);
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(104));
    // The current view stays legible when the list does not have focus (the default inactive highlight is faint).
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        navPalette.setColor(group, QPalette::Highlight, states.color(StateColorPalette::Role::NavigationHighlight));
        navPalette.setColor(
            group, QPalette::HighlightedText, states.color(StateColorPalette::Role::NavigationHighlightText));
    }
    m_navigation->setPalette(navPalette);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    // The notice bar sits above the pages only, so the navigation never jumps.
    auto* right = new QWidget(central);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_noticeBar = new QFrame(right);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    const StateColorPalette notice;
    m_noticeBar->setStyleSheet(
        QStringLiteral("QFrame#noticeBar { background: %1; border-bottom: 1px solid %2; } QFrame#noticeBar QLabel { "
                       "color: %3; }")
            .arg(notice.name(StateColorPalette::Role::NoticeBackground),
                 notice.name(StateColorPalette::Role::NoticeBorder),
                 notice.name(StateColorPalette::Role::NoticeText)));
    auto* noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(12, 6, 6, 6);
    m_noticeText = new QLabel(m_noticeBar);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeText->setWordWrap(true);
    auto* dismiss = new QToolButton(m_noticeBar);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, m_noticeBar, &QWidget::hide);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(dismiss);
    m_noticeBar->hide();
    rightLayout->addWidget(m_noticeBar);
    rightLayout->addWidget(m_pages, 1);

    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size()) {
            return;
        }
        m_pages->setCurrentIndex(row);
        applyPendingLayoutLater();
        emit viewChanged(m_views.at(row)->viewId());
    });

    buildMenus();
    buildStatusBar();
    clearAccount();
}

void MainWindow::buildMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    auto* preferences = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole); // macOS: in the application menu, where people look for it
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* explain = helpMenu->addAction(tr("&Explain a sign-in error…"), this, &MainWindow::explainErrorRequested);
    explain->setObjectName(QStringLiteral("actionExplainError"));
    helpMenu->addSeparator();
    auto* about = helpMenu->addAction(tr("&About ConsentDesk"), this, [this] {
        QMessageBox::about(this,
                           tr("About ConsentDesk"),
                           tr("<h3>ConsentDesk %1</h3>"
                              "<p>Review, grant and revoke Microsoft 365 / Entra ID application consent, "
                              "with least privilege and undo.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(CONSENTDESK_VERSION), QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::buildStatusBar()
{
    auto makeLabel = [this](const char* name, const QString& accessible) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText); // tenant, account and app names are not ours to render as HTML
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setContentsMargins(8, 0, 8, 0);
        return label;
    };
    m_connection = makeLabel("statusConnection", tr("Connection"));
    m_tenant = makeLabel("statusTenant", tr("Tenant"));
    m_user = makeLabel("statusUser", tr("Signed-in account"));
    m_role = makeLabel("statusRole", tr("Directory role"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->installEventFilter(this);
    statusBar()->addPermanentWidget(m_tenant);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_role);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message.isEmpty()) {
            // The full text of an elided message goes with it (every tooltip goes through plainToolTip).
            statusBar()->setToolTip(ViewStyle::plainToolTip(QString()));
        }
    });
}

void MainWindow::addView(ConsoleView* view)
{
    const QString id = view->viewId();
    Q_ASSERT(!viewIds().contains(id));
    view->setParent(m_pages);
    m_pages->addWidget(view);
    m_views.append(view);
    auto* item = new QListWidgetItem(view->viewIcon(), view->viewTitle(), m_navigation);
    item->setData(Qt::UserRole, id);
    item->setToolTip(ViewStyle::plainToolTip(view->viewToolTip().isEmpty() ? view->viewTitle() : view->viewToolTip()));
    connect(view, &ConsoleView::statusMessage, this, &MainWindow::showMessage);
    fitNavigation();
    connect(view, &ConsoleView::notice, this, &MainWindow::setNotice);
    connect(view, &ConsoleView::badgeChanged, this, [this, id](int count) { setViewBadge(id, count); });
    connect(view, &ConsoleView::activationRequested, this, [this, id] { showView(id); });
    connect(view, &ConsoleView::showRequested, this, &MainWindow::showFiltered);
    // Every view from the keyboard: Ctrl+1 for the first, and so on (the menu shows the keys).
    auto* action = m_viewMenu->addAction(view->viewIcon(), view->viewTitle(), this, [this, id] {
        showView(id);
        // Focus moves into the view (its first control), so the keys that follow act there.
        QWidget* page = m_pages->currentWidget();
        for (QWidget* w = page ? page->nextInFocusChain() : nullptr; w && w != page && page->isAncestorOf(w);
             w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                w->setFocus(Qt::ShortcutFocusReason);
                break;
            }
        }
    });
    action->setObjectName(QStringLiteral("actionView_") + id);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (the keys in a row on the keyboard).
    if (m_views.size() <= 10) {
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_views.size() % 10)));
    }
    if (m_navigation->currentRow() < 0) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::setSession(SessionState* session)
{
    for (ConsoleView* view : std::as_const(m_views)) {
        view->m_session = session;
        view->setSession(session);
    }
    if (session) {
        showAccount(session->account());
    } else {
        // A passing message about the account ("4 apps can reach mailboxes") must not outlive it, nor hide what
        // the connection label says about the end of the session.
        statusBar()->clearMessage();
    }
}

void MainWindow::showView(const QString& id)
{
    const int row = int(viewIds().indexOf(id));
    if (row >= 0) {
        m_navigation->setCurrentRow(row);
    }
}

bool MainWindow::showFiltered(const QString& id, const ViewFilter& filter)
{
    const int row = int(viewIds().indexOf(id));
    if (row < 0) {
        return false;
    }
    showView(id);
    return m_views.at(row)->showFiltered(filter);
}

QString MainWindow::currentViewId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_views.size() ? m_views.at(row)->viewId() : QString();
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ConsoleView* view : m_views) {
        ids.append(view->viewId());
    }
    return ids;
}

ConsoleView* MainWindow::view(const QString& id) const
{
    const int row = int(viewIds().indexOf(id));
    return row >= 0 ? m_views.at(row) : nullptr;
}

void MainWindow::setAccount(const QString& tenant, const QString& user, const QStringList& roles)
{
    m_tenant->setText(ViewStyle::tenantText(tr("Tenant: %1").arg(tenant)));
    m_tenant->setToolTip(ViewStyle::plainToolTip(tenant));
    m_user->setText(ViewStyle::tenantText(tr("Account: %1").arg(user)));
    m_user->setToolTip(ViewStyle::plainToolTip(user));
    m_role->setText(roles.isEmpty() ? tr("Role: none (read own data only)")
                                    : tr("Role: %1").arg(roles.join(QStringLiteral(", "))));
    m_role->setToolTip(ViewStyle::plainToolTip(roles.join(QLatin1Char('\n'))));
    for (QLabel* label : {m_tenant, m_user, m_role}) {
        label->setVisible(true);
    }
    setWindowTitle(ViewStyle::tenantText(tr("ConsentDesk — %1").arg(tenant)));
}

void MainWindow::showSnapshotAccount(const QString& file, const QString& takenBy)
{
    m_user->setText(ViewStyle::tenantText(takenBy.isEmpty() ? tr("Account: none (a snapshot file)")
                                                            : tr("Snapshot taken by %1").arg(takenBy)));
    const QString who = tr("No one is signed in: the views show the snapshot %1, as it was exported.").arg(file);
    m_user->setToolTip(ViewStyle::plainToolTip(who));
    const QString what = tr("Nothing can be changed: a snapshot is read offline, and no tenant is reached.");
    m_role->setText(tr("Role: none (read-only snapshot)"));
    m_role->setToolTip(ViewStyle::plainToolTip(what));
}

void MainWindow::showAccount(const AccountInfo& account)
{
    const QString name = account.tenantDisplayName;
    const QString domain = account.tenantDefaultDomain;
    QString tenant = name.isEmpty()
                         ? (domain.isEmpty() ? account.tenantId : domain)
                         : (domain.isEmpty() ? name : QString(name + QStringLiteral(" (") + domain + QLatin1Char(')')));
    setAccount(tenant, account.userPrincipalName, account.roleNames());
    // The role label's tooltip answers "why is that button disabled?" in one place.
    QStringList lines;
    for (const CapabilityMap::Capability& capability : account.capabilities().all()) {
        QString line = (capability.allowed ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                       + CapabilityMap::describe(capability.kind);
        if (!capability.allowed) {
            line += QStringLiteral(" — ") + capability.reason;
        }
        lines << line;
    }
    setRoleToolTip(lines.join(QLatin1Char('\n')));
}

void MainWindow::clearAccount(const QString& reason)
{
    m_connection->setText(ViewStyle::tenantText(reason.isEmpty() ? tr("Not signed in") : reason));
    for (QLabel* label : {m_tenant, m_user, m_role}) {
        label->clear();
        label->setVisible(false);
    }
    setWindowTitle(tr("ConsentDesk"));
}

void MainWindow::setConnectionState(const QString& text)
{
    m_connection->setText(ViewStyle::tenantText(text));
}

namespace {
constexpr int MessageTimeoutMs = 10000;
}

void MainWindow::showMessage(const QString& message)
{
    m_message = ViewStyle::tenantText(message); // views' messages name apps and users
    m_messageAge.start();
    showFittedMessage(MessageTimeoutMs);
}

void MainWindow::showFittedMessage(int timeoutMs)
{
    const QString& text = m_message;
    // The message shares the status bar with the tenant, account and role, and a status bar cannot wrap: a message
    // longer than the room left is elided and said in full in the tooltip (the view that sent it shows it in full).
    // The room is the bar's now; a resize fits the message again (eventFilter), so a message shown while the window
    // was narrow, or not laid out yet, is not left cut once there is room.
    int room = statusBar()->contentsRect().width();
    for (QLabel* label : {m_tenant, m_user, m_role}) {
        if (label->isVisible()) {
            room = std::min(room, label->x());
        }
    }
    room -= 2 * statusBar()->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) + 12; // the message's margins
    const QString shown = statusBar()->fontMetrics().elidedText(text, Qt::ElideRight, std::max(room, 120));
    statusBar()->setToolTip(shown == text ? QString() : ViewStyle::plainToolTip(text));
    m_messageShown = shown;
    statusBar()->showMessage(shown, timeoutMs);
}

void MainWindow::refitMessage()
{
    m_refitQueued = false;
    const qint64 left = MessageTimeoutMs - m_messageAge.elapsed();
    // Faded, or replaced by someone else's showMessage on the bar: nothing of ours to fit.
    if (m_message.isEmpty() || left <= 0 || statusBar()->currentMessage() != m_messageShown) {
        return;
    }
    showFittedMessage(int(left));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == statusBar() && event->type() == QEvent::Resize && !m_message.isEmpty() && !m_refitQueued) {
        m_refitQueued = true;
        QTimer::singleShot(0, this, [this] { refitMessage(); }); // once the bar has placed its labels
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setRoleToolTip(const QString& text)
{
    m_role->setToolTip(ViewStyle::plainToolTip(text));
}

void MainWindow::setNotice(const QString& text)
{
    m_noticeText->setText(ViewStyle::tenantText(text));
    m_noticeBar->setVisible(!text.isEmpty());
}

QString MainWindow::notice() const
{
    return m_noticeBar->isHidden() ? QString() : m_noticeText->text();
}

void MainWindow::setViewBadge(const QString& id, int count)
{
    const int row = int(viewIds().indexOf(id));
    if (row < 0) {
        return;
    }
    QListWidgetItem* item = m_navigation->item(row);
    const QString title = m_views.at(row)->viewTitle();
    item->setText(count > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(count) : title);
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
    fitNavigation();
}

void MainWindow::fitNavigation()
{
    // Every title whole, up to a third of a small screen; longer ones are elided and said in the item's tooltip.
    const int padding = 2 * 6 + 2 * m_navigation->spacing() + 2; // the style sheet's list padding (items: in the hint)
    m_navigation->setFixedWidth(std::clamp(m_navigation->sizeHintForColumn(0) + padding, 210, 320));
}

void MainWindow::restoreLayout(QSettings& settings)
{
    LayoutMemory memory(settings);
    memory.restoreWindow(this);
    for (ConsoleView* view : std::as_const(m_views)) {
        memory.restoreView(view->viewId(), view);
    }
}

void MainWindow::saveLayout(QSettings& settings) const
{
    LayoutMemory memory(settings);
    memory.saveWindow(this);
    for (ConsoleView* view : m_views) {
        memory.saveView(view->viewId(), view);
    }
}

void MainWindow::applyPendingLayoutLater()
{
    // After the page's layout request (posted when it was shown) has given it its real size.
    QTimer::singleShot(0, this, [this] { LayoutMemory::applyPending(m_pages->currentWidget()); });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    applyPendingLayoutLater();
}
