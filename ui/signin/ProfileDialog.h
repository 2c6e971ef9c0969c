#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

/**
 * Add or edit a tenant profile: a name, the tenant, the client ID of the organisation's own ConsentDesk app
 * registration, and the cloud (or explicit URLs, e.g. for a sandbox). Says what is wrong as it is typed and
 * keeps OK disabled until the profile can work.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString name;
        QString tenant;
        QString clientId;
        QString cloud = QStringLiteral("global"); // global | usgov | usgovdod | china | custom
        QUrl authority; // custom only
        QUrl graph;
        QUrl exchange;
    };

    explicit ProfileDialog(QWidget* parent = nullptr);

    void setValues(const Values& values);
    Values values() const;
    void setExistingNames(const QStringList& names); // a new profile may not reuse a name

    // Why the values can't be saved yet; empty when they can. Used for the inline message and by tests.
    QString problem() const;

    static bool isGuid(const QString& text);
    static bool isTenantValid(const QString& text); // GUID, a domain name, or "organizations"

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_tenant = nullptr;
    QLineEdit* m_clientId = nullptr;
    QComboBox* m_cloud = nullptr;
    QWidget* m_customBox = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_graph = nullptr;
    QLineEdit* m_exchange = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QStringList m_existingNames;
    QString m_originalName;
};
