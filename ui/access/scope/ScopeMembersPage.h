#pragma once

#include "exchange/ExchangeRecipient.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ScopeAppWizard;

/**
 * The mailboxes to add to the group (user or shared mailboxes, picked from Exchange's list). Members already in the
 * group stay; a RestrictAccess policy on an empty group would deny every mailbox, so one member is required then.
 */
class ScopeMembersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopeMembersPage(ScopeAppWizard* wizard);

    QStringList addedMembers() const; // addresses, in the order added
    QStringList plannedMembers() const; // the group's current members, then the added ones
    QList<ExchangeRecipient> mailboxes() const { return m_mailboxes; } // every mailbox, by name
    static QString addressOf(const ExchangeRecipient& recipient); // the SMTP address, else the alias

    void initializePage() override;
    bool validatePage() override;

private:
    void loadMailboxes();
    void addMember();

    ScopeAppWizard* m_wizard = nullptr;
    QList<ExchangeRecipient> m_mailboxes;
    QLineEdit* m_memberEdit = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_toAdd = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_powerShell = nullptr;
};
