#include "ConsentSettingsView.h"

#include "GroupOwnerConsentPanel.h"
#include "LowImpactPanel.h"
#include "PostureDialog.h"
#include "SettingsWidgets.h"
#include "UserConsentPanel.h"
#include "WorkflowPanel.h"
#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "common/PlanRunner.h"
#include "common/ViewStyle.h"
#include "posture/PostureService.h"
#include "session/SessionState.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/ReviewerSearch.h"
#include "settings/SettingsPlanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConsentSettingsView::ConsentSettingsView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
    , m_loader(new ConsentSettingsLoader(services.graph, this))
    , m_search(new ReviewerSearch(services.graph, this))
    , m_runner(new PlanRunner(this, {services.graph, nullptr, services.journal, services.signIn}))
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(ViewStyle::pageTitle(tr("Consent settings"), this));
    header->addStretch();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshSettingsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ConsentSettingsView::refresh);
    header->addWidget(m_refresh);
    m_checkPosture = new QPushButton(tr("Check p&osture…"), this);
    m_checkPosture->setObjectName(QStringLiteral("checkPostureButton"));
    connect(m_checkPosture, &QPushButton::clicked, this, &ConsentSettingsView::showPosture);
    header->addWidget(m_checkPosture);
    layout->addLayout(header);
    m_status = SettingsWidgets::plainLabel(this, "settingsStatus", true);
    layout->addWidget(m_status);

    // Two columns: the workflow with group owner consent below it on the left (its reviewers' list has room to give);
    // user consent and the low-impact permissions on the right.
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    layout->addLayout(columns, 1);
    m_workflow = new WorkflowPanel(m_loader, m_search, this);
    left->addWidget(m_workflow, 1);
    m_groupOwners = new GroupOwnerConsentPanel(this);
    // It keeps the height its texts need; the reviewers' list above takes what is left.
    m_groupOwners->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    left->addWidget(m_groupOwners);
    columns->addLayout(left, 1); // halves: both sides wrap their choices, neither crowds the other
    columns->addLayout(right, 1);
    m_userConsent = new UserConsentPanel(this);
    right->addWidget(m_userConsent);
    m_lowImpact = new LowImpactPanel(services.graph, this);
    right->addWidget(m_lowImpact, 1);

    connect(m_workflow, &WorkflowPanel::saveRequested, this, &ConsentSettingsView::saveWorkflow);
    connect(m_userConsent, &UserConsentPanel::applyRequested, this, &ConsentSettingsView::applyUserConsent);
    connect(m_groupOwners, &GroupOwnerConsentPanel::applyRequested, this, &ConsentSettingsView::applyGroupOwnerConsent);
    connect(m_lowImpact, &LowImpactPanel::classifyRequested, this, [this](const QString& id, const QString& name) {
        runPlan(SettingsPlanner::classify(m_settings, id, name), {QStringLiteral("Policy.ReadWrite.PermissionGrant")});
    });
    connect(m_lowImpact, &LowImpactPanel::unclassifyRequested, this, [this](const QString& name) {
        runPlan(SettingsPlanner::unclassify(m_settings, name), {QStringLiteral("Policy.ReadWrite.PermissionGrant")});
    });
    connect(m_workflow, &WorkflowPanel::changed, this, &ConsentSettingsView::updateControls);
    connect(m_userConsent, &UserConsentPanel::changed, this, &ConsentSettingsView::updateControls);
    connect(m_groupOwners, &GroupOwnerConsentPanel::changed, this, &ConsentSettingsView::updateControls);
    connect(m_lowImpact, &LowImpactPanel::changed, this, &ConsentSettingsView::updateControls);
    connect(m_runner, &PlanRunner::finished, this, [this] { refresh(); });
    connect(m_runner, &PlanRunner::busyChanged, this, &ConsentSettingsView::updateControls);
    setSession(nullptr);
}

QString ConsentSettingsView::viewTitle() const
{
    return tr("Consent settings");
}

QIcon ConsentSettingsView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

QString ConsentSettingsView::viewToolTip() const
{
    return tr("Admin consent workflow, user consent setting and low-impact permissions");
}

void ConsentSettingsView::setSession(SessionState* session)
{
    m_session = session;
    Async::cancel(m_loading);
    m_workflow->cancel();
    for (auto* posture : findChildren<PostureDialog*>()) {
        posture->close(); // it showed the account that is gone
    }
    if (!m_session) {
        clear(tr("Sign in to see the tenant's consent settings."));
        updateControls();
        return;
    }
    // Settings changed elsewhere (a restore from Activity): read them again. This view's own writes refresh when
    // their run ends (PlanRunner::finished).
    connect(m_session, &SessionState::stale, this, [this](TenantChanges changes) {
        if (changes.testFlag(TenantChange::ConsentSettings) && !m_runner->isBusy()) {
            refresh();
        }
    });
    refresh();
}

PostureDialog* ConsentSettingsView::showPosture()
{
    if (!m_session) {
        return nullptr;
    }
    if (!m_posture) {
        m_posture = new PostureService(m_services.graph, m_services.servicePrincipals, m_services.exchange, this);
    }
    auto* dialog = new PostureDialog(m_posture, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PostureDialog::fixRequested, this, [this, dialog](PostureCheck::Action action, const QString& id) {
        dialog->close();
        goToFix(action, id);
    });
    dialog->show();
    dialog->check();
    return dialog;
}

void ConsentSettingsView::showReviewerProblem()
{
    if (!m_session) {
        return;
    }
    // Read again first: the troubleshooter's facts may be newer than what this view shows.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ConsentSettingsView::loaded, this, [this, connection] {
        disconnect(*connection);
        m_workflow->selectReviewerProblem();
    });
    refresh();
}

AdminConsentWorkflow ConsentSettingsView::editedWorkflow() const
{
    return m_workflow->edited();
}

void ConsentSettingsView::goToFix(PostureCheck::Action action, const QString& id)
{
    switch (action) {
    case PostureCheck::Action::ConsentSettings:
        // The control that makes the change, chosen; the admin reviews and applies it (preview, journal, undo).
        if (id == QLatin1String("MS.AAD.5.2")) {
            m_userConsent->chooseNone();
        } else if (id == QLatin1String("MS.AAD.5.4")) {
            m_groupOwners->chooseNone();
        } else {
            m_workflow->turnOn();
        }
        break;
    case PostureCheck::Action::ConsentRequests:
        emit viewRequested(QStringLiteral("requests"));
        break;
    case PostureCheck::Action::Apps:
        emit viewRequested(QStringLiteral("apps"));
        break;
    case PostureCheck::Action::MailboxAccess:
        emit viewRequested(QStringLiteral("access"));
        break;
    case PostureCheck::Action::None:
        break;
    }
}

void ConsentSettingsView::clear(const QString& message)
{
    m_settings = ConsentSettings();
    m_loaded = false;
    m_status->setText(ViewStyle::tenantText(message));
    m_status->setVisible(!message.isEmpty());
    m_workflow->clear();
    m_userConsent->clear();
    m_groupOwners->clear();
    m_lowImpact->clear();
}

void ConsentSettingsView::refresh()
{
    if (!m_session) {
        return;
    }
    Async::cancel(m_loading);
    m_status->setText(tr("Reading the consent settings…"));
    m_status->show();
    m_refresh->setEnabled(false);
    m_loading = m_loader->load();
    Async::then(m_loading, this, [this](const ConsentSettings& settings) {
        show(settings);
        emit loaded();
    });
}

void ConsentSettingsView::show(const ConsentSettings& s)
{
    clear(QString());
    m_settings = s;
    m_loaded = true;
    m_workflow->show(s);
    m_userConsent->show(s);
    m_groupOwners->show(s);
    m_lowImpact->show(s);
    m_status->setText(s.hasErrors() ? tr("Part of the settings could not be read; the rest is shown.") : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    updateControls();
}

void ConsentSettingsView::updateControls()
{
    const bool busy = m_runner->isBusy();
    m_refresh->setEnabled(m_session && !busy && (m_loaded || !m_loading.isRunning()));
    m_checkPosture->setEnabled(m_session != nullptr);
    auto capability = [this](CapabilityMap::Kind kind) {
        return m_session ? m_session->capability(kind) : CapabilityMap::Capability {kind, false, {}, {}};
    };
    const CapabilityMap::Capability policies = capability(CapabilityMap::Kind::EditPolicies);
    const CapabilityMap::Capability userConsent = capability(CapabilityMap::Kind::EditUserConsentSettings);
    // Why a section cannot be edited is said only once the settings are read for a signed-in account.
    const bool readForAccount = m_session && m_loaded;

    m_workflow->updateControls(m_loaded && !m_settings.workflowError.isError() && policies.allowed && !busy,
                               m_settings.workflow,
                               readForAccount && !policies.allowed ? policies.reason : QString());
    m_userConsent->updateControls(m_loaded && !m_settings.authorizationError.isError() && userConsent.allowed && !busy,
                                  m_settings.userConsent.option,
                                  readForAccount && !userConsent.allowed ? userConsent.reason : QString());
    // The same authorization policy and the same roles as user consent.
    m_groupOwners->updateControls(m_loaded && !m_settings.authorizationError.isError() && userConsent.allowed && !busy,
                                  m_settings.groupOwnerConsent().option,
                                  readForAccount && !userConsent.allowed ? userConsent.reason : QString());
    m_lowImpact->updateControls(m_loaded && !m_settings.classificationsError.isError() && policies.allowed && !busy,
                                readForAccount && !policies.allowed
                                    ? tr("Classifying permissions needs Cloud Application Administrator, Application "
                                         "Administrator or Global Administrator.")
                                    : QString());
}

void ConsentSettingsView::runPlan(const WritePlan& plan, const QStringList& writeScopes)
{
    if (plan.isEmpty()) {
        emit statusMessage(plan.note);
        return;
    }
    m_runner->run(plan, writeScopes);
}

void ConsentSettingsView::saveWorkflow()
{
    runPlan(SettingsPlanner::workflow(m_settings.workflow, m_workflow->fromControls()),
            ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditPolicies));
}

void ConsentSettingsView::applyUserConsent()
{
    const int chosen = m_userConsent->chosen();
    if (chosen < 0) {
        return;
    }
    runPlan(SettingsPlanner::userConsent(m_settings, UserConsentSetting::Option(chosen)),
            ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditUserConsentSettings));
}

void ConsentSettingsView::applyGroupOwnerConsent()
{
    const int chosen = m_groupOwners->chosen();
    if (chosen < 0) {
        return;
    }
    runPlan(SettingsPlanner::groupOwnerConsent(m_settings, GroupOwnerConsentSetting::Option(chosen)),
            ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditUserConsentSettings));
}
