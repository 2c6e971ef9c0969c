#pragma once

#include "auth/CapabilityMap.h"
#include "consent/ConsentRequestReview.h"

#include <QWidget>

class QLabel;
class RequesterList;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * One consent request in detail: who asked and why, and every requested permission grouped by API and type, with
 * its description, risk, and whether the app already holds it. The admin ticks what to grant (least privilege);
 * the buttons say what they will do and are disabled, with the reason, when the signed-in role does not allow it.
 */
class RequestDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailPane(QWidget* parent = nullptr);

    void showEmpty(const QString& text); // no request selected, or nothing to show
    void showLoading(const QString& appName);
    void setReview(const ConsentRequestReview& review);
    void setCapabilities(const CapabilityMap& capabilities);
    void setBusy(bool busy, const QString& text = {}); // a write or a watch is running

    bool hasReview() const { return m_hasReview; }
    const ConsentRequestReview& review() const { return m_review; }
    QList<Permission> selectedPermissions() const;
    void setSelected(const QStringList& permissionKeys); // Permission::key(); tests and "select all"

signals:
    void grantRequested(const QList<Permission>& permissions);
    void adminConsentPageRequested();
    void blockRequested();
    void openInEntraRequested();
    void powerShellRequested(const QList<Permission>& permissions);
    // "Why can't this requester connect the app?": the troubleshooter with both filled in (the newest requester, or
    // the one whose row was activated).
    void troubleshootRequested(const QString& user, const QString& appId);
    void selectionChanged();

private:
    void updateActions();
    void applyGrantAllowed();
    void fillPermissions();

    ConsentRequestReview m_review;
    bool m_hasReview = false;
    bool m_busy = false;
    CapabilityMap m_capabilities;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_notice = nullptr;
    RequesterList* m_requesters = nullptr;
    QTreeWidget* m_permissions = nullptr;
    QLabel* m_permissionHeading = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
    QLabel* m_selectionSummary = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_adminConsent = nullptr;
    QPushButton* m_block = nullptr;
    QPushButton* m_entra = nullptr;
    QPushButton* m_powerShell = nullptr;
    QPushButton* m_troubleshoot = nullptr;
};
