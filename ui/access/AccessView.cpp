#include "AccessView.h"

#include "AccessCheckCard.h"
#include "AccessCheckModel.h"
#include "RbacPanel.h"
#include "ScopeAppWizard.h"
#include "common/ModelExporter.h"
#include "common/PlanRunner.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "consent/GrantInventory.h"
#include "consent/GraphPowerShell.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/AccessPolicyLoader.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessTester.h"
#include "exchange/MailboxAppFinder.h"
#include "exchange/MailboxScoping.h"
#include "session/SessionState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum AppColumn { AppName, AppPermissions, AppScoping, AppColumns };
enum PolicyColumn { PolicyAccess, PolicyScope, PolicyScopeKind, PolicyDescription, PolicyIdentity };

} // namespace

AccessView::AccessView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
{
    m_finder = new MailboxAppFinder(services.graph, services.servicePrincipals, this);
    m_loader = new AccessPolicyLoader(services.exchange, services.graph, this);
    m_tester = new MailboxAccessTester(services.exchange, services.graph, this);
    m_inventory = new GrantInventory(services.graph, services.servicePrincipals, this);
    m_runner = new PlanRunner(this, {services.graph, services.exchange, services.journal, services.signIn});

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(ViewStyle::pageTitle(tr("Mailbox access"), this));
    header->addStretch();
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    header->addWidget(m_status);
    m_scope = new QPushButton(tr("Scope an app…"), this);
    m_scope->setObjectName(QStringLiteral("scopeApp"));
    m_scope->setToolTip(tr("Limit an app's mailbox permissions to the members of a mail-enabled security group"));
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
    m_exchangeNotice = new QLabel(this);
    m_exchangeNotice->setTextFormat(Qt::PlainText);
    m_exchangeNotice->setObjectName(QStringLiteral("exchangeNotice"));
    ViewStyle::makeNotice(m_exchangeNotice);
    m_exchangeNotice->setWordWrap(true);
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
    m_appTree->setHeaderLabels({tr("App"), tr("Mailbox permissions (application)"), tr("Mailboxes Exchange allows")});
    m_appTree->setRootIsDecorated(false);
    m_appTree->setSortingEnabled(true);
    m_appTree->sortByColumn(AppName, Qt::AscendingOrder);
    m_appTree->header()->setSectionResizeMode(AppName, QHeaderView::ResizeToContents);
    m_appTree->header()->setSectionResizeMode(AppPermissions, QHeaderView::Interactive);
    m_appTree->header()->setStretchLastSection(true);
    m_appTree->setColumnWidth(AppPermissions, 320);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_appTitle = new QLabel(detail);
    m_appTitle->setTextFormat(Qt::PlainText);
    m_appTitle->setObjectName(QStringLiteral("accessAppTitle"));
    QFont big = m_appTitle->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_appTitle->setFont(big);
    detailLayout->addWidget(m_appTitle);
    m_appFacts = new QLabel(detail);
    m_appFacts->setTextFormat(Qt::PlainText);
    m_appFacts->setObjectName(QStringLiteral("accessAppFacts"));
    m_appFacts->setWordWrap(true);
    detailLayout->addWidget(m_appFacts);
    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("accessTabs"));
    detailLayout->addWidget(m_tabs, 1);
    m_appTree->setMinimumHeight(150);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({170, 600});

    // Policies
    auto* policies = new QWidget(m_tabs);
    auto* policiesLayout = new QVBoxLayout(policies);
    m_policyTree = new QTreeWidget(policies);
    m_policyTree->setObjectName(QStringLiteral("policyTree"));
    m_policyTree->setAccessibleName(tr("Access policies of the app"));
    m_policyTree->setHeaderLabels({tr("Access"), tr("Scope"), tr("Scope is"), tr("Description"), tr("Identity")});
    m_policyTree->setRootIsDecorated(false);
    m_policyTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    policiesLayout->addWidget(m_policyTree, 1);
    m_policyNotes = new QLabel(policies);
    m_policyNotes->setTextFormat(Qt::PlainText);
    m_policyNotes->setObjectName(QStringLiteral("policyNotes"));
    m_policyNotes->setWordWrap(true);
    m_policyNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    policiesLayout->addWidget(m_policyNotes);
    m_policyPowerShell = new QLabel(policies);
    m_policyPowerShell->setTextFormat(Qt::PlainText);
    m_policyPowerShell->setObjectName(QStringLiteral("policyPowerShell"));
    m_policyPowerShell->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policyPowerShell->setStyleSheet(QStringLiteral("QLabel { font-family: monospace; color: palette(dark); }"));
    policiesLayout->addWidget(m_policyPowerShell);
    auto* policyButtons = new QHBoxLayout;
    policyButtons->addStretch();
    m_removePolicy = new QPushButton(tr("Remove policy…"), policies);
    m_removePolicy->setObjectName(QStringLiteral("removePolicy"));
    m_removePolicy->setEnabled(false);
    policyButtons->addWidget(m_removePolicy);
    policiesLayout->addLayout(policyButtons);
    m_tabs->addTab(policies, tr("Access policies"));

    // Test one mailbox
    auto* test = new QWidget(m_tabs);
    auto* testLayout = new QVBoxLayout(test);
    auto* testRow = new QHBoxLayout;
    m_testMailbox = new QLineEdit(test);
    m_testMailbox->setObjectName(QStringLiteral("testMailbox"));
    m_testMailbox->setPlaceholderText(tr("Mailbox address, e.g. priya.raman@contoso.com"));
    m_testButton = new QPushButton(tr("Test"), test);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    auto* testLabel = new QLabel(tr("&Mailbox to test:"), test);
    testLabel->setBuddy(m_testMailbox);
    testRow->addWidget(testLabel);
    testRow->addWidget(m_testMailbox, 1);
    testRow->addWidget(m_testButton);
    testLayout->addLayout(testRow);
    m_testCard = new AccessCheckCard(tr("Result"), test);
    m_testCard->setObjectName(QStringLiteral("testCard"));
    testLayout->addWidget(m_testCard);
    testLayout->addStretch();
    m_tabs->addTab(test, tr("Test a mailbox"));

    // Matrix
    auto* matrix = new QWidget(m_tabs);
    auto* matrixLayout = new QVBoxLayout(matrix);
    auto* matrixRow = new QHBoxLayout;
    matrixRow->addWidget(new QLabel(tr("Every member of the app's scope groups, and non-members:"), matrix));
    m_sample = new QSpinBox(matrix);
    m_sample->setObjectName(QStringLiteral("sampleSize"));
    m_sample->setAccessibleName(tr("Number of non-members to test"));
    m_sample->setRange(0, 100);
    m_sample->setValue(MailboxAccessTester::DefaultSampleSize);
    matrixRow->addWidget(m_sample);
    matrixRow->addStretch();
    m_runMatrix = new QPushButton(tr("Run test matrix"), matrix);
    m_runMatrix->setObjectName(QStringLiteral("runMatrix"));
    m_exportMatrix = new QPushButton(tr("Export…"), matrix);
    m_exportMatrix->setObjectName(QStringLiteral("exportMatrix"));
    m_exportMatrix->setEnabled(false);
    matrixRow->addWidget(m_runMatrix);
    matrixRow->addWidget(m_exportMatrix);
    matrixLayout->addLayout(matrixRow);
    m_matrixSummary = new QLabel(matrix);
    m_matrixSummary->setTextFormat(Qt::PlainText);
    m_matrixSummary->setObjectName(QStringLiteral("matrixSummary"));
    m_matrixSummary->setWordWrap(true);
    matrixLayout->addWidget(m_matrixSummary);
    m_matrix = new AccessCheckModel(this);
    m_matrixTable = new QTableView(matrix);
    m_matrixTable->setObjectName(QStringLiteral("matrixTable"));
    m_matrixTable->setAccessibleName(tr("Test results per mailbox"));
    m_matrixTable->setModel(m_matrix);
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixTable->verticalHeader()->hide();
    m_matrixTable->verticalHeader()->setDefaultSectionSize(m_matrixTable->fontMetrics().height() + 8);
    m_matrixTable->horizontalHeader()->setStretchLastSection(true);
    m_matrixTable->setWordWrap(false);
    matrixLayout->addWidget(m_matrixTable, 1);
    m_tabs->addTab(matrix, tr("Test matrix"));

    m_rbac = new RbacPanel(services.exchange, m_tabs);
    m_rbac->setObjectName(QStringLiteral("rbacPanel"));
    m_tabs->addTab(m_rbac, tr("RBAC for Applications"));

    connect(m_refresh, &QPushButton::clicked, this, &AccessView::refresh);
    connect(m_scope, &QPushButton::clicked, this, &AccessView::openScopeWizard);
    connect(m_appTree, &QTreeWidget::currentItemChanged, this, [this]() { showApp(); });
    connect(m_policyTree, &QTreeWidget::itemSelectionChanged, this, [this]() {
        m_removePolicy->setEnabled(m_canWrite && !m_policyTree->selectedItems().isEmpty() && !m_runner->isBusy());
    });
    connect(m_removePolicy, &QPushButton::clicked, this, &AccessView::removeSelectedPolicy);
    connect(m_testButton, &QPushButton::clicked, this, [this]() { testMailbox(m_testMailbox->text().trimmed()); });
    connect(m_testMailbox, &QLineEdit::returnPressed, this, [this]() { testMailbox(m_testMailbox->text().trimmed()); });
    connect(m_runMatrix, &QPushButton::clicked, this, &AccessView::runMatrix);
    connect(m_exportMatrix, &QPushButton::clicked, this, [this]() {
        ModelExporter::exportWithDialog(this,
                                        *m_matrix,
                                        AccessCheckModel::exportKeys(),
                                        QStringLiteral("mailbox-access-%1").arg(appById(selectedAppId()).displayName));
    });
    connect(m_rbac, &RbacPanel::planRequested, this, &AccessView::runPlan);
    connect(m_runner, &PlanRunner::progress, this, &AccessView::statusMessage);
    connect(m_runner, &PlanRunner::finished, this, [this](const WriteRun& run) {
        if (run.count(WriteRun::Result::Status::Succeeded) > 0) {
            emit tenantChanged();
            refresh();
        }
    });
    connect(m_tester, &MailboxAccessTester::checked, this, [this](int index, const MailboxAccessCheck& check) {
        if (check.appId.compare(selectedAppId(), Qt::CaseInsensitive) != 0) {
            return; // the admin moved on to another app while this one was being tested
        }
        if (m_tester->property("mode").toString() == QLatin1String("matrix")) {
            m_matrix->setCheck(index, check);
        } else {
            m_testCard->setCheck(check);
        }
    });
    connect(m_tester,
            &MailboxAccessTester::finished,
            this,
            [this](const QList<MailboxAccessCheck>& checks, const GraphError& error) {
                m_runMatrix->setEnabled(true);
                m_testButton->setEnabled(true);
                if (m_tester->appId().compare(selectedAppId(), Qt::CaseInsensitive) != 0) {
                    return;
                }
                if (m_tester->property("mode").toString() != QLatin1String("matrix")) {
                    if (error) {
                        m_testCard->setPending(tr("Could not test: %1").arg(error.message));
                    } else if (checks.isEmpty()) {
                        m_testCard->setPending(tr("No result."));
                    }
                    return;
                }
                m_exportMatrix->setEnabled(m_matrix->rowCount() > 0);
                for (int column = 0; column < AccessCheckModel::Why; ++column) {
                    m_matrixTable->resizeColumnToContents(column);
                }
                if (error) {
                    m_matrixSummary->setText(tr("The matrix could not be completed: %1").arg(error.message));
                    return;
                }
                const int disagreements = m_matrix->disagreements();
                QString text = tr("%n mailbox(es) tested: %1 granted, %2 denied.", nullptr, m_matrix->rowCount())
                                   .arg(m_matrix->count(true))
                                   .arg(m_matrix->count(false));
                if (disagreements > 0) {
                    text += QLatin1Char(' ')
                            + tr("⚠ Exchange and the directory disagree on %n mailbox(es): see Why.",
                                 nullptr,
                                 disagreements);
                }
                m_matrixSummary->setText(text);
            });
    connect(m_finder, &MailboxAppFinder::finished, this, [this](const QList<MailboxApp>& apps, const GraphError& e) {
        m_apps = apps;
        m_appsError = e;
        onLoaded();
    });
    connect(m_loader, &AccessPolicyLoader::finished, this, [this](const AccessPolicyModel& m, const GraphError& e) {
        m_policies = m;
        m_policiesError = e;
        onLoaded();
    });
    setSignedIn(false);
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

void AccessView::setSession(SessionState* session)
{
    if (!session) {
        setSignedIn(false);
        return;
    }
    setSignedIn(true);
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
}

void AccessView::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    m_scope->setEnabled(signedIn && m_canWrite);
    m_refresh->setEnabled(signedIn);
    if (!signedIn) {
        m_loadedOnce = false;
        m_apps.clear();
        m_policies = {};
        m_appTree->clear();
        m_placeholder->setText(tr("Sign in to see which apps can read mailboxes."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (isVisible()) {
        refresh();
    }
}

void AccessView::setCanWrite(bool allowed, const QString& reason)
{
    m_canWrite = allowed;
    m_scope->setEnabled(m_signedIn && allowed);
    m_scope->setToolTip(allowed ? tr("Limit an app's mailbox permissions to the members of a mail-enabled security "
                                     "group")
                                : reason);
    m_removePolicy->setToolTip(allowed ? QString() : reason);
    m_rbac->setCanWrite(allowed, reason);
}

void AccessView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_signedIn && !m_loadedOnce && !isLoading()) {
        refresh();
    }
}

void AccessView::refresh()
{
    if (!m_signedIn) {
        return;
    }
    if (isLoading()) {
        m_refreshAgain = true;
        return;
    }
    m_loadedOnce = true;
    m_loadsPending = 3;
    m_status->setText(tr("Reading apps and Exchange's policies…"));
    if (m_appTree->topLevelItemCount() == 0) {
        m_placeholder->setText(tr("Reading apps and Exchange's policies…"));
        m_stack->setCurrentWidget(m_placeholder);
    }
    m_tester->reload();
    if (!m_finder->start()) {
        --m_loadsPending;
    }
    if (!m_loader->load()) {
        --m_loadsPending;
    }
    // RBAC for Applications is additive: an app may reach mailboxes through a role alone, with no Entra permission.
    m_services.exchange->getManagementRoleAssignments(
        {}, this, [this](const QList<ManagementRoleAssignment>& rows, const GraphError& error) {
            m_rbacError = error;
            m_roleAssignments = MailboxScoping::applicationRoles(rows);
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
    if (--m_loadsPending > 0) {
        return;
    }
    m_loadsPending = 0;
    if (!m_signedIn) {
        return; // signed out while reading: nothing of that account may show
    }
    if (m_refreshAgain) {
        m_refreshAgain = false; // the tenant changed while this load ran: its answer may be stale
        refresh();
        return;
    }
    m_status->clear();
    if (m_policiesError) {
        // ExchangeAdminClient's message already names the roles to ask for when Exchange refused.
        m_exchangeNotice->setText(tr("Exchange Online could not be read: %1").arg(m_policiesError.message));
    } else {
        m_exchangeNotice->setText(MailPermissionAudit::deprecationNote());
    }
    m_exchangeNotice->show();
    if (m_appsError && m_apps.isEmpty()) {
        m_placeholder->setText(tr("The apps could not be read: %1").arg(m_appsError.message));
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
    {
        const QSignalBlocker block(m_appTree);
        m_appTree->setSortingEnabled(false);
        m_appTree->clear();
        for (const auto& app : std::as_const(m_apps)) {
            const auto policies = m_policies.policiesFor(app.appId);
            auto* item = new QTreeWidgetItem(m_appTree);
            item->setText(AppName, app.displayName);
            item->setData(AppName, Qt::UserRole, app.appId);
            item->setText(AppPermissions,
                          app.permissions.isEmpty() ? tr("none") : app.permissions.join(QStringLiteral(", ")));
            item->setToolTip(AppPermissions, ViewStyle::plainToolTip(item->text(AppPermissions)));
            item->setText(AppScoping, scopingText(app));
            if (!m_policiesError && MailboxScoping::reachesEveryMailbox(app, policies)) {
                item->setForeground(AppScoping, StateColorPalette().color(StateColorPalette::Role::Danger));
                item->setToolTip(AppScoping,
                                 tr("No access policy limits this app: its application permissions reach every "
                                    "mailbox in the tenant."));
            }
        }
        m_appTree->setSortingEnabled(true);
    }
    if (m_apps.isEmpty()) {
        m_placeholder->setText(tr("No app holds a mailbox application permission, and Exchange has no access "
                                  "policy."));
        m_stack->setCurrentIndex(0);
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
            || item->text(AppName) == appId) {
            m_appTree->setCurrentItem(item);
            showApp();
            return;
        }
    }
    m_pendingSelect = appId; // not loaded yet
}

QString AccessView::selectedAppId() const
{
    const QTreeWidgetItem* item = m_appTree->currentItem();
    return item ? item->data(AppName, Qt::UserRole).toString() : QString();
}

void AccessView::showApp()
{
    const MailboxApp app = appById(selectedAppId());
    const int generation = ++m_appGeneration;
    m_policyTree->clear();
    m_matrix->clear();
    m_matrixSummary->clear();
    m_exportMatrix->setEnabled(false);
    m_testCard->clear();
    m_rbac->clear();
    m_appPermissions.clear();
    if (app.appId.isEmpty()) {
        m_appTitle->clear();
        m_appFacts->clear();
        return;
    }
    m_appTitle->setText(app.displayName);
    m_policyPowerShell->setText(QStringLiteral("PS> Get-ApplicationAccessPolicy | Where-Object AppId -eq %1")
                                    .arg(GraphPowerShell::quote(app.appId)));
    const auto policies = m_policies.policiesFor(app.appId);
    m_appFacts->setText(tr("App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3")
                            .arg(app.appId,
                                 app.permissions.isEmpty() ? tr("none") : app.permissions.join(QStringLiteral(", ")),
                                 scopingText(app)));
    QStringList warnings;
    for (int i = 0; i < policies.size(); ++i) {
        const auto& p = policies.at(i);
        const auto* scope = m_policies.node(p.scopeObjectId);
        QString kind = tr("not found in the directory");
        if (scope) {
            if (scope->kind == AccessPolicyModel::Node::Kind::User) {
                kind = tr("a mailbox");
            } else if (scope->mailEnabled && scope->securityEnabled) {
                kind = tr("a mail-enabled security group");
            } else {
                kind = tr("a group that is not mail-enabled security");
            }
        }
        auto* item = new QTreeWidgetItem(
            m_policyTree,
            {ApplicationAccessPolicy::accessRightName(p.accessRight), p.scopeName, kind, p.description, p.identity});
        item->setData(0, Qt::UserRole, i);
        item->setForeground(
            0,
            StateColorPalette().color(p.isDeny() ? StateColorPalette::Role::Danger : StateColorPalette::Role::Success));
        for (const auto& w : AccessPolicyEvaluator::scopeWarnings(m_policies, p)) {
            warnings.append(QStringLiteral("⚠ ") + w);
            item->setToolTip(PolicyScopeKind, ViewStyle::plainToolTip(w)); // names the group
        }
    }
    if (m_policiesError) {
        new QTreeWidgetItem(m_policyTree, {tr("Unknown"), tr("Exchange could not be read (see above)")});
    } else if (policies.isEmpty()) {
        new QTreeWidgetItem(m_policyTree,
                            {tr("None"), tr("%1 reaches every mailbox: use \"Scope an app…\"").arg(app.displayName)});
    }
    m_policyNotes->setText(warnings.join(QLatin1Char('\n')));
    m_rbac->setApp(app, policies, {});
    if (app.servicePrincipalId.isEmpty()) {
        return;
    }
    m_inventory->loadApp(ServicePrincipalCache::Key::byId(app.servicePrincipalId),
                         this,
                         [this, generation, app, warnings](const AppInventory& inventory) {
                             if (generation != m_appGeneration) {
                                 return;
                             }
                             m_appPermissions = inventory.permissions;
                             QStringList notes = warnings;
                             notes.append(MailPermissionAudit::accessPolicyNotes(app.displayName, m_appPermissions));
                             m_policyNotes->setText(notes.join(QStringLiteral("\n")));
                             m_rbac->setPermissions(m_appPermissions);
                         });
}

void AccessView::removeSelectedPolicy()
{
    const auto items = m_policyTree->selectedItems();
    const auto policies = m_policies.policiesFor(selectedAppId());
    if (items.isEmpty() || !items.first()->data(0, Qt::UserRole).isValid()) {
        return;
    }
    const int i = items.first()->data(0, Qt::UserRole).toInt();
    if (i < 0 || i >= policies.size()) {
        return;
    }
    ExchangePlan plan = ExchangePlanner::removePolicy(policies.at(i));
    plan.warnings.append(MailboxScoping::removalWarnings(policies.at(i), policies, appById(selectedAppId())));
    runPlan(plan);
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
    if (!m_signedIn) {
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
        emit tenantChanged();
        refresh();
    });
    m_wizard->open();
}

void AccessView::testMailbox(const QString& mailbox)
{
    const QString appId = selectedAppId();
    if (appId.isEmpty() || mailbox.isEmpty()) {
        m_testCard->setPending(tr("Choose an app above and type a mailbox address."));
        return;
    }
    if (m_tester->isRunning()) {
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_testMailbox->setText(mailbox);
    m_testCard->setHeading(tr("%1 → %2").arg(appById(appId).displayName, mailbox));
    m_testCard->setPending(tr("Asking Exchange…"));
    m_tester->setProperty("mode", QStringLiteral("single"));
    m_testButton->setEnabled(false);
    m_tester->check(appId, {mailbox});
}

void AccessView::runMatrix()
{
    const QString appId = selectedAppId();
    if (appId.isEmpty() || m_tester->isRunning()) {
        return;
    }
    m_tabs->setCurrentIndex(2);
    m_matrix->clear();
    m_exportMatrix->setEnabled(false);
    m_matrixSummary->setText(tr("Testing…"));
    m_tester->setProperty("mode", QStringLiteral("matrix"));
    m_tester->setSampleSize(m_sample->value());
    m_runMatrix->setEnabled(false);
    m_tester->matrix(appId);
}
