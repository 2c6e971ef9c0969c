#include "AppDetailPane.h"

#include "common/SizeHintCacheDelegate.h"
#include "common/SourceSortProxyModel.h"

#include "PermissionRowModel.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

AppDetailPane::AppDetailPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("appDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_placeholder = ViewStyle::placeholder(m_stack, "appDetailPlaceholder");
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 4, 4);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("appTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a name of any length stays in the pane
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("appSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_adminModel = new PermissionRowModel(this);
    m_userModel = new PermissionRowModel(this);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("appTabs"));
    m_adminTable = makeTable("adminConsentTable", m_adminModel, &m_adminProxy);
    m_userTable = makeTable("userConsentTable", m_userModel, &m_userProxy);
    m_adminTable->hideColumn(PermissionRowModel::App);
    m_userTable->hideColumn(PermissionRowModel::App);
    m_adminTable->setAccessibleName(tr("Permissions granted by admin consent"));
    m_adminTable->setAccessibleDescription(
        tr("One row per permission an administrator granted this app for the whole organization, with its risk."));
    m_userTable->setAccessibleName(tr("Permissions granted by user consent"));
    m_userTable->setAccessibleDescription(
        tr("One row per permission users granted this app for themselves, with who granted it and its risk."));
    m_tabs->addTab(m_adminTable, tr("Admin consent"));
    m_tabs->addTab(m_userTable, tr("User consent"));
    layout->addWidget(m_tabs, 1);

    m_busyLabel = new QLabel(page);
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->setObjectName(QStringLiteral("appBusy"));
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);

    auto* buttons = new QHBoxLayout;
    m_revoke = new QPushButton(tr("Revoke selected…"), page);
    m_revoke->setObjectName(QStringLiteral("revokeSelectedButton"));
    m_keepOnly = new QPushButton(tr("Keep only…"), page);
    m_keepOnly->setObjectName(QStringLiteral("keepOnlyButton"));
    const QString keepOnlyTip
        = tr("Pick what the app keeps; everything else it holds is removed (shows exactly what first).");
    m_keepOnly->setToolTip(ViewStyle::plainToolTip(keepOnlyTip));
    m_revokeAll = new QPushButton(tr("Revoke everything…"), page);
    m_revokeAll->setObjectName(QStringLiteral("revokeAllButton"));
    m_export = new QPushButton(tr("Export…"), page);
    m_export->setObjectName(QStringLiteral("exportPermissionsButton"));
    //: Opens the troubleshooter with this app filled in; the admin names the user
    m_troubleshoot = new QPushButton(tr("Tro&ubleshoot a user…"), page);
    m_troubleshoot->setObjectName(QStringLiteral("troubleshootAppButton"));
    m_troubleshoot->setToolTip(ViewStyle::plainToolTip(tr("Why can't a user connect this app? Opens the "
                                                          "troubleshooter with the app filled in.")));
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_keepOnly);
    buttons->addWidget(m_troubleshoot);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_revokeAll);
    layout->addLayout(buttons);
    m_stack->addWidget(page);

    connect(m_tabs, &QTabWidget::currentChanged, this, &AppDetailPane::updateActions);
    connect(m_revoke, &QPushButton::clicked, this, [this] { emit revokeRowsRequested(selectedRows()); });
    connect(m_keepOnly, &QPushButton::clicked, this, &AppDetailPane::keepOnlyRequested);
    connect(m_revokeAll, &QPushButton::clicked, this, &AppDetailPane::revokeAllRequested);
    connect(m_export, &QPushButton::clicked, this, &AppDetailPane::exportRequested);
    connect(m_troubleshoot, &QPushButton::clicked, this, [this] {
        emit troubleshootRequested(QString(), m_inventory.app.appId);
    });
    showEmpty(tr("Select an app to see what it may do in your tenant."));
}

QTableView* AppDetailPane::makeTable(const char* name, PermissionRowModel* model, QSortFilterProxyModel** proxy)
{
    *proxy = new SourceSortProxyModel(this); // the model sorts itself: 100 000 rows in tens of milliseconds
    (*proxy)->setSourceModel(model);
    (*proxy)->setSortRole(PermissionRowModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(name));
    table->setItemDelegate(new SizeHintCacheDelegate(table)); // its columns fit their contents at every sort
    table->setModel(*proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(PermissionRowModel::Risk, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Everything fits its content except the permission's name, which takes the rest (Risk stays in sight).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Qt measures the first 1 000 rows of every column at each load or sort: with 100 000 rows that is what the person
    // would wait for. 200 rows around the ones in sight give the same widths for lists of like rows.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->horizontalHeader()->setSectionResizeMode(PermissionRowModel::PermissionName, QHeaderView::Stretch);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppDetailPane::updateActions);
    return table;
}

void AppDetailPane::showEmpty(const QString& text)
{
    m_has = false;
    m_placeholder->setText(ViewStyle::tenantText(text));
    m_stack->setCurrentWidget(m_placeholder);
}

void AppDetailPane::showLoading(const QString& appName)
{
    m_placeholder->setText(ViewStyle::tenantText(tr("Reading what %1 holds…").arg(appName)));
    if (!m_has || m_inventory.app.displayName != appName) {
        m_has = false;
        m_stack->setCurrentWidget(m_placeholder);
    }
}

void AppDetailPane::setInventory(const AppInventory& inventory, const QHash<QString, QString>& grantedBy)
{
    m_inventory = inventory;
    m_has = inventory.isValid();
    if (!m_has) {
        showEmpty(inventory.error ? tr("Could not read the app: %1").arg(inventory.error.summary())
                                  : tr("This app is not in the tenant any more."));
        return;
    }
    m_title->setText(TenantText::forNameBesideBadge(inventory.app.displayName)); // above the publisher's "✔ verified"
    QStringList facts;
    // The publisher's own check marks are shown as U+FFFD: the only ✔ here is ConsentDesk's verified badge.
    facts << (inventory.app.publisherName.isEmpty() ? tr("Unknown publisher")
                                                    : TenantText::forNameBesideBadge(inventory.app.publisherName))
                 + (inventory.app.verifiedPublisherId.isEmpty() ? QString() : tr(" ✔ verified"));
    facts << tr("App ID %1").arg(inventory.app.appId);
    if (!inventory.app.accountEnabled) {
        facts << tr("Blocked (sign-in disabled)");
    }
    QList<GrantedPermission> admin = inventory.rows(GrantedPermission::Source::TenantWide);
    admin += inventory.rows(GrantedPermission::Source::Application);
    const QList<GrantedPermission> users = inventory.rows(GrantedPermission::Source::User);
    facts << tr("%n user(s) consented themselves", nullptr, inventory.userCount());
    if (inventory.error) {
        facts << tr("Partly read: %1").arg(inventory.error.summary());
    }
    m_subtitle->setText(ViewStyle::tenantText(facts.join(QStringLiteral(" · "))));
    m_adminModel->setRows(admin);
    m_userModel->setRows(users);
    m_adminModel->setGrantedBy(grantedBy);
    m_userModel->setGrantedBy(grantedBy);
    m_tabs->setTabText(0, tr("Admin consent (%1)").arg(admin.size()));
    m_tabs->setTabText(1, tr("User consent (%1)").arg(users.size()));
    m_stack->setCurrentIndex(1);
    updateActions();
}

QList<GrantedPermission> AppDetailPane::selectedRows() const
{
    const bool admin = m_tabs->currentIndex() == 0;
    QTableView* table = admin ? m_adminTable : m_userTable;
    QSortFilterProxyModel* proxy = admin ? m_adminProxy : m_userProxy;
    PermissionRowModel* model = admin ? m_adminModel : m_userModel;
    QList<GrantedPermission> rows;
    for (const QModelIndex& index : table->selectionModel()->selectedRows()) {
        if (const GrantedPermission* row = model->row(proxy->mapToSource(index).row())) {
            rows << *row;
        }
    }
    return rows;
}

void AppDetailPane::setCapabilities(const CapabilityMap& capabilities)
{
    m_capabilities = capabilities;
    updateActions();
}

void AppDetailPane::setFirstSeen(FirstSeenState* state)
{
    m_adminModel->follow(state);
    m_userModel->follow(state);
}

void AppDetailPane::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyLabel->setText(ViewStyle::tenantText(text));
    m_busyLabel->setVisible(busy && !text.isEmpty());
    updateActions();
}

void AppDetailPane::updateActions()
{
    if (!m_has) {
        return;
    }
    const CapabilityMap::Capability revoke = m_capabilities.capability(CapabilityMap::Kind::Revoke);
    const bool holds = !m_inventory.permissions.isEmpty();
    const int selected = int(selectedRows().size());
    m_revoke->setEnabled(!m_busy && revoke.allowed && selected > 0);
    m_revoke->setToolTip(ViewStyle::plainToolTip(
        !revoke.allowed ? revoke.reason
        : selected == 0 ? tr("Select the permissions to remove first.")
                        : tr("Remove the %n selected permission(s) (shows exactly what first).", nullptr, selected)));
    m_keepOnly->setEnabled(!m_busy && revoke.allowed && holds);
    m_revokeAll->setEnabled(!m_busy && revoke.allowed && holds);
    if (!revoke.allowed) {
        m_keepOnly->setToolTip(ViewStyle::plainToolTip(revoke.reason));
        m_revokeAll->setToolTip(ViewStyle::plainToolTip(revoke.reason));
    } else {
        const QString revokeAllTip = tr("Remove every delegated grant and application permission of this app.");
        m_revokeAll->setToolTip(ViewStyle::plainToolTip(revokeAllTip));
    }
}
