#include "AccountView.h"

#include "auth/ConsentDeskScopes.h"
#include "common/ViewStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // names and domains come from the tenant
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountView::AccountView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    layout->addWidget(ViewStyle::pageTitle(tr("Account"), this));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    m_name = valueLabel(this, "accountName");
    m_upn = valueLabel(this, "accountUpn");
    m_tenant = valueLabel(this, "accountTenant");
    m_roles = valueLabel(this, "accountRoles");
    m_storage = valueLabel(this, "accountStorage");
    m_permissions = valueLabel(this, "accountPermissions");
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Account:"), m_upn);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Directory roles:"), m_roles);
    form->addRow(tr("Sign-in kept:"), m_storage);
    form->addRow(tr("ConsentDesk may:"), m_permissions);
    layout->addLayout(form);

    auto* capabilitiesTitle = new QLabel(tr("What you can do in this tenant"), this);
    QFont bold = capabilitiesTitle->font();
    bold.setBold(true);
    capabilitiesTitle->setFont(bold);
    layout->addWidget(capabilitiesTitle);

    m_capabilities = new QTreeWidget(this);
    m_capabilities->setObjectName(QStringLiteral("capabilityList"));
    m_capabilities->setAccessibleName(tr("What you can do in this tenant"));
    m_capabilities->setAccessibleDescription(
        tr("One row per action in ConsentDesk, and whether your roles and consent allow it in this tenant."));
    m_capabilities->setColumnCount(2);
    m_capabilities->setHeaderLabels({tr("Action"), tr("Allowed")});
    m_capabilities->setRootIsDecorated(false);
    m_capabilities->setUniformRowHeights(true);
    m_capabilities->setSelectionMode(QAbstractItemView::NoSelection);
    m_capabilities->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_capabilities->header()->setStretchLastSection(true);
    layout->addWidget(m_capabilities, 1);

    auto* buttons = new QHBoxLayout;
    m_writeConsent = new QPushButton(tr("Allow changes…"), this);
    m_writeConsent->setObjectName(QStringLiteral("writeConsentButton"));
    const QString writeConsentTip
        = tr("ConsentDesk signed in with read access only. Before your first change it asks for the "
             "permissions changes need; you can also do that now.");
    m_writeConsent->setToolTip(ViewStyle::plainToolTip(writeConsentTip));
    m_switch = new QPushButton(tr("Switch profile…"), this);
    m_switch->setObjectName(QStringLiteral("switchProfileButton"));
    m_signOut = new QPushButton(tr("Sign out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    const QString signOutTip = tr("Forget this sign-in on this computer (removes it from the system keychain).");
    m_signOut->setToolTip(ViewStyle::plainToolTip(signOutTip));
    buttons->addWidget(m_writeConsent);
    buttons->addStretch(1);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_signOut);
    layout->addLayout(buttons);

    connect(m_writeConsent, &QPushButton::clicked, this, &AccountView::writeConsentRequested);
    connect(m_switch, &QPushButton::clicked, this, &AccountView::switchProfileRequested);
    connect(m_signOut, &QPushButton::clicked, this, &AccountView::signOutRequested);
}

void AccountView::setAccount(const AccountInfo& account, const QString& profileName)
{
    m_name->setText(
        ViewStyle::tenantText(account.displayName.isEmpty() ? tr("(no display name)") : account.displayName));
    m_upn->setText(ViewStyle::tenantText(account.userPrincipalName));
    QString tenant = account.tenantDisplayName.isEmpty() ? account.tenantDefaultDomain : account.tenantDisplayName;
    if (!account.tenantDefaultDomain.isEmpty() && tenant != account.tenantDefaultDomain) {
        tenant += QStringLiteral(" (") + account.tenantDefaultDomain + QLatin1Char(')');
    }
    tenant += QStringLiteral("\n") + tr("Tenant ID %1 · profile \"%2\"").arg(account.tenantId, profileName);
    m_tenant->setText(ViewStyle::tenantText(tenant));
    if (!account.rolesKnown) {
        m_roles->setText(ViewStyle::tenantText(tr("Unknown: %1").arg(account.rolesError)));
    } else {
        const QStringList roles = account.roleNames();
        m_roles->setText(roles.isEmpty() ? tr("None (you can read only what every user can read)")
                                         : roles.join(QStringLiteral(", ")));
    }

    m_capabilities->clear();
    const CapabilityMap map = account.capabilities();
    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_DialogCancelButton);
    for (const CapabilityMap::Capability& capability : map.all()) {
        auto* item = new QTreeWidgetItem(m_capabilities);
        QString action = CapabilityMap::describe(capability.kind);
        if (!action.isEmpty()) {
            action[0] = action.at(0).toUpper();
        }
        item->setText(0, action);
        item->setData(0, Qt::UserRole, CapabilityMap::kindName(capability.kind));
        item->setIcon(1, capability.allowed ? yes : no);
        item->setText(1, ViewStyle::tenantText(capability.allowed ? tr("Yes") : capability.reason));
        item->setToolTip(1, ViewStyle::plainToolTip(capability.allowed ? QString() : capability.reason));
    }
}

void AccountView::setSessionStorage(bool persistent, const QString& reason)
{
    if (persistent) {
        m_storage->setText(tr("In the system keychain: you stay signed in until you sign out."));
    } else {
        m_storage->setText(ViewStyle::tenantText(reason.isEmpty() ? tr("For this session only.")
                                                                  : tr("For this session only: %1").arg(reason)));
    }
}

void AccountView::setGrantedPermissions(const QStringList& permissions, bool canWrite)
{
    // Bare names read better than full resource URIs; the OpenID scopes are not permissions an admin weighs.
    QStringList names;
    for (const QString& scope : permissions) {
        if (!ConsentDeskScopes::isOidcScope(scope)) {
            names << ConsentDeskScopes::withoutResource(scope);
        }
    }
    names.sort(Qt::CaseInsensitive);
    QString text = names.isEmpty() ? tr("(not known yet)") : names.join(QStringLiteral(", "));
    text += QLatin1Char('\n')
            + (canWrite ? tr("Changes are allowed: ConsentDesk holds the permissions it needs to write.")
                        : tr("Read only so far: ConsentDesk asks for write permissions before your first change."));
    m_permissions->setText(ViewStyle::tenantText(text));
    m_writeConsent->setVisible(!canWrite);
}

void AccountView::setBusy(bool busy)
{
    m_writeConsent->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    m_signOut->setEnabled(!busy);
}
