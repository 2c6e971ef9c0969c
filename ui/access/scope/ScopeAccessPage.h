#pragma once

#include "exchange/ApplicationAccessPolicy.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class ScopeAppWizard;

/**
 * RestrictAccess (the app reaches only the group's mailboxes) or DenyAccess (every mailbox but the group's), and the
 * policy's description — by default one that names the app and the group, until the admin writes their own.
 */
class ScopeAccessPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopeAccessPage(ScopeAppWizard* wizard);

    bool isDeny() const;
    ApplicationAccessPolicy::AccessRight accessRight() const;
    QString description() const;

    void initializePage() override;

private:
    QString defaultDescription() const;
    void updatePowerShell();

    ScopeAppWizard* m_wizard = nullptr;
    bool m_descriptionEdited = false; // the admin wrote their own: it is kept
    QRadioButton* m_restrict = nullptr;
    QRadioButton* m_deny = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_powerShell = nullptr;
};
