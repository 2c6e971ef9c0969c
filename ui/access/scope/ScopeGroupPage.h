#pragma once

#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangeRecipient.h"

#include <QFuture>
#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class ScopeAppWizard;

/**
 * Which mailboxes: an existing mail-enabled security group (read from Exchange, with its members) or a new one.
 * Distribution lists and Microsoft 365 groups cannot scope a policy, so they are not offered.
 */
class ScopeGroupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopeGroupPage(ScopeAppWizard* wizard);

    QString groupName() const; // chosen or new
    bool creatingGroup() const;
    QList<ExchangeRecipient> currentMembers() const { return m_currentMembers; } // of the chosen group

    void initializePage() override;
    bool validatePage() override;

private:
    void loadGroups();
    void onGroupChanged();
    void updatePowerShell();

    ScopeAppWizard* m_wizard = nullptr;
    QList<ExchangeRecipient> m_groups;
    QList<ExchangeRecipient> m_currentMembers;
    QFuture<ExchangeAdminClient::Answer<ExchangeRecipient>> m_readingMembers; // of the group chosen last
    QRadioButton* m_useExisting = nullptr;
    QRadioButton* m_createNew = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QLineEdit* m_newGroupName = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_powerShell = nullptr;
};
