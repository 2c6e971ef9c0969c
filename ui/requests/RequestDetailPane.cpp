#include "RequestDetailPane.h"

#include "RequestTableModel.h"
#include "RequesterList.h"
#include "common/ViewStyle.h"
#include "consent/EntraAdminCenter.h"
#include "directory/PermissionResolver.h"
#include "report/TenantText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int GrantableRole = Qt::UserRole + 2; // a permission an administrator could tick

QLabel* plain(QWidget* parent, const char* name, bool wrap = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // names, reasons and descriptions come from the tenant and its users
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RequestDetailPane::RequestDetailPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholder = ViewStyle::placeholder(m_stack, "requestDetailPlaceholder");
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 4, 4);
    layout->setSpacing(8);
    m_title = plain(page, "requestTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = plain(page, "requestSubtitle");
    m_notice = plain(page, "requestNotice");
    ViewStyle::makeNotice(m_notice);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_notice);

    layout->addWidget(heading(tr("Who asked, and why"), page));
    m_requesters = new RequesterList(page);
    layout->addWidget(m_requesters);

    m_permissionHeading = heading(tr("Requested permissions — tick what to grant"), page);
    layout->addWidget(m_permissionHeading);
    // Why nothing can be ticked, in view (not only in a tooltip): a Global Reader reviews, an administrator grants.
    m_readOnlyNotice = plain(page, "grantNotAllowedNotice");
    ViewStyle::makeNotice(m_readOnlyNotice);
    m_readOnlyNotice->hide();
    layout->addWidget(m_readOnlyNotice);
    m_permissions = new QTreeWidget(page);
    m_permissions->setObjectName(QStringLiteral("permissionTree"));
    m_permissions->setAccessibleName(tr("Requested permissions"));
    m_permissions->setAccessibleDescription(
        tr("The permissions the app asks for, by API, with what each allows and its risk; tick the ones to grant."));
    m_permissions->setHeaderLabels({tr("Permission"), tr("What it allows"), tr("Risk"), tr("Consent"), tr("Status")});
    m_permissions->setSelectionMode(QAbstractItemView::NoSelection);
    m_permissions->setUniformRowHeights(true);
    m_permissions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_permissions->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Room for a group heading and several permissions: the queue above gives way first.
    m_permissions->setMinimumHeight(m_permissions->fontMetrics().height() * 9);
    layout->addWidget(m_permissions, 1);
    m_selectionSummary = plain(page, "selectionSummary");
    layout->addWidget(m_selectionSummary);

    m_busyLabel = plain(page, "requestBusy");
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);

    auto* buttons = new QHBoxLayout;
    m_grant = new QPushButton(tr("Grant selected…"), page);
    m_grant->setObjectName(QStringLiteral("grantSelectedButton"));
    m_adminConsent = new QPushButton(tr("Open admin consent page"), page);
    m_adminConsent->setObjectName(QStringLiteral("adminConsentPageButton"));
    const QString adminConsentTip
        = tr("Grant everything the app asks for on Microsoft's own consent page, in your browser; "
             "ConsentDesk then watches the request until it is completed.");
    m_adminConsent->setToolTip(ViewStyle::plainToolTip(adminConsentTip));
    m_block = new QPushButton(tr("Block…"), page);
    m_block->setObjectName(QStringLiteral("blockButton"));
    m_entra = new QPushButton(tr("Deny in Entra…"), page);
    m_entra->setObjectName(QStringLiteral("openInEntraButton"));
    m_entra->setToolTip(ViewStyle::plainToolTip(EntraAdminCenter::denyNotPossibleText()));
    m_powerShell = new QPushButton(tr("PowerShell…"), page);
    m_powerShell->setObjectName(QStringLiteral("powerShellButton"));
    const QString powerShellTip = tr("The Microsoft Graph PowerShell commands that grant the ticked permissions.");
    m_powerShell->setToolTip(ViewStyle::plainToolTip(powerShellTip));
    //: Opens the troubleshooter for the request's newest requester and this app
    m_troubleshoot = new QPushButton(tr("&Troubleshoot…"), page);
    m_troubleshoot->setObjectName(QStringLiteral("troubleshootRequestButton"));
    m_troubleshoot->setToolTip(ViewStyle::plainToolTip(
        tr("Why can't the requester connect the app themselves? Opens the troubleshooter for the newest requester "
           "(double-click a requester for another).")));
    buttons->addWidget(m_grant);
    buttons->addWidget(m_adminConsent);
    buttons->addWidget(m_troubleshoot);
    buttons->addStretch(1);
    buttons->addWidget(m_powerShell);
    buttons->addWidget(m_block);
    buttons->addWidget(m_entra);
    layout->addLayout(buttons);
    m_stack->addWidget(page);

    connect(m_permissions, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        if (column == 0) {
            updateActions();
            emit selectionChanged();
        }
    });
    connect(m_grant, &QPushButton::clicked, this, [this] { emit grantRequested(selectedPermissions()); });
    connect(m_adminConsent, &QPushButton::clicked, this, &RequestDetailPane::adminConsentPageRequested);
    connect(m_block, &QPushButton::clicked, this, &RequestDetailPane::blockRequested);
    connect(m_entra, &QPushButton::clicked, this, &RequestDetailPane::openInEntraRequested);
    connect(m_powerShell, &QPushButton::clicked, this, [this] { emit powerShellRequested(selectedPermissions()); });
    auto requester
        = [](const UserConsentRequest& u) { return u.requesterUpn.isEmpty() ? u.requesterId : u.requesterUpn; };
    connect(m_troubleshoot, &QPushButton::clicked, this, [this, requester] {
        const UserConsentRequest* newest = nullptr;
        for (const UserConsentRequest& u : m_review.request.userRequests) {
            if (!newest || u.createdDateTime > newest->createdDateTime) {
                newest = &u;
            }
        }
        emit troubleshootRequested(newest ? requester(*newest) : QString(), m_review.request.appId);
    });
    connect(m_requesters, &QTreeWidget::itemActivated, this, [this, requester](QTreeWidgetItem* item) {
        const int row = m_requesters->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_review.request.userRequests.size()) {
            emit troubleshootRequested(requester(m_review.request.userRequests.at(row)), m_review.request.appId);
        }
    });

    showEmpty(tr("Select a request to see who asked for what."));
}

void RequestDetailPane::showEmpty(const QString& text)
{
    m_hasReview = false;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void RequestDetailPane::showLoading(const QString& appName)
{
    m_hasReview = false;
    m_placeholder->setText(tr("Reading %1's request and what it already holds…").arg(TenantText::forDisplay(appName)));
    m_stack->setCurrentWidget(m_placeholder);
}

void RequestDetailPane::setReview(const ConsentRequestReview& review)
{
    m_review = review;
    m_hasReview = true;
    const ConsentRequest& request = review.request;
    // The name the admin decides on: a bidirectional override in it is shown, not obeyed, and above the publisher's
    // "✔ verified publisher" it has no check mark of its own (TenantText::forNameBesideBadge).
    m_title->setText(
        TenantText::forNameBesideBadge(request.appDisplayName.isEmpty() ? request.appId : request.appDisplayName));

    QStringList facts;
    if (review.state.hasServicePrincipal()) {
        const ServicePrincipal& sp = *review.state.client;
        QString publisher
            = sp.publisherName.isEmpty() ? tr("Unknown publisher") : TenantText::forNameBesideBadge(sp.publisherName);
        publisher += sp.verifiedPublisherId.isEmpty() ? tr(" (not verified)") : tr(" ✔ verified publisher");
        facts << publisher;
    }
    facts << tr("App ID %1").arg(request.appId);
    facts << RequestTableModel::statusText(request.status());
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    QStringList notices;
    if (review.clientMissing()) {
        notices << tr("Nobody in this tenant has consented to this app yet: granting first creates its service "
                      "principal (the app's identity here).");
    } else if (!review.state.client->accountEnabled) {
        notices << tr("This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.");
    }
    if (request.isStatic() && request.pendingScopes.isEmpty()) {
        notices << tr("The app asks for its statically configured permissions: Graph does not list them in the "
                      "request. Use the admin consent page to review and grant them.");
    }
    if (review.error) {
        notices << tr("Some details could not be read: %1").arg(review.error.summary());
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    m_requesters->setRequests(review.request.userRequests);
    fillPermissions();
    m_stack->setCurrentIndex(1);
    updateActions();
}

void RequestDetailPane::fillPermissions()
{
    const QSignalBlocker blocker(m_permissions);
    m_permissions->clear();
    const QList<Permission> defaults = m_review.notYetGranted();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const ConsentRequestReview::Item& entry : m_review.items) {
        const Permission& p = entry.permission;
        const QString groupKey = p.resourceAppId.toLower() + QLatin1Char('|') + Permission::typeKey(p.type);
        QTreeWidgetItem* group = groups.value(groupKey);
        if (!group) {
            group = new QTreeWidgetItem(m_permissions);
            const QString api
                = TenantText::forDisplay(p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName);
            group->setText(0,
                           p.isDelegated() ? tr("%1 — delegated (acts as the signed-in user)").arg(api)
                                           : tr("%1 — application (acts as itself, no user)").arg(api));
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(groupKey, group);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setData(0, KeyRole, p.key());
        item->setText(0, TenantText::forDisplay(p.value));
        QString what = p.displayName;
        if (!p.description.isEmpty() && p.description != p.displayName) {
            what += (what.isEmpty() ? QString() : QStringLiteral(" — ")) + p.description;
        }
        what = TenantText::forDisplay(what); // an app may request scopes of its own API, named as it likes
        item->setText(1, what.isEmpty() ? tr("(the API does not describe it)") : what);
        item->setToolTip(1, ViewStyle::plainToolTip(what));
        item->setText(2, Risk::displayName(p.risk));
        item->setToolTip(2, ViewStyle::plainToolTip(p.riskReason));
        const QColor color = ViewStyle::riskColor(p.risk);
        if (color.isValid()) {
            item->setForeground(2, color);
            QFont bold = item->font(2);
            bold.setBold(int(p.risk) >= int(RiskLevel::High));
            item->setFont(2, bold);
        }
        item->setText(3, p.isApplication() || p.adminConsentRequired ? tr("Admin") : tr("User"));
        const QString whoTip = p.isApplication() || p.adminConsentRequired
                                   ? tr("Only an administrator can grant this.")
                                   : tr("Users may consent to this themselves if the tenant's consent settings allow.");
        item->setToolTip(3, ViewStyle::plainToolTip(whoTip));
        if (entry.alreadyGranted) {
            item->setText(4, tr("Already granted"));
            item->setFlags(Qt::ItemIsEnabled); // nothing to do: no checkbox to mislead
            item->setData(0, Qt::CheckStateRole, QVariant());
        } else if (!p.published) {
            item->setText(4, tr("Not published by the API"));
            const QString publishedTip = tr(
                "The API does not offer this permission (or is not in this tenant), so it cannot be granted here.");
            item->setToolTip(4, ViewStyle::plainToolTip(publishedTip));
            item->setFlags(Qt::ItemIsEnabled);
        } else {
            item->setText(4, tr("Not granted"));
            item->setData(0, GrantableRole, true);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            bool checked = false;
            for (const Permission& d : defaults) {
                checked = checked || d.key() == p.key();
            }
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    applyGrantAllowed();
    m_permissions->expandAll();
    if (m_review.items.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_permissions);
        item->setText(0, tr("No permissions listed in this request."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

QList<Permission> RequestDetailPane::selectedPermissions() const
{
    QList<Permission> selected;
    for (int g = 0; g < m_permissions->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_permissions->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState(0) != Qt::Checked) {
                continue;
            }
            const QString key = item->data(0, KeyRole).toString();
            for (const ConsentRequestReview::Item& entry : m_review.items) {
                if (entry.permission.key() == key) {
                    selected << entry.permission;
                    break;
                }
            }
        }
    }
    return selected;
}

void RequestDetailPane::setSelected(const QStringList& permissionKeys)
{
    for (int g = 0; g < m_permissions->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_permissions->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->flags() & Qt::ItemIsUserCheckable) {
                item->setCheckState(
                    0, permissionKeys.contains(item->data(0, KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
}

void RequestDetailPane::setCapabilities(const CapabilityMap& capabilities)
{
    m_capabilities = capabilities;
    applyGrantAllowed();
    updateActions();
}

void RequestDetailPane::applyGrantAllowed()
{
    // Without a role that may grant, the ticks stay as they would be (what an administrator would grant) but cannot
    // be changed, and the reason is written above the list.
    const CapabilityMap::Capability grant = m_capabilities.capability(CapabilityMap::Kind::GrantDelegated);
    const QSignalBlocker blocker(m_permissions);
    for (int g = 0; g < m_permissions->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_permissions->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, GrantableRole).toBool()) {
                item->setFlags(grant.allowed ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
            }
        }
    }
    m_permissionHeading->setText(grant.allowed ? tr("Requested permissions — tick what to grant")
                                               : tr("Requested permissions"));
    m_readOnlyNotice->setText(grant.allowed ? QString()
                                            : tr("You can review this request but not grant it: %1").arg(grant.reason));
    m_readOnlyNotice->setVisible(!grant.allowed);
}

void RequestDetailPane::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
    updateActions();
}

void RequestDetailPane::updateActions()
{
    if (!m_hasReview) {
        return;
    }
    const QList<Permission> selected = selectedPermissions();
    int delegated = 0;
    int application = 0;
    bool graphApp = false;
    for (const Permission& p : selected) {
        if (p.isDelegated()) {
            ++delegated;
        } else {
            ++application;
            graphApp = graphApp
                       || p.resourceAppId.compare(PermissionResolver::MicrosoftGraphAppId, Qt::CaseInsensitive) == 0;
        }
    }
    m_selectionSummary->setText(selected.isEmpty()
                                    ? tr("Nothing ticked.")
                                    : tr("%1 and %2 ticked.", "the two counts below")
                                          .arg(tr("%n delegated permission(s)", nullptr, delegated),
                                               tr("%n application permission(s)", nullptr, application)));

    // The reason a button is disabled is its tooltip: never a silent grey button.
    const bool open = m_review.request.status() == QLatin1String("InProgress");
    CapabilityMap::Capability grant = m_capabilities.capability(CapabilityMap::Kind::GrantDelegated);
    if (grant.allowed && application > 0) {
        grant = m_capabilities.grantApplication(graphApp);
    }
    m_grant->setEnabled(!m_busy && !selected.isEmpty() && grant.allowed);
    m_grant->setToolTip(ViewStyle::plainToolTip(
        !grant.allowed       ? grant.reason
        : selected.isEmpty() ? tr("Tick the permissions to grant first.")
                             : tr("Shows exactly what will be created or changed before anything "
                                  "is sent.")));
    const CapabilityMap::Capability consent = m_capabilities.capability(CapabilityMap::Kind::GrantDelegated);
    m_adminConsent->setEnabled(!m_busy && consent.allowed && open);
    if (!consent.allowed) {
        m_adminConsent->setToolTip(ViewStyle::plainToolTip(consent.reason));
    }
    const CapabilityMap::Capability block = m_capabilities.capability(CapabilityMap::Kind::BlockApp);
    const bool alreadyBlocked = m_review.state.hasServicePrincipal() && !m_review.state.client->accountEnabled;
    m_block->setEnabled(!m_busy && block.allowed && !alreadyBlocked);
    const QString blockTip
        = !block.allowed ? block.reason
          : alreadyBlocked
              ? tr("This app is already blocked.")
              : tr("Disable the app's sign-in in this tenant so nobody can use or request it (asks first).");
    m_block->setToolTip(ViewStyle::plainToolTip(blockTip));
    m_powerShell->setEnabled(!selected.isEmpty());
}
