#include "UsersView.h"

#include "apps/PermissionRowModel.h"
#include "async/Async.h"
#include "common/ViewStyle.h"
#include "consent/UserConsentLookup.h"
#include "exchange/ExchangeMailboxScopeProvider.h"
#include "session/SessionState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString scopeText(MailboxScopeProvider::Scope scope)
{
    switch (scope) {
    case MailboxScopeProvider::Scope::NotChecked:
        return UsersView::tr("Not checked: every mailbox unless Exchange restricts the app");
    case MailboxScopeProvider::Scope::Unrestricted:
        return UsersView::tr("Reaches this mailbox (no access policy)");
    case MailboxScopeProvider::Scope::InScope:
        return UsersView::tr("Reaches this mailbox (inside the app's scope)");
    case MailboxScopeProvider::Scope::OutOfScope:
        return UsersView::tr("Kept out (outside the app's scope)");
    }
    return {};
}

} // namespace

UsersView::UsersView(GraphClient* graph, ServicePrincipalCache* cache, QWidget* parent)
    : ConsoleView(parent)
{
    setObjectName(QStringLiteral("usersView"));
    m_lookup = new UserConsentLookup(graph, cache, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(ViewStyle::pageTitle(tr("Users"), this));

    auto* bar = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("userQuery"));
    m_query->setAccessibleName(tr("Find a user"));
    m_query->setPlaceholderText(tr("Name, user principal name or mail address"));
    m_query->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("Find"), this);
    m_find->setObjectName(QStringLiteral("findUserButton"));
    m_find->setDefault(true);
    bar->addWidget(m_query, 1);
    bar->addWidget(m_find);
    layout->addLayout(bar);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setObjectName(QStringLiteral("userSearchStatus"));
    layout->addWidget(m_searchStatus);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_resultList = new QListWidget(splitter);
    m_resultList->setObjectName(QStringLiteral("userResults"));
    m_resultList->setAccessibleName(tr("Users found"));
    m_resultList->setMaximumWidth(300);
    m_stack = new QStackedWidget(splitter);
    m_placeholder = ViewStyle::placeholder(m_stack, "userPlaceholder");
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(12, 0, 0, 0);
    m_userTitle = new QLabel(page);
    m_userTitle->setObjectName(QStringLiteral("userTitle"));
    m_userTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_userTitle->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    m_userTitle->setFont(bold);
    m_userFacts = new QLabel(page);
    m_userFacts->setObjectName(QStringLiteral("userFacts"));
    m_userFacts->setTextFormat(Qt::PlainText);
    m_userFacts->setWordWrap(true);
    pageLayout->addWidget(m_userTitle);
    pageLayout->addWidget(m_userFacts);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("userTabs"));
    m_consents = new PermissionRowModel(this);
    m_tenantWide = new PermissionRowModel(this);
    m_roles = new PermissionRowModel(this);
    QTableView* own = makeTable("userConsentsTable", m_consents);
    own->hideColumn(PermissionRowModel::GrantedThrough); // always this user
    own->setAccessibleName(tr("Permissions this user consented to"));
    own->setAccessibleDescription(
        tr("One row per permission this user granted an app for themselves; double-click a row to open the app."));
    m_tabs->addTab(own, tr("Consented by this user"));
    QTableView* tenantWide = makeTable("tenantWideTable", m_tenantWide);
    tenantWide->setAccessibleName(tr("Permissions admin-consented for everyone"));
    tenantWide->setAccessibleDescription(tr("One row per permission an administrator granted an app for everyone, this "
                                            "user included; double-click a row to open the app."));
    m_tabs->addTab(tenantWide, tr("Admin-consented for everyone"));
    QTableView* roles = makeTable("appRolesTable", m_roles);
    roles->setAccessibleName(tr("App roles assigned to this user"));
    roles->setAccessibleDescription(
        tr("One row per app role assigned to this user; double-click a row to open the app."));
    m_tabs->addTab(roles, tr("App roles"));
    m_mailbox = new QTreeWidget(page);
    m_mailbox->setObjectName(QStringLiteral("mailboxAccessList"));
    m_mailbox->setAccessibleName(tr("Apps that can reach this user's mailbox"));
    m_mailbox->setAccessibleDescription(
        tr("One row per app with application permissions to mailboxes, and whether Exchange lets it reach this user's "
           "mailbox; double-click a row to open the app."));
    m_mailbox->setHeaderLabels({tr("App"), tr("Application permissions"), tr("This user's mailbox")});
    m_mailbox->setRootIsDecorated(false);
    m_mailbox->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_mailbox, tr("Mailbox access"));
    pageLayout->addWidget(m_tabs, 1);
    auto* hint = new QLabel(tr("Double-click an app to open it in Apps and permissions."), page);
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(hint, 1);
    //: Opens the troubleshooter with this user filled in; the admin names the app
    auto* troubleshoot = new QPushButton(tr("&Troubleshoot an app…"), page);
    troubleshoot->setObjectName(QStringLiteral("troubleshootUserButton"));
    troubleshoot->setToolTip(ViewStyle::plainToolTip(tr("Why can't this user connect an app? Opens the "
                                                        "troubleshooter with the user filled in.")));
    connect(troubleshoot, &QPushButton::clicked, this, [this] { emit troubleshootRequested(m_shownUser, QString()); });
    hintRow->addWidget(troubleshoot);
    pageLayout->addLayout(hintRow);
    m_stack->addWidget(page);
    splitter->addWidget(m_resultList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 840}); // names and UPNs fit; the consents' columns need the room more
    layout->addWidget(splitter, 1);

    connect(m_find, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_resultList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_results.size()) {
            showUser(m_results.at(row).id);
        }
    });
    connect(m_mailbox, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit openAppRequested(item->data(0, Qt::UserRole).toString());
    });
    setSession(nullptr);
}

QString UsersView::viewTitle() const
{
    return tr("Users");
}

QIcon UsersView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/users.svg"));
}

QString UsersView::viewToolTip() const
{
    return tr("What a user granted, and to whom (helpdesk lookup)");
}

QTableView* UsersView::makeTable(const char* name, PermissionRowModel* model)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(PermissionRowModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(PermissionRowModel::Risk, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(PermissionRowModel::PermissionName, QHeaderView::Stretch);
    table->horizontalHeader()->moveSection(PermissionRowModel::App, 0); // the app first: "granted to whom?"
    // …and its risk next, where helpdesk looks second: long claim names pushed it behind the scrollbar.
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(PermissionRowModel::Risk), 1);
    // The description, last: it takes the room that is left, and when there is none it is the one to scroll to
    // (in the middle, it was squeezed to a few letters between the claim and its type).
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(PermissionRowModel::PermissionName),
                                           PermissionRowModel::ColumnCount - 1);
    table->hideColumn(PermissionRowModel::GrantedBy);
    connect(table, &QTableView::doubleClicked, this, [this, model, proxy](const QModelIndex& index) {
        if (const GrantedPermission* row = model->row(proxy->mapToSource(index).row())) {
            emit openAppRequested(row->clientId);
        }
    });
    return table;
}

void UsersView::setSession(SessionState* session)
{
    const bool signedIn = session != nullptr;
    m_signedIn = signedIn;
    m_lookup->setMailboxScopeProvider(session ? session->mailboxScopes() : nullptr);
    for (PermissionRowModel* model : {m_consents, m_tenantWide, m_roles}) {
        model->follow(session ? session->firstSeen() : nullptr);
    }
    m_find->setEnabled(signedIn);
    m_query->setEnabled(signedIn);
    Async::cancel(m_searching);
    Async::cancel(m_loading);
    if (!signedIn) {
        m_results.clear();
        m_resultList->clear();
        m_searchStatus->clear();
        m_placeholder->setText(tr("Sign in to look up users."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_placeholder->setText(tr("Find a user to see what they granted, and to whom."));
        m_stack->setCurrentWidget(m_placeholder);
    }
}

void UsersView::search(const QString& text)
{
    if (!m_signedIn || text.trimmed().isEmpty()) {
        return;
    }
    m_searchStatus->setText(tr("Searching…"));
    Async::cancel(m_searching);
    Async::cancel(m_loading); // a new search: the user being read is no longer what the admin looks for
    m_searching = m_lookup->findUsers(text.trimmed());
    Async::then(m_searching, this, [this](const UserConsentLookup::Found& found) {
        const QList<User>& users = found.users;
        const GraphError& error = found.error;
        m_results = users;
        m_resultList->clear();
        for (const User& user : users) {
            auto* item = new QListWidgetItem(
                ViewStyle::tenantText(user.displayName + QLatin1Char('\n') + user.userPrincipalName), m_resultList);
            item->setData(Qt::UserRole, user.id);
        }
        m_searchStatus->setText(ViewStyle::tenantText(error ? tr("Search failed: %1").arg(error.summary())
                                                      : users.isEmpty()
                                                          ? tr("No user matches.")
                                                          : tr("%n user(s) found.", nullptr, int(users.size()))));
        if (users.size() == 1) {
            m_resultList->setCurrentRow(0);
        }
    });
}

void UsersView::showUser(const QString& idOrUpn)
{
    m_placeholder->setText(tr("Reading what this user granted…"));
    m_stack->setCurrentWidget(m_placeholder);
    Async::cancel(m_searching); // this user is what the admin looks for now
    Async::cancel(m_loading);
    m_loading = m_lookup->load(idOrUpn);
    Async::then(m_loading, this, [this](const UserConsentView& view) { showView(view); });
}

void UsersView::showView(const UserConsentView& view)
{
    if (!view.isValid()) {
        m_placeholder->setText(ViewStyle::tenantText(
            view.error ? tr("Could not read the user: %1").arg(view.error.summary()) : tr("No such user.")));
        return;
    }
    m_userTitle->setText(ViewStyle::tenantText(view.user.label()));
    m_shownUser = view.user.userPrincipalName.isEmpty() ? view.user.id : view.user.userPrincipalName;
    QStringList facts;
    facts << tr("%n app(s) consented to by this user", nullptr, int(view.consentedApps().size()));
    facts << tr("member of %n group(s)", nullptr, int(view.groups.size()));
    if (!view.user.accountEnabled) {
        facts << tr("account disabled");
    }
    if (view.user.userType == QLatin1String("Guest")) {
        facts << tr("guest");
    }
    if (view.error) {
        facts << tr("partly read: %1").arg(view.error.summary());
    }
    m_userFacts->setText(ViewStyle::tenantText(facts.join(QStringLiteral(" · "))));
    m_consents->setRows(view.userConsents);
    m_tenantWide->setRows(view.tenantWide);
    m_roles->setRows(view.appRoles);
    m_tabs->setTabText(0, tr("Consented by this user (%1)").arg(view.userConsents.size()));
    m_tabs->setTabText(1, tr("Admin-consented for everyone (%1)").arg(view.tenantWide.size()));
    m_tabs->setTabText(2, tr("App roles (%1)").arg(view.appRoles.size()));
    m_tabs->setTabText(3, tr("Mailbox access (%1)").arg(view.mailboxAccess.size()));
    m_mailbox->clear();
    for (const UserConsentView::MailboxAccess& access : view.mailboxAccess) {
        auto* item = new QTreeWidgetItem(m_mailbox);
        item->setText(0, ViewStyle::tenantText(access.clientDisplayName));
        item->setData(0, Qt::UserRole, access.clientId);
        item->setText(1, ViewStyle::tenantText(access.permissions.join(QStringLiteral(", "))));
        item->setText(2, scopeText(access.scope));
        item->setToolTip(2, ViewStyle::plainToolTip(access.detail));
    }
    m_stack->setCurrentIndex(1);
}
