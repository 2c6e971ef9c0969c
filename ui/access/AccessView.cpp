#include "AccessView.h"

#include "AccessCheckCard.h"
#include "AccessMatrixPanel.h"
#include "AccessPolicyPanel.h"
#include "MailboxTestPanel.h"
#include "RbacPanel.h"
#include "ScopeAppWizard.h"
#include "async/Async.h"
#include "common/PlanRunner.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "consent/GrantInventory.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessTester.h"
#include "exchange/MailboxAppFinder.h"
#include "exchange/MailboxScoping.h"
#include "session/SessionState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum AppColumn { AppName, AppPermissions, AppScoping, AppColumns };
enum Tab { PoliciesTab, TestTab, MatrixTab, RbacTab };

} // namespace

AccessView::AccessView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
{
    m_finder = new MailboxAppFinder(services.graph, services.servicePrincipals, this);
    m_runner = new PlanRunner(this, {services.graph, services.exchange, services.journal, services.signIn});

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(ViewStyle::pageTitle(tr("Mailbox access"), this));
    header->addStretch();
    m_status = ViewStyle::plainLabel(this, "accessStatus");
    m_status->setWordWrap(false);
    header->addWidget(m_status);
    m_scope = new QPushButton(tr("Scope an app…"), this);
    m_scope->setObjectName(QStringLiteral("scopeApp"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAccess"));
    header->addWidget(m_scope);
    header->addWidget(m_refresh);
    layout->addLayout(header);
    auto* intro = new QLabel(tr("Apps with application permissions such as Mail.Read reach every mailbox in the "
                                "tenant unless Exchange Online limits them. Here you see which apps can, how "
                                "Exchange scopes them, and you can prove it for any mailbox."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_exchangeNotice = ViewStyle::plainLabel(this, "exchangeNotice");
    ViewStyle::makeNotice(m_exchangeNotice);
    m_exchangeNotice->hide();
    layout->addWidget(m_exchangeNotice);

    m_stack = new QStackedWidget(this);
    m_placeholder = ViewStyle::placeholder(m_stack, "accessPlaceholder");
    m_stack->addWidget(m_placeholder);
    auto* splitter = new QSplitter(Qt::Vertical, m_stack);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    m_appTree = new QTreeWidget(splitter);
    m_appTree->setObjectName(QStringLiteral("mailboxApps"));
    m_appTree->setAccessibleName(tr("Apps that reach mailboxes"));
    m_appTree->setAccessibleDescription(tr("One row per app with application permissions to mailboxes, and the "
                                           "mailboxes Exchange allows it; select one to see its access policies."));
    m_appTree->setHeaderLabels({tr("App"), tr("Mailbox permissions (application)"), tr("Mailboxes Exchange allows")});
    m_appTree->setRootIsDecorated(false);
    m_appTree->setSortingEnabled(true);
    m_appTree->sortByColumn(AppName, Qt::AscendingOrder);
    m_appTree->header()->setSectionResizeMode(AppName, QHeaderView::ResizeToContents);
    m_appTree->header()->setSectionResizeMode(AppPermissions, QHeaderView::Interactive);
    m_appTree->header()->setStretchLastSection(true);
    m_appTree->setColumnWidth(AppPermissions, 320);
    m_appTree->setMinimumHeight(150);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_appTitle = ViewStyle::plainLabel(detail, "accessAppTitle");
    m_appTitle->setWordWrap(false);
    QFont big = m_appTitle->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_appTitle->setFont(big);
    detailLayout->addWidget(m_appTitle);
    m_appFacts = ViewStyle::plainLabel(detail, "accessAppFacts");
    detailLayout->addWidget(m_appFacts);
    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("accessTabs"));
    detailLayout->addWidget(m_tabs, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({170, 600});

    m_policyPanel = new AccessPolicyPanel(m_tabs);
    m_tabs->insertTab(PoliciesTab, m_policyPanel, tr("Access policies"));
    m_testPanel = new MailboxTestPanel(m_tabs);
    m_tabs->insertTab(TestTab, m_testPanel, tr("Test a mailbox"));
    m_matrixPanel = new AccessMatrixPanel(m_tabs);
    m_tabs->insertTab(MatrixTab, m_matrixPanel, tr("Test matrix"));
    m_rbac = new RbacPanel(services.exchange, m_tabs);
    m_rbac->setObjectName(QStringLiteral("rbacPanel"));
    m_tabs->insertTab(RbacTab, m_rbac, tr("RBAC for Applications"));

    connect(m_refresh, &QPushButton::clicked, this, &AccessView::refresh);
    connect(m_scope, &QPushButton::clicked, this, &AccessView::openScopeWizard);
    connect(m_appTree, &QTreeWidget::currentItemChanged, this, [this]() { showApp(); });
    connect(m_policyPanel, &AccessPolicyPanel::planRequested, this, &AccessView::runPlan);
    connect(m_rbac, &RbacPanel::planRequested, this, &AccessView::runPlan);
    connect(m_runner, &PlanRunner::progress, this, &AccessView::statusMessage);
    connect(m_runner, &PlanRunner::busyChanged, m_policyPanel, &AccessPolicyPanel::setBusy);
    connect(m_runner, &PlanRunner::finished, this, [this](const WriteRun& run) {
        if (run.count(WriteRun::Result::Status::Succeeded) > 0) {
            refresh();
        }
    });
    setCanWrite(true, {});
    setSession(nullptr);
}

QString AccessView::viewTitle() const
{
    return tr("Mailbox access");
}

QIcon AccessView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/access.svg"));
}

QString AccessView::viewToolTip() const
{
    return tr("Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications");
}

AccessCheckModel* AccessView::matrixModel() const
{
    return m_matrixPanel->model();
}

AccessCheckCard* AccessView::testCard() const
{
    return m_testPanel->card();
}

void AccessView::setSession(SessionState* session)
{
    m_session = session;
    Async::cancel(m_reading);
    Async::cancel(m_appReading);
    m_loading = false;
    m_refreshAgain = false;
    delete m_tester; // it reads the previous session's policies
    m_tester = session ? new MailboxAccessTester(m_services.exchange, session->accessPolicies(), this) : nullptr;
    m_testPanel->setTester(m_tester);
    m_matrixPanel->setTester(m_tester);
    m_refresh->setEnabled(session != nullptr);
    if (!session) {
        m_scope->setEnabled(false);
        m_loadedOnce = false;
        m_apps.clear();
        m_policies = {};
        m_appTree->clear();
        m_placeholder->setText(tr("Sign in to see which apps can read mailboxes."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const CapabilityMap::Capability exchange = session->capability(CapabilityMap::Kind::ExchangeAccessPolicies);
    setCanWrite(exchange.allowed, exchange.reason);
    connect(session, &SessionState::stale, this, [this] {
        if (m_runner->isBusy()) {
            return; // this view's own writes refresh it when their results are in
        }
        if (isVisible()) {
            refresh();
        } else {
            m_loadedOnce = false; // read again when shown
        }
    });
    if (isVisible()) {
        refresh();
    }
}

void AccessView::setCanWrite(bool allowed, const QString& reason)
{
    m_canWrite = allowed;
    m_scope->setEnabled(m_session && allowed);
    m_scope->setToolTip(ViewStyle::plainToolTip(
        allowed ? tr("Limit an app's mailbox permissions to the members of a mail-enabled security "
                     "group")
                : reason));
    m_policyPanel->setCanWrite(allowed, reason);
    m_rbac->setCanWrite(allowed, reason);
}

void AccessView::showEvent(QShowEvent* event)
{
    ConsoleView::showEvent(event);
    if (m_session && !m_loadedOnce && !isLoading()) {
        refresh();
    }
}

void AccessView::refresh()
{
    if (!m_session) {
        return;
    }
    if (isLoading()) {
        m_refreshAgain = true;
        return;
    }
    m_loadedOnce = true;
    m_loading = true;
    m_status->setText(tr("Reading apps and Exchange's policies…"));
    if (m_appTree->topLevelItemCount() == 0) {
        m_placeholder->setText(tr("Reading apps and Exchange's policies…"));
        m_stack->setCurrentWidget(m_placeholder);
    }
    const QFuture<MailboxAppFinder::Found> apps = m_finder->find();
    const QFuture<AccessPolicyState::Snapshot> policies = m_session->accessPolicies()->reload();
    // RBAC for Applications is additive: an app may reach mailboxes through a role alone, with no Entra permission.
    const QFuture<ExchangeAdminClient::Answer<ManagementRoleAssignment>> roles
        = m_services.exchange->getManagementRoleAssignments(QString());
    m_reading
        = QtFuture::whenAll(apps, policies, roles).then(QtFuture::Launch::Sync, [apps, policies, roles](const auto&) {
              Reading read;
              read.complete = apps.resultCount() > 0 && policies.resultCount() > 0 && roles.resultCount() > 0;
              if (read.complete) {
                  read.apps = apps.result().apps;
                  read.appsError = apps.result().error;
                  read.policies = policies.result().model;
                  read.policiesError = policies.result().error;
                  read.roles = MailboxScoping::applicationRoles(roles.result().rows);
                  read.rbacError = roles.result().error;
              }
              return read;
          });
    Async::then(m_reading, this, [this](const Reading& read) {
        m_loading = false;
        if (!read.complete || !m_session) {
            return; // the session ended while reading: nothing of that account may show
        }
        m_apps = read.apps;
        m_appsError = read.appsError;
        m_policies = read.policies;
        m_policiesError = read.policiesError;
        m_roleAssignments = read.roles;
        m_rbacError = read.rbacError;
        onLoaded();
    });
}

QString AccessView::scopingText(const MailboxApp& app) const
{
    return MailboxScoping::describe(
        app, m_policies.policiesFor(app.appId), m_roleAssignments, m_policiesError.isError(), m_rbacError.isError());
}

void AccessView::onLoaded()
{
    if (m_refreshAgain) {
        m_refreshAgain = false; // the tenant changed while this load ran: its answer may be stale
        refresh();
        return;
    }
    m_status->clear();
    // ExchangeAdminClient's message already names the roles to ask for when Exchange refused.
    m_exchangeNotice->setText(
        ViewStyle::tenantText(m_policiesError ? tr("Exchange Online could not be read: %1").arg(m_policiesError.message)
                                              : MailPermissionAudit::deprecationNote()));
    m_exchangeNotice->show();
    if (m_appsError && m_apps.isEmpty()) {
        m_placeholder->setText(ViewStyle::tenantText(tr("The apps could not be read: %1").arg(m_appsError.message)));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    // Apps with a policy or an RBAC role but no mailbox permission (left over, or granted later) are listed too.
    const QStringList missing = MailboxScoping::scopedWithoutPermission(m_apps, m_policies.appIds(), m_roleAssignments);
    if (missing.isEmpty()) {
        populateApps();
        return;
    }
    QList<ServicePrincipalCache::Key> keys;
    for (const auto& appId : missing) {
        keys.append(ServicePrincipalCache::Key::byAppId(appId));
    }
    m_services.servicePrincipals->resolve(keys, this, [this, missing](const ServicePrincipalCache::Result& result) {
        if (!m_session) {
            return;
        }
        for (const auto& appId : missing) {
            m_apps.append(MailboxScoping::scopedApp(appId, result.get(ServicePrincipalCache::Key::byAppId(appId))));
        }
        populateApps();
    });
}

MailboxApp AccessView::appById(const QString& appId) const
{
    for (const auto& app : m_apps) {
        if (app.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            return app;
        }
    }
    return {};
}

void AccessView::populateApps()
{
    const QString keep = m_pendingSelect.isEmpty() ? selectedAppId() : m_pendingSelect;
    m_pendingSelect.clear();
    const QColor everyMailbox = StateColorPalette().color(StateColorPalette::Role::Danger);
    {
        const QSignalBlocker block(m_appTree);
        m_appTree->setSortingEnabled(false);
        m_appTree->clear();
        for (const auto& app : std::as_const(m_apps)) {
            auto* item = new QTreeWidgetItem(m_appTree);
            item->setText(AppName, ViewStyle::tenantText(app.displayName));
            item->setData(AppName, Qt::UserRole, app.appId);
            item->setText(AppPermissions,
                          app.permissions.isEmpty()
                              ? tr("none")
                              : ViewStyle::tenantText(app.permissions.join(QStringLiteral(", "))));
            item->setToolTip(AppPermissions, ViewStyle::plainToolTip(item->text(AppPermissions)));
            item->setText(AppScoping, ViewStyle::tenantText(scopingText(app)));
            if (!m_policiesError && MailboxScoping::reachesEveryMailbox(app, m_policies.policiesFor(app.appId))) {
                item->setForeground(AppScoping, everyMailbox);
                const QString toolTip = tr(
                    "No access policy limits this app: its application permissions reach every mailbox in the tenant.");
                item->setToolTip(AppScoping, ViewStyle::plainToolTip(toolTip));
            }
        }
        m_appTree->setSortingEnabled(true);
    }
    if (m_apps.isEmpty()) {
        m_placeholder->setText(tr("No app holds a mailbox application permission, and Exchange has no access "
                                  "policy."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);
    int unscoped = 0;
    for (const auto& app : std::as_const(m_apps)) {
        unscoped += MailboxScoping::reachesEveryMailbox(app, m_policies.policiesFor(app.appId)) ? 1 : 0;
    }
    emit statusMessage(tr("%n app(s) can reach mailboxes", nullptr, int(m_apps.size())));
    m_status->setText(m_policiesError ? QString() : tr("%n app(s) reach every mailbox", nullptr, unscoped));
    selectApp(keep.isEmpty() ? m_appTree->topLevelItem(0)->data(AppName, Qt::UserRole).toString() : keep);
}

void AccessView::selectApp(const QString& appId)
{
    for (int i = 0; i < m_appTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_appTree->topLevelItem(i);
        if (item->data(AppName, Qt::UserRole).toString().compare(appId, Qt::CaseInsensitive) == 0
            || item->text(AppName) == ViewStyle::tenantText(appId)) { // a name, as the list shows it
            m_appTree->setCurrentItem(item);
            showApp();
            return;
        }
    }
    m_pendingSelect = appId; // not loaded yet
}

bool AccessView::showFiltered(const ViewFilter& filter)
{
    if (!m_session || filter.key != QLatin1String("app") || filter.value.isEmpty()) {
        return false;
    }
    selectApp(filter.value);
    return true;
}

QString AccessView::selectedAppId() const
{
    const QTreeWidgetItem* item = m_appTree->currentItem();
    return item ? item->data(AppName, Qt::UserRole).toString() : QString();
}

void AccessView::showApp()
{
    const MailboxApp app = appById(selectedAppId());
    Async::cancel(m_appReading); // only the app on screen may answer
    m_policyPanel->clear();
    m_testPanel->setApp(app.appId, app.displayName);
    m_matrixPanel->setApp(app.appId, app.displayName);
    m_rbac->clear();
    if (app.appId.isEmpty()) {
        m_appTitle->clear();
        m_appFacts->clear();
        return;
    }
    m_appTitle->setText(ViewStyle::tenantText(app.displayName));
    m_appFacts->setText(ViewStyle::tenantText(
        tr("App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3")
            .arg(app.appId,
                 app.permissions.isEmpty() ? tr("none") : app.permissions.join(QStringLiteral(", ")),
                 scopingText(app))));
    m_policyPanel->setApp(app, m_policies, m_policiesError.isError());
    m_rbac->setApp(app, m_policies.policiesFor(app.appId), {});
    if (app.servicePrincipalId.isEmpty() || !m_session) {
        return;
    }
    m_appReading = m_session->inventory()->loadApp(ServicePrincipalCache::Key::byId(app.servicePrincipalId));
    Async::then(m_appReading, this, [this](const AppInventory& inventory) {
        m_policyPanel->setPermissions(inventory.permissions);
        m_rbac->setPermissions(inventory.permissions);
    });
}

void AccessView::runPlan(const ExchangePlan& plan)
{
    if (m_runner->isBusy()) {
        return;
    }
    m_runner->run(WritePlan::from(plan));
}

void AccessView::openScopeWizard()
{
    if (!m_session) {
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    ScopeAppWizard::Services services;
    services.exchange = m_services.exchange;
    services.graph = m_services.graph;
    services.servicePrincipals = m_services.servicePrincipals;
    services.journal = m_services.journal;
    services.signIn = m_services.signIn;
    services.inventory = m_session->inventory();
    services.accessPolicies = m_session->accessPolicies();
    QList<MailboxApp> candidates;
    for (const auto& app : std::as_const(m_apps)) {
        if (!app.appId.isEmpty() && app.appId != QLatin1String("*")) {
            candidates.append(app);
        }
    }
    m_wizard = new ScopeAppWizard(services, candidates, m_policies, selectedAppId(), this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ScopeAppWizard::tenantChanged, this, [this](const QString& appId) {
        m_pendingSelect = appId;
        refresh();
    });
    m_wizard->open();
}

void AccessView::testMailbox(const QString& mailbox)
{
    if (m_testPanel->test(mailbox)) {
        m_tabs->setCurrentIndex(TestTab);
    }
}

void AccessView::runMatrix()
{
    if (m_matrixPanel->run()) {
        m_tabs->setCurrentIndex(MatrixTab);
    }
}
