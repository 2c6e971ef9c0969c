#include "AppsView.h"

#include "AppDetailPane.h"
#include "AppFilterModel.h"
#include "AppListModel.h"
#include "AppTableView.h"
#include "InventoryText.h"
#include "KeepOnlyDialog.h"
#include "ReportExportDialog.h"
#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "common/FilterBanner.h"
#include "common/ModelExporter.h"
#include "common/PlanRunner.h"
#include "common/ViewStyle.h"
#include "consent/GrantInventory.h"
#include "consent/Journal.h"
#include "consent/RevokePlanner.h"
#include "directory/ServicePrincipalCache.h"
#include "report/PermissionReport.h"
#include "session/SessionState.h"
#include "session/TenantAppsState.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

AppsView::AppsView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("appsView"));
    m_model = new AppListModel(this);
    m_proxy = new AppFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppListModel::SortRole);
    m_runner = new PlanRunner(this, {m_services.graph, nullptr, m_services.journal, m_services.signIn});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(ViewStyle::pageTitle(tr("Apps and permissions"), this));

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("appSearch"));
    m_search->setAccessibleName(tr("Filter the apps"));
    m_search->setPlaceholderText(tr("Filter by app or publisher"));
    m_search->setClearButtonEnabled(true);
    m_onlyHolding = new QCheckBox(tr("Only apps with permissions"), this);
    m_onlyHolding->setObjectName(QStringLiteral("onlyHoldingApps"));
    m_onlyHolding->setChecked(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAppsButton"));
    auto* exportAll = new QPushButton(tr("Export…"), this);
    exportAll->setObjectName(QStringLiteral("exportAppsButton"));
    exportAll->setToolTip(ViewStyle::plainToolTip(tr("Save the apps list as shown as CSV or JSON.")));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_onlyHolding);
    m_exportReport = new QPushButton(tr("Export full report…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportFullReportButton"));
    m_exportReport->setToolTip(ViewStyle::plainToolTip(
        tr("Every permission of every app, one row each — the columns of consentdesk-cli grants "
           "list --all --permissions — saved as CSV or JSON while it is read.")));
    m_exportReport->setEnabled(false);
    bar->addWidget(m_refresh);
    bar->addWidget(exportAll);
    bar->addWidget(m_exportReport);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("appsStatus"));
    layout->addWidget(m_status);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("appsCountMismatch"));
    m_mismatch->setWordWrap(true);
    m_mismatch->setTextFormat(Qt::PlainText);
    ViewStyle::makeNotice(m_mismatch);
    m_mismatch->hide();
    layout->addWidget(m_mismatch);
    m_filterBanner = new FilterBanner(this);
    layout->addWidget(m_filterBanner);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_listStack = new QStackedWidget(splitter);
    m_table = new AppTableView(m_proxy, m_listStack);
    m_listMessage = ViewStyle::placeholder(m_listStack, "appsListMessage");
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_listMessage);
    m_detail = new AppDetailPane(splitter);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setSizes({240, 420});
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AppFilterModel::setText);
    connect(m_search, &QLineEdit::textChanged, this, &AppsView::updateListMessage);
    connect(m_onlyHolding, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyHolding(on);
        updateListMessage();
    });
    connect(m_filterBanner, &FilterBanner::cleared, this, [this] {
        m_proxy->clearRisk();
        m_proxy->clearApps();
        updateListMessage();
    });
    connect(m_refresh, &QPushButton::clicked, this, &AppsView::refresh);
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        if (ReportExportDialog* running = runningExport()) {
            running->raise();
            running->activateWindow();
            return;
        }
        TableWriter::Format format = TableWriter::Format::Csv;
        const QString path = ModelExporter::askSavePath(this, QStringLiteral("consentdesk-permissions"), &format);
        if (!path.isEmpty()) {
            exportFullReport(path, format);
        }
    });
    connect(exportAll, &QPushButton::clicked, this, [this] {
        ModelExporter::exportWithDialog(this,
                                        *m_proxy,
                                        {QStringLiteral("ClientDisplayName"),
                                         QStringLiteral("Publisher"),
                                         QStringLiteral("AdminConsentedScopes"),
                                         QStringLiteral("UserConsents"),
                                         QStringLiteral("ApplicationPermissions"),
                                         QStringLiteral("HighestRisk")},
                                        QStringLiteral("consentdesk-apps"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AppsView::loadCurrent);
    connect(m_detail, &AppDetailPane::revokeRowsRequested, this, &AppsView::revokeRows);
    connect(m_detail, &AppDetailPane::keepOnlyRequested, this, &AppsView::keepOnly);
    connect(m_detail, &AppDetailPane::revokeAllRequested, this, &AppsView::revokeAll);
    connect(m_detail, &AppDetailPane::exportRequested, this, [this] {
        if (!m_detail->hasInventory()) {
            return;
        }
        // The stable MSIdentityTools-style columns, every row of the app.
        ModelExporter::exportTableWithDialog(this,
                                             PermissionReport::table(m_detail->inventory().permissions),
                                             m_detail->inventory().app.displayName + QStringLiteral("-permissions"));
    });
    connect(m_runner, &PlanRunner::progress, this, [this](const QString& text) { m_detail->setBusy(true, text); });
    connect(m_runner, &PlanRunner::cancelled, this, [this] { m_detail->setBusy(false); });
    connect(m_runner, &PlanRunner::finished, this, &AppsView::onExecuted);
    setSession(nullptr);
}

AppsView::~AppsView() = default;

QString AppsView::viewTitle() const
{
    return tr("Apps and permissions");
}

QIcon AppsView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/apps.svg"));
}

QString AppsView::viewToolTip() const
{
    return tr("What every app may do in the tenant; revoke and keep only what is needed");
}

bool AppsView::isLoading() const
{
    return m_apps && m_apps->isLoading();
}

void AppsView::follow(TenantAppsState* apps)
{
    if (m_apps) {
        disconnect(m_apps, nullptr, this, nullptr);
    }
    if (!(m_apps = apps)) {
        return;
    }
    connect(apps, &TenantAppsState::started, this, [this] {
        m_model->clear();
        m_loadError.clear();
        m_refresh->setEnabled(false);
        m_status->setText(tr("Reading the tenant's apps…"));
        updateListMessage();
    });
    connect(apps, &TenantAppsState::appsChanged, this, [this](const QList<AppSummary>& apps) {
        m_model->upsert(apps);
        updateListMessage();
        if (!m_pendingSelect.isEmpty()) {
            selectApp(m_pendingSelect);
        }
    });
    connect(apps, &TenantAppsState::progress, this, [this](int sps, int grants, int assignments) {
        m_status->setText(ViewStyle::tenantText(InventoryText::progress(sps, grants, assignments)));
    });
    connect(apps, &TenantAppsState::finished, this, &AppsView::onFinished);
}

void AppsView::onFinished(const TenantInventory& inventory)
{
    m_refresh->setEnabled(m_session != nullptr);
    m_loadError.clear();
    if (inventory.error && inventory.error.kind != GraphError::Kind::Cancelled) {
        m_loadError = inventory.error.summary();
        // With nothing listed the reason stands where the list would be; the line above stays short.
        m_status->setText(ViewStyle::tenantText(
            m_model->rowCount() == 0 ? tr("Could not read the apps.")
                                     : tr("Could not read everything: %1").arg(inventory.error.summary())));
    } else {
        m_status->setText(ViewStyle::tenantText(InventoryText::facts(inventory)));
    }
    const QString notices = InventoryText::notices(inventory);
    m_mismatch->setVisible(!notices.isEmpty());
    m_mismatch->setText(ViewStyle::tenantText(notices));
    updateListMessage();
}

ReportExportDialog* AppsView::runningExport() const
{
    return m_export && m_export->isRunning() ? m_export.data() : nullptr;
}

ReportExportDialog* AppsView::exportFullReport(const QString& path, TableWriter::Format format)
{
    if (ReportExportDialog* running = runningExport()) {
        return running;
    }
    auto* dialog = new ReportExportDialog(m_services.graph, m_session ? m_session->firstSeen() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_export = dialog;
    dialog->show();
    dialog->start(path, format);
    return dialog;
}

void AppsView::setSession(SessionState* session)
{
    m_session = session;
    m_refresh->setEnabled(session != nullptr);
    m_exportReport->setEnabled(session != nullptr);
    if (!session && m_export) {
        m_export->reject(); // cancels: the session that read it is gone
    }
    Async::cancel(m_appLoad);
    follow(session ? session->tenantApps() : nullptr);
    m_detail->setFirstSeen(session ? session->firstSeen() : nullptr);
    m_filterBanner->clear();
    m_proxy->clearRisk();
    m_proxy->clearApps();
    if (!session) {
        m_model->clear();
        m_detail->showEmpty(tr("Sign in to see the apps of your tenant and what they may do."));
        m_status->clear();
        m_mismatch->hide();
        m_loadError.clear();
        updateListMessage();
        return;
    }
    m_detail->setCapabilities(session->account().capabilities());
    connect(session, &SessionState::stale, this, [this](TenantChanges changes) {
        if (!changes.testAnyFlags(SessionState::GraphChanges)) {
            return;
        }
        // Off screen the shared read stays stale until a view that shows it is shown (showEvent).
        if (isVisible() && !m_runner->isBusy()) {
            refresh(); // this view's own writes refresh when their results are in (onExecuted)
        }
    });
    // The session's read, shared with the Overview: it may have read (some of) the apps already.
    m_model->clear();
    m_model->upsert(m_apps->inventory().apps);
    if (m_apps->isLoaded()) {
        onFinished(m_apps->inventory());
    } else if (m_apps->isLoading()) {
        m_status->setText(tr("Reading the tenant's apps…"));
    }
    m_apps->ensureLoaded(); // started() says when it reads
    m_refresh->setEnabled(!m_apps->isLoading());
    updateListMessage();
}

void AppsView::showEvent(QShowEvent* event)
{
    ConsoleView::showEvent(event);
    if (m_session && m_apps && m_apps->isStale()) {
        const QString current = m_detail->hasInventory() ? m_detail->inventory().app.id : QString();
        m_apps->ensureLoaded();
        if (!current.isEmpty()) {
            selectApp(current);
        }
    }
}

bool AppsView::showFiltered(const ViewFilter& filter)
{
    if (!m_session) {
        return false;
    }
    ConsentOverview::Measure measure;
    bool known = false;
    const RiskLevel level = Risk::fromKey(filter.value, &known);
    const bool app = filter.key == QLatin1String("app");
    const bool apps = filter.key == QLatin1String("apps");
    if (!app && !apps && (!known || !ConsentOverview::measureFromKey(filter.key, &measure))) {
        return false;
    }
    m_search->clear();
    m_onlyHolding->setChecked(true);
    m_filterBanner->clear();
    m_proxy->clearRisk();
    m_proxy->clearApps();
    if (app) {
        selectApp(filter.value);
    } else {
        if (apps) {
            m_proxy->setApps(QSet<QString>(filter.values.cbegin(), filter.values.cend()));
        } else {
            m_proxy->setRisk(measure, level);
        }
        m_filterBanner->showFilter(filter.description);
    }
    updateListMessage();
    return true;
}

void AppsView::refresh()
{
    if (!m_session) {
        return;
    }
    m_apps->reload(); // started() clears the list
}

void AppsView::updateListMessage()
{
    // The list, or one sentence saying why there is none and what to do — never an empty grid.
    QString message;
    if (!m_session) {
        message = tr("Sign in to see the apps of your tenant and what they may do.");
    } else if (m_proxy->rowCount() > 0) {
        message.clear();
    } else if (!m_search->text().isEmpty() && m_model->rowCount() > 0) {
        message = tr("No app matches \"%1\".").arg(m_search->text());
    } else if (m_proxy->hasApps() && m_model->rowCount() > 0) {
        message = tr("No app holds these users' consents now: they were revoked since ConsentDesk first saw them, or "
                     "their apps were removed. Press Show all to see every app.");
    } else if (m_proxy->hasRisk() && m_model->rowCount() > 0) {
        message = tr("No app is at this risk level any more. Press Show all to see every app.");
    } else if (isLoading()) {
        message = tr("Reading the tenant's apps and what they hold…");
    } else if (!m_loadError.isEmpty() && m_model->rowCount() == 0) {
        message = tr("The apps could not be read: %1\nCheck the connection and your role, then press Refresh.")
                      .arg(m_loadError);
    } else if (m_model->rowCount() == 0) {
        message = tr("This tenant has no apps yet.");
    } else {
        message = tr("No app holds permissions in this tenant. Untick \"Only apps with permissions\" to see every "
                     "app.");
    }
    m_listMessage->setText(ViewStyle::tenantText(message));
    m_listStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_table) : m_listMessage);
    if (!message.isEmpty() && m_session) {
        m_detail->showEmpty(QString()); // one message on the page, not a second one below it
    }
}

void AppsView::selectApp(const QString& servicePrincipalIdOrAppId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const AppSummary* app = m_model->summary(m_proxy->mapToSource(index).row());
        if (app
            && (app->app.id == servicePrincipalIdOrAppId
                || app->app.appId.compare(servicePrincipalIdOrAppId, Qt::CaseInsensitive) == 0
                || app->app.displayName == servicePrincipalIdOrAppId)) {
            m_pendingSelect.clear();
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            return;
        }
    }
    m_pendingSelect = servicePrincipalIdOrAppId; // not listed yet: select it when its page arrives
}

void AppsView::loadCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const AppSummary* app = current.isValid() ? m_model->summary(m_proxy->mapToSource(current).row()) : nullptr;
    if (!app) {
        m_detail->showEmpty(tr("Select an app to see what it may do in your tenant."));
        return;
    }
    if (app->notFound) {
        Async::cancel(m_appLoad); // an earlier app's answer must not replace this
        const QString rows = tr("%1 and %2", "two counts")
                                 .arg(tr("%n delegated grant(s)", nullptr, app->tenantWideGrants + app->userGrants),
                                      tr("%n application permission(s)", nullptr, app->applicationPermissions));
        m_detail->showEmpty(
            tr("Graph returns no service principal with the id %1, yet %2 refer to it. It may have been "
               "deleted, or be too new to be read yet: refresh in a few minutes. The full export (in English, "
               "like the command line) lists its rows as \"(not found)\".")
                .arg(app->app.id, rows));
        return;
    }
    m_detail->showLoading(app->app.displayName);
    Async::cancel(m_appLoad); // only the app on screen may answer
    if (!m_session) {
        return;
    }
    m_appLoad = m_session->inventory()->loadApp(ServicePrincipalCache::Key::byId(app->app.id));
    Async::then(m_appLoad, this, [this](const AppInventory& inventory) {
        m_detail->setInventory(inventory, grantedByFromJournal());
    });
}

QHash<QString, QString> AppsView::grantedByFromJournal() const
{
    // Graph keeps no "granted by"; the journal does for what ConsentDesk granted (created grant/assignment ids).
    QHash<QString, QString> byId;
    if (!m_services.journal) {
        return byId;
    }
    for (const JournalEntry& e : m_services.journal->entries()) {
        if (e.outcome != JournalEntry::Outcome::Succeeded) {
            continue;
        }
        if (e.action == QLatin1String("grant.create") || e.action == QLatin1String("appRoleAssignment.create")) {
            const QString id = e.result.value(QStringLiteral("id")).toString();
            if (!id.isEmpty()) {
                byId.insert(id, e.actor);
            }
        } else if (e.action == QLatin1String("grant.updateScope")) {
            const QString id = e.target.value(QStringLiteral("grantId")).toString();
            if (!id.isEmpty()) {
                byId.insert(id, e.actor + tr(" (changed)"));
            }
        }
    }
    return byId;
}

void AppsView::revokeRows(const QList<GrantedPermission>& rows)
{
    if (m_detail->hasInventory() && !rows.isEmpty()) {
        m_runner->run(WritePlan::from(RevokePlanner::revokeRows(m_detail->inventory(), rows)),
                      ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke));
    }
}

void AppsView::keepOnly()
{
    if (!m_detail->hasInventory()) {
        return;
    }
    auto* dialog = new KeepOnlyDialog(m_detail->inventory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_runner->run(WritePlan::from(RevokePlanner::keepOnly(
                          m_detail->inventory(), dialog->keepKeys(), dialog->includeUserConsents())),
                      ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke));
    });
    dialog->open();
}

void AppsView::revokeAll()
{
    if (m_detail->hasInventory()) {
        m_runner->run(WritePlan::from(RevokePlanner::revokeAll(m_detail->inventory())),
                      ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke));
    }
}

void AppsView::onExecuted(const WriteRun& execution)
{
    m_detail->setBusy(false);
    emit statusMessage(execution.allSucceeded() ? tr("All changes were made. Tokens already issued stay valid until "
                                                     "they expire.")
                                                : tr("Some changes were not made."));
    const QString current = m_detail->hasInventory() ? m_detail->inventory().app.id : QString();
    refresh();
    if (!current.isEmpty()) {
        selectApp(current);
    }
}
