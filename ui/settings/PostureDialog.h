#pragma once

#include "posture/PostureCheck.h"

#include <QDialog>
#include <QFuture>
#include <QList>

class PostureService;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * The tenant's consent posture at a glance (from Consent settings → "Check posture…"): CISA SCuBA's MS.AAD.5.1–5.4
 * and ConsentDesk's own checks, each with its result, the evidence read and the fix, read by the same PostureService
 * as `consentdesk-cli posture`. "Go to the fix" leads to where ConsentDesk applies it (through the one pipeline).
 */
class PostureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostureDialog(PostureService* service, QWidget* parent = nullptr);

    void check(); // read again
    const QList<PostureCheck>& checks() const { return m_checks; }

signals:
    void checked(); // the checks on screen are the tenant's as just read
    void fixRequested(PostureCheck::Action action, const QString& id);

private:
    void showChecks(const QList<PostureCheck>& checks);
    void updateButtons();

    PostureService* m_service = nullptr;
    QFuture<QList<PostureCheck>> m_running;
    QList<PostureCheck> m_checks;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_goToFix = nullptr;
};
