#pragma once

#include "common/ConsoleView.h"
#include "settings/ConsentSettings.h"

#include <QFuture>

class ConsentSettingsLoader;
class GraphClient;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * Consent settings: what decides whether a user can connect an app by themself, and who hears about it when they
 * cannot — the admin consent workflow (on or off, reviewers and whether anyone among them can approve, e-mails,
 * reminders, expiry), user consent for applications in the admin center's words with the permission grant policies
 * in force, and the permissions classified low impact on Microsoft Graph. Read with ConsentSettingsLoader, the same
 * reader as `consentdesk-cli settings show`; tenant names are shown as plain text.
 */
class ConsentSettingsView : public ConsoleView
{
    Q_OBJECT

public:
    explicit ConsentSettingsView(GraphClient* graph, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("settings"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;

    void refresh();
    const ConsentSettings& settings() const { return m_settings; }

signals:
    void loaded(); // the settings on screen are the tenant's as just read

private:
    void show(const ConsentSettings& settings);
    void clear(const QString& message);

    ConsentSettingsLoader* m_loader = nullptr;
    bool m_signedIn = false;
    QFuture<ConsentSettings> m_loading;
    ConsentSettings m_settings;

    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_workflowState = nullptr;
    QLabel* m_workflowWarning = nullptr;
    QTreeWidget* m_reviewers = nullptr;
    QLabel* m_userConsent = nullptr;
    QTreeWidget* m_policies = nullptr;
    QTreeWidget* m_lowImpact = nullptr;
};
