#pragma once

#include "exchange/AccessPolicyModel.h"

#include <QWizardPage>

class AccessCheckCard;
class QComboBox;
class QLabel;
class QPushButton;
class ScopeAppWizard;

/**
 * The proof: a member and a non-member (by the directory, nested groups counted, so the non-member really is one),
 * each with Exchange's Test-ApplicationAccessPolicy beside ConsentDesk's own reading — and the reminder that Graph and
 * EWS take up to an hour to honor a new policy.
 */
class ScopeTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopeTestPage(ScopeAppWizard* wizard);

    AccessCheckCard* memberCard() const { return m_memberCard; }
    AccessCheckCard* nonMemberCard() const { return m_nonMemberCard; }

    void initializePage() override;

private:
    void fillChoices(const AccessPolicyModel& model);
    void runTests();

    ScopeAppWizard* m_wizard = nullptr;
    QComboBox* m_memberChoice = nullptr;
    QComboBox* m_nonMemberChoice = nullptr;
    QPushButton* m_testAgain = nullptr;
    AccessCheckCard* m_memberCard = nullptr;
    AccessCheckCard* m_nonMemberCard = nullptr;
    QLabel* m_propagation = nullptr;
};
