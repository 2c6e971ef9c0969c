#include "RequestActions.h"

#include "RequestDetailPane.h"
#include "RequestTableModel.h"
#include "auth/ConsentDeskScopes.h"
#include "auth/SignInManager.h"
#include "common/PlanPreviewDialog.h"
#include "common/PlanRunner.h"
#include "common/ViewStyle.h"
#include "consent/AdminConsentUrl.h"
#include "consent/ConsentRequestWatcher.h"
#include "consent/EntraAdminCenter.h"
#include "consent/GrantPlanner.h"
#include "directory/ServicePrincipalCache.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

RequestActions::RequestActions(const Services& services, RequestDetailPane* detail, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_detail(detail)
    , m_dialogParent(dialogParent)
{
    m_runner = new PlanRunner(dialogParent, {m_services.graph, nullptr, m_services.journal, m_services.signIn});
    m_watcher = new ConsentRequestWatcher(m_services.graph, this);

    connect(m_detail, &RequestDetailPane::grantRequested, this, &RequestActions::grant);
    connect(m_detail, &RequestDetailPane::blockRequested, this, &RequestActions::block);
    connect(m_detail, &RequestDetailPane::adminConsentPageRequested, this, &RequestActions::openAdminConsentPage);
    connect(m_detail, &RequestDetailPane::openInEntraRequested, this, &RequestActions::openInEntra);
    connect(m_detail, &RequestDetailPane::powerShellRequested, this, &RequestActions::showPowerShell);
    connect(m_runner, &PlanRunner::progress, this, [this](const QString& text) { m_detail->setBusy(true, text); });
    connect(m_runner, &PlanRunner::cancelled, this, [this] { m_detail->setBusy(false); });
    connect(m_runner, &PlanRunner::finished, this, &RequestActions::onExecuted);

    connect(m_watcher, &ConsentRequestWatcher::statusChanged, this, [this](const QString& status) {
        emit statusMessage(tr("Consent request: %1").arg(RequestTableModel::statusText(status)));
    });
    connect(m_watcher, &ConsentRequestWatcher::ended, this, [this](const QString& status) {
        m_detail->setBusy(false);
        if (status == QLatin1String("Completed")) {
            emit statusMessage(tr("The admin consent was given; the request is completed."));
        } else if (status == QLatin1String("timeout")) {
            emit statusMessage(tr("Stopped waiting for the admin consent page; refresh when you have consented."));
        }
        emit changed(false);
    });
}

bool RequestActions::isBusy() const
{
    return m_runner->isBusy();
}

void RequestActions::stop()
{
    m_watcher->stop();
}

void RequestActions::onExecuted(const WriteRun& execution)
{
    m_detail->setBusy(false);
    if (m_services.servicePrincipals) {
        m_services.servicePrincipals->forget(ServicePrincipalCache::Key::byAppId(execution.plan.clientAppId));
    }
    emit statusMessage(execution.allSucceeded() ? tr("All changes were made.") : tr("Some changes were not made."));
    emit changed(true);
}

void RequestActions::grant(const QList<Permission>& permissions)
{
    if (!m_detail->hasReview()) {
        return;
    }
    const CapabilityMap capabilities = m_services.signIn ? m_services.signIn->capabilities() : CapabilityMap();
    const GrantPlan plan = GrantPlanner::planGrant(m_detail->review().state, permissions, &capabilities);
    QStringList scopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::GrantDelegated);
    for (const Permission& p : permissions) {
        if (p.isApplication()) {
            for (const QString& s : ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::GrantApplication)) {
                if (!scopes.contains(s)) {
                    scopes << s;
                }
            }
        }
    }
    m_runner->run(WritePlan::from(plan), scopes);
}

void RequestActions::block()
{
    if (!m_detail->hasReview()) {
        return;
    }
    const CapabilityMap capabilities = m_services.signIn ? m_services.signIn->capabilities() : CapabilityMap();
    m_runner->run(WritePlan::from(GrantPlanner::planBlock(m_detail->review().state, &capabilities)),
                  ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::BlockApp));
}

void RequestActions::showPowerShell(const QList<Permission>& permissions)
{
    if (!m_detail->hasReview()) {
        return;
    }
    const GrantPlan plan = GrantPlanner::planGrant(m_detail->review().state, permissions);
    auto* dialog = PlanPreviewDialog::powerShellOnly(
        WritePlan::from(plan), m_services.signIn ? m_services.signIn->account().tenantId : QString(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RequestActions::openAdminConsentPage()
{
    if (!m_detail->hasReview() || !m_services.signIn) {
        return;
    }
    const ConsentRequest& request = m_detail->review().request;
    AdminConsentUrl::Parameters parameters;
    parameters.authority = m_services.signIn->profile().environment().authority();
    parameters.tenant = m_services.signIn->account().tenantId;
    parameters.clientId = request.appId;
    parameters.scopes = AdminConsentUrl::scopesFor(request, m_services.signIn->profile().environment().graphResource());
    parameters.state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const QUrl url = AdminConsentUrl::build(parameters, &error);
    if (url.isEmpty()) {
        ViewStyle::warning(m_dialogParent, tr("Admin consent page"), error); // may name the requested scopes
        return;
    }
    if (!QDesktopServices::openUrl(url)) {
        ViewStyle::warning(m_dialogParent,
                           tr("Admin consent page"),
                           tr("ConsentDesk could not open your browser. Open this address in a browser where you "
                              "are signed in as an administrator:\n\n%1")
                               .arg(url.toString()));
    }
    m_detail->setBusy(true,
                      tr("Waiting for the admin consent in your browser… ConsentDesk checks the request every few "
                         "seconds."));
    m_watcher->watch(request.id);
}

void RequestActions::openInEntra()
{
    QMessageBox box(QMessageBox::Information,
                    tr("Deny a request"),
                    EntraAdminCenter::denyNotPossibleText(),
                    QMessageBox::NoButton,
                    m_dialogParent);
    box.setObjectName(QStringLiteral("denyExplanation"));
    auto* open = box.addButton(tr("Open the Entra admin center"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(EntraAdminCenter::consentRequestsUrl());
    }
}
