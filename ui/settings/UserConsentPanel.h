#pragma once

#include "settings/ConsentSettings.h"

#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * The user consent section of Consent settings, in the admin center's words: the four choices, the option in force
 * spelled out whole (with group and team owners' consent), and the permission grant policies in force with their
 * conditions. The view applies a choice (applyRequested) through its one PlanRunner.
 */
class UserConsentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit UserConsentPanel(QWidget* parent = nullptr);

    void clear();
    void show(const ConsentSettings& settings);
    // inForce: the option read from the tenant; reason: why the admin may not change it (empty when they may).
    void updateControls(bool editable, UserConsentSetting::Option inForce, const QString& reason);
    void chooseNone(); // a posture fix: "Do not allow user consent" chosen, for the admin to review and apply
    int chosen() const; // a UserConsentSetting::Option, or -1 when none is chosen

signals:
    void changed();
    void applyRequested();

private:
    QLabel* m_setting = nullptr;
    QButtonGroup* m_options = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_reason = nullptr;
    QTreeWidget* m_policies = nullptr;
};
