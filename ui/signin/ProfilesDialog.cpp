#include "ProfilesDialog.h"

#include "ProfileDialog.h"
#include "auth/AuthProfile.h"
#include "auth/ProfileStore.h"
#include "common/ViewStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

ProfileDialog::Values valuesOf(const AuthProfile& profile)
{
    ProfileDialog::Values v;
    v.name = profile.name;
    v.tenant = profile.tenant;
    v.clientId = profile.clientId;
    v.cloud = profile.cloud;
    v.authority = profile.customAuthority;
    v.graph = profile.customGraph;
    v.exchange = profile.customExchange;
    return v;
}

void apply(const ProfileDialog::Values& v, AuthProfile* profile)
{
    profile->name = v.name;
    profile->tenant = v.tenant;
    profile->clientId = v.clientId;
    profile->cloud = v.cloud;
    const bool custom = v.cloud == QLatin1String("custom");
    profile->customAuthority = custom ? v.authority : QUrl();
    profile->customGraph = custom ? v.graph : QUrl();
    profile->customExchange = custom ? v.exchange : QUrl();
}

QString describe(const AuthProfile& profile)
{
    const QString cloud = ProfilesDialog::cloudName(profile);
    QString text = profile.name + QStringLiteral("\n") + profile.tenant + QStringLiteral(" · ") + cloud;
    if (!profile.lastUser.userPrincipalName.isEmpty()) {
        text += QStringLiteral(" · ") + profile.lastUser.userPrincipalName;
    }
    return text;
}

} // namespace

QString ProfilesDialog::cloudName(const AuthProfile& profile)
{
    if (profile.cloud == QLatin1String("usgov")) {
        return tr("US Government (GCC High)");
    }
    if (profile.cloud == QLatin1String("usgovdod")) {
        return tr("US Government (DoD)");
    }
    if (profile.cloud == QLatin1String("china")) {
        return tr("China (21Vianet)");
    }
    if (profile.cloud == QLatin1String("custom")) {
        return profile.customAuthority.toDisplayString();
    }
    return tr("Global cloud");
}

ProfilesDialog::ProfilesDialog(ProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Tenant profiles"));
    resize(560, 380);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A profile is one tenant and the ConsentDesk app registration you sign in with there. "
                                "Nothing secret is kept in a profile."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Tenant profiles"));
    m_list->setSpacing(2);
    row->addWidget(m_list, 1);

    auto* side = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    row->addLayout(side);
    layout->addLayout(row, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("&Use this profile"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useProfileButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    reload(m_store->currentId());
}

QString ProfilesDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::select(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfilesDialog::reload(const QString& selectId)
{
    m_list->clear();
    for (const AuthProfile& profile : m_store->profiles()) {
        auto* item = new QListWidgetItem(describe(profile), m_list);
        item->setData(Qt::UserRole, profile.id);
    }
    if (!selectId.isEmpty()) {
        select(selectId);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_use->setEnabled(selected);
    // Enter uses the chosen profile; with none to choose (the first start) it adds one.
    m_use->setDefault(selected);
    m_add->setDefault(!selected);
}

void ProfilesDialog::addProfile()
{
    ProfileDialog dialog(this);
    QStringList names;
    for (const AuthProfile& p : m_store->profiles()) {
        names << p.name;
    }
    dialog.setExistingNames(names);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    AuthProfile profile;
    apply(dialog.values(), &profile);
    const QString id = m_store->save(profile);
    m_store->sync();
    reload(id);
    emit profilesChanged();
}

void ProfilesDialog::editSelected()
{
    const auto existing = m_store->profile(selectedId());
    if (!existing) {
        return;
    }
    ProfileDialog dialog(this);
    QStringList names;
    for (const AuthProfile& p : m_store->profiles()) {
        if (p.id != existing->id) {
            names << p.name;
        }
    }
    dialog.setExistingNames(names);
    dialog.setValues(valuesOf(*existing));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    AuthProfile profile = *existing;
    apply(dialog.values(), &profile);
    // Another tenant or app registration means the remembered account no longer belongs to this profile.
    if (profile.tenant != existing->tenant || profile.clientId != existing->clientId
        || profile.environment().authority() != existing->environment().authority()) {
        emit profileRemoved(*existing);
        profile.lastUser = {};
    }
    m_store->save(profile);
    m_store->sync();
    reload(profile.id);
    emit profilesChanged();
}

void ProfilesDialog::removeSelected()
{
    const auto existing = m_store->profile(selectedId());
    if (!existing) {
        return;
    }
    QMessageBox box(QMessageBox::Warning,
                    tr("Remove profile"),
                    tr("Remove the profile \"%1\"?").arg(existing->name),
                    QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("removeProfileConfirmation"));
    box.setInformativeText(existing->lastUser.userPrincipalName.isEmpty()
                               ? tr("Nothing in the tenant changes.")
                               : tr("The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.")
                                     .arg(existing->lastUser.userPrincipalName));
    ViewStyle::makePlain(&box); // the profile's name and the account's UPN
    auto* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    m_store->remove(existing->id);
    m_store->sync();
    emit profileRemoved(*existing);
    reload();
    emit profilesChanged();
}
