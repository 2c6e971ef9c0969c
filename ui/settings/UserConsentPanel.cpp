#include "UserConsentPanel.h"

#include "ConsentSettingsView.h"
#include "SettingsWidgets.h"
#include "common/ViewStyle.h"
#include "common/WrappingRadioButton.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

// The texts keep the view's translation context (ConsentSettingsView::tr): they were the view's before its sections
// became panels, and their translations stay with it.

namespace {

const QList<UserConsentSetting::Option> kOptions {UserConsentSetting::Option::None,
                                                  UserConsentSetting::Option::Low,
                                                  UserConsentSetting::Option::Legacy,
                                                  UserConsentSetting::Option::Recommended};

} // namespace

UserConsentPanel::UserConsentPanel(QWidget* parent)
    : QGroupBox(parent)
{
    setTitle(ConsentSettingsView::tr("User consent for applications"));
    auto* layout = new QVBoxLayout(this);
    m_reason = SettingsWidgets::plainLabel(this, "userConsentReadOnlyReason", true);
    layout->addWidget(m_reason);
    m_options = new QButtonGroup(this);
    for (const auto option : kOptions) {
        auto* radio = new WrappingRadioButton(UserConsentSetting::describe(option), this);
        radio->setToolTip(ViewStyle::plainToolTip(UserConsentSetting::describe(option)));
        radio->setObjectName(QStringLiteral("userConsent_") + UserConsentSetting::optionName(option));
        m_options->addButton(radio, int(option));
        layout->addWidget(radio);
    }
    m_setting = SettingsWidgets::plainLabel(this, "userConsentSetting", true);
    layout->addWidget(m_setting);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_apply = new QPushButton(ConsentSettingsView::tr("A&pply…"), this);
    m_apply->setObjectName(QStringLiteral("applyUserConsentButton"));
    row->addWidget(m_apply);
    layout->addLayout(row);
    m_policies = SettingsWidgets::tree(
        this, "userConsentPolicies", {ConsentSettingsView::tr("Policy"), ConsentSettingsView::tr("Conditions")});
    m_policies->setAccessibleName(ConsentSettingsView::tr("User consent policies"));
    m_policies->setAccessibleDescription(ConsentSettingsView::tr(
        "The policies that decide which apps users may consent to for themselves; expand one to see its conditions."));
    m_policies->setRootIsDecorated(true);
    // Conditions are sentences: where the column cuts one, its tooltip has it whole.
    m_policies->setTextElideMode(Qt::ElideMiddle);
    SettingsWidgets::fitRows(m_policies, 4);
    layout->addWidget(m_policies);

    connect(m_apply, &QPushButton::clicked, this, &UserConsentPanel::applyRequested);
    connect(m_options, &QButtonGroup::idClicked, this, &UserConsentPanel::changed);
}

void UserConsentPanel::clear()
{
    m_setting->clear();
    m_policies->clear();
    m_options->setExclusive(false);
    for (auto* b : m_options->buttons()) {
        b->setChecked(false);
    }
    m_options->setExclusive(true);
}

void UserConsentPanel::show(const ConsentSettings& s)
{
    clear();
    if (s.authorizationError.isError()) {
        m_setting->setText(ViewStyle::tenantText(SettingsWidgets::readError(s.authorizationError)));
        return;
    }
    if (auto* button = m_options->button(int(s.userConsent.option))) {
        button->setChecked(true);
    }
    // The option in force in full (a radio button's text may be cut where the window is narrow); a custom policy has
    // no button here, and says why.
    QString text
        = s.userConsent.option == UserConsentSetting::Option::Custom
              ? ConsentSettingsView::tr("Users consent under these custom app consent policies: %1. ConsentDesk "
                                        "offers the four choices above; a custom app consent policy is changed in "
                                        "the Entra admin center or with Microsoft Graph PowerShell.")
                    .arg(s.userConsent.selfPolicyIds.join(QStringLiteral(", ")))
              : ConsentSettingsView::tr("In force: %1.").arg(UserConsentSetting::describe(s.userConsent.option));
    const QStringList owners = UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned);
    const QString ownersText
        = owners.isEmpty()
              ? ConsentSettingsView::tr("Group and team owners may not consent to apps accessing their data.")
              : ConsentSettingsView::tr("Group and team owners may consent under: %1")
                    .arg(owners.join(QStringLiteral(", ")));
    m_setting->setText(ViewStyle::tenantText(text.isEmpty() ? ownersText : text + QLatin1Char('\n') + ownersText));
    for (const auto& p : s.userConsentPolicies()) {
        auto* item = new QTreeWidgetItem(m_policies);
        item->setText(0, ViewStyle::tenantText(p.displayName.isEmpty() ? p.id : p.displayName));
        item->setText(1, ViewStyle::tenantText(p.description));
        item->setToolTip(0, ViewStyle::plainToolTip(p.id));
        item->setToolTip(1, ViewStyle::plainToolTip(p.description));
        for (const auto& set : p.includes) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, ConsentSettingsView::tr("Includes"));
            child->setText(1, ViewStyle::tenantText(set.describe()));
            child->setToolTip(1, ViewStyle::plainToolTip(set.describe()));
        }
        for (const auto& set : p.excludes) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, ConsentSettingsView::tr("Excludes"));
            child->setText(1, ViewStyle::tenantText(set.describe()));
            child->setToolTip(1, ViewStyle::plainToolTip(set.describe()));
        }
    }
    m_policies->expandAll();
    m_policies->resizeColumnToContents(0);
}

void UserConsentPanel::updateControls(bool editable, UserConsentSetting::Option inForce, const QString& reason)
{
    for (auto* b : m_options->buttons()) {
        b->setEnabled(editable);
    }
    const int choice = chosen();
    m_apply->setEnabled(editable && choice >= 0 && choice != int(inForce));
    m_reason->setText(ViewStyle::tenantText(reason));
    m_reason->setVisible(!reason.isEmpty());
}

void UserConsentPanel::chooseNone()
{
    if (auto* none = m_options->button(int(UserConsentSetting::Option::None)); none && none->isEnabled()) {
        none->click();
        none->setFocus();
    }
}

int UserConsentPanel::chosen() const
{
    return m_options->checkedId();
}
