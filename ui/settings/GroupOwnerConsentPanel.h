#pragma once

#include "settings/ConsentSettings.h"

#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QPushButton;

/**
 * Group owner consent for apps accessing data (CISA SCuBA MS.AAD.5.4), in the admin center's words: the three
 * choices Microsoft Graph offers through the authorization policy's group-scoped owner policies, the setting in force
 * spelled out (a custom policy says so, as it has no choice here), what the older directory setting "Consent Policy
 * Settings" says (it may let group owners consent whatever the choice; "Do not allow" turns it off too), and Apply.
 * The view applies a choice (applyRequested) through its one PlanRunner.
 */
class GroupOwnerConsentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit GroupOwnerConsentPanel(QWidget* parent = nullptr);

    void clear();
    void show(const ConsentSettings& settings);
    // inForce: the option read from the tenant; reason: why the admin may not change it (empty when they may).
    void updateControls(bool editable, GroupOwnerConsentSetting::Option inForce, const QString& reason);
    void chooseNone(); // a posture fix: "Do not allow group owner consent" chosen, for the admin to review and apply
    int chosen() const; // a GroupOwnerConsentSetting::Option, or -1 when none is chosen

signals:
    void changed();
    void applyRequested();

private:
    QLabel* m_setting = nullptr;
    QLabel* m_legacy = nullptr; // the older directory setting, in words
    bool m_legacyAllows = false; // it lets group owners consent now: "Do not allow" has something to change
    QButtonGroup* m_options = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_reason = nullptr;
};
