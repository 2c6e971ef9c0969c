#include "GroupOwnerConsentPanel.h"

#include "SettingsWidgets.h"
#include "common/ViewStyle.h"
#include "common/WrappingRadioButton.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

const QList<GroupOwnerConsentSetting::Option> kOptions {GroupOwnerConsentSetting::Option::None,
                                                        GroupOwnerConsentSetting::Option::PreApproved,
                                                        GroupOwnerConsentSetting::Option::All};

} // namespace

GroupOwnerConsentPanel::GroupOwnerConsentPanel(QWidget* parent)
    : QGroupBox(parent)
{
    setTitle(tr("Group owner consent for apps accessing data"));
    setObjectName(QStringLiteral("groupOwnerConsentPanel"));
    auto* layout = new QVBoxLayout(this);
    m_reason = SettingsWidgets::plainLabel(this, "groupOwnerConsentReadOnlyReason", true);
    layout->addWidget(m_reason);
    m_options = new QButtonGroup(this);
    for (const auto option : kOptions) {
        auto* radio = new WrappingRadioButton(GroupOwnerConsentSetting::describe(option), this);
        radio->setToolTip(ViewStyle::plainToolTip(GroupOwnerConsentSetting::explain(option)));
        radio->setObjectName(QStringLiteral("groupOwnerConsent_") + GroupOwnerConsentSetting::optionName(option));
        m_options->addButton(radio, int(option));
        layout->addWidget(radio);
    }
    auto* row = new QHBoxLayout;
    m_setting = SettingsWidgets::plainLabel(this, "groupOwnerConsentSetting", true);
    row->addWidget(m_setting, 1);
    //: Applies the group owner consent choice (a preview with the exact change comes first)
    m_apply = new QPushButton(tr("Appl&y…"), this);
    m_apply->setObjectName(QStringLiteral("applyGroupOwnerConsentButton"));
    m_apply->setAccessibleName(tr("Apply the group owner consent choice"));
    row->addWidget(m_apply, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_legacy = SettingsWidgets::plainLabel(this, "groupOwnerConsentLegacySetting", true);
    m_legacy->hide(); // shown once there is something to say (show())
    layout->addWidget(m_legacy);

    connect(m_apply, &QPushButton::clicked, this, &GroupOwnerConsentPanel::applyRequested);
    connect(m_options, &QButtonGroup::idClicked, this, &GroupOwnerConsentPanel::changed);
}

void GroupOwnerConsentPanel::clear()
{
    m_setting->clear();
    m_legacy->clear();
    m_legacy->hide();
    m_legacyAllows = false;
    m_options->setExclusive(false);
    for (auto* b : m_options->buttons()) {
        b->setChecked(false);
    }
    m_options->setExclusive(true);
}

void GroupOwnerConsentPanel::show(const ConsentSettings& s)
{
    clear();
    m_legacyAllows = s.legacyGroupConsent.allowsGroupOwnerConsent();
    // Shown when there is something to say: a tenant without the older setting leaves it to the policies above.
    if (s.legacyGroupConsentError.isError()) {
        m_legacy->setText(
            ViewStyle::tenantText(tr("The older directory setting \"Consent Policy Settings\", which can let group "
                                     "owners consent too, could not be read: %1")
                                      .arg(s.legacyGroupConsentError.summary())));
    } else if (m_legacyAllows) {
        m_legacy->setText(s.legacyGroupConsent.describe() + QLatin1Char(' ')
                          + tr("\"Do not allow group owner consent\" turns it off too."));
    } else if (s.legacyGroupConsent.present) {
        m_legacy->setText(s.legacyGroupConsent.describe());
    }
    m_legacy->setVisible(!m_legacy->text().isEmpty());
    if (s.authorizationError.isError()) {
        m_setting->setText(ViewStyle::tenantText(SettingsWidgets::readError(s.authorizationError)));
        return;
    }
    const GroupOwnerConsentSetting owners = s.groupOwnerConsent();
    if (auto* button = m_options->button(int(owners.option))) {
        button->setChecked(true);
    }
    // A custom policy has no button here, and says why; the others are spelled out whole (a radio button's text may
    // be cut where the window is narrow).
    m_setting->setText(ViewStyle::tenantText(
        owners.option == GroupOwnerConsentSetting::Option::Custom
            ? tr("Group owners consent under these app consent policies: %1. ConsentDesk offers the three choices "
                 "above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph "
                 "PowerShell.")
                  .arg(owners.groupPolicyIds.join(QStringLiteral(", ")))
            //: %1 is the option's name, %2 a sentence saying what it lets group owners do
            : tr("In force: %1. %2")
                  .arg(GroupOwnerConsentSetting::describe(owners.option),
                       GroupOwnerConsentSetting::explain(owners.option))));
}

void GroupOwnerConsentPanel::updateControls(bool editable,
                                            GroupOwnerConsentSetting::Option inForce,
                                            const QString& reason)
{
    for (auto* b : m_options->buttons()) {
        b->setEnabled(editable);
    }
    const int choice = chosen();
    // "Do not allow" still has the older directory setting to turn off when the policies already allow nothing.
    const bool changes
        = choice != int(inForce) || (m_legacyAllows && choice == int(GroupOwnerConsentSetting::Option::None));
    m_apply->setEnabled(editable && choice >= 0 && changes);
    m_reason->setText(ViewStyle::tenantText(reason));
    m_reason->setVisible(!reason.isEmpty());
}

void GroupOwnerConsentPanel::chooseNone()
{
    if (auto* none = m_options->button(int(GroupOwnerConsentSetting::Option::None)); none && none->isEnabled()) {
        none->click();
        none->setFocus();
    }
}

int GroupOwnerConsentPanel::chosen() const
{
    return m_options->checkedId();
}
