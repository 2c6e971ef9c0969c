#include "ConsentSettingsView.h"

#include "PickReviewerDialog.h"
#include "PostureDialog.h"
#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "common/PlanRunner.h"
#include "common/ViewStyle.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
#include "posture/PostureService.h"
#include "session/SessionState.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/ReviewerSearch.h"
#include "settings/SettingsPlanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget* makeTree(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setUniformRowHeights(true);
    return tree;
}

// A list as tall as a few rows, not what is left over: the texts above it keep every line they need.
void fitRows(QTreeWidget* tree, int rows)
{
    const int row = tree->fontMetrics().height() + 4;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * row + 2 * tree->frameWidth() + 4);
}

QLabel* plainLabel(QWidget* parent, const char* name, bool wrap = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QString errorText(const GraphError& error)
{
    return error.httpStatus == 403
               ? ConsentSettingsView::tr("Your account may not read this (%1). Reading it needs Policy.Read.All and a "
                                         "role such as Global Reader, Cloud Application Administrator or Global "
                                         "Administrator.")
                     .arg(error.summary())
               : ConsentSettingsView::tr("Could not be read: %1").arg(error.summary());
}

const QList<UserConsentSetting::Option> kOptions {UserConsentSetting::Option::None,
                                                  UserConsentSetting::Option::Low,
                                                  UserConsentSetting::Option::Legacy,
                                                  UserConsentSetting::Option::Recommended};

} // namespace

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
    m_status = plainLabel(this, "settingsStatus", true);
    layout->addWidget(m_status);

    // Two columns: the workflow on the left; user consent and the low-impact permissions on the right.
    auto* columns = new QHBoxLayout;
    auto* right = new QVBoxLayout;
    layout->addLayout(columns, 1);

    // Admin consent requests, as Entra's "Admin consent settings" page has them.
    auto* workflow = new QGroupBox(tr("Admin consent requests"), this);
    auto* workflowLayout = new QVBoxLayout(workflow);
    m_workflowReason = plainLabel(workflow, "workflowReadOnlyReason", true);
    workflowLayout->addWidget(m_workflowReason);
    m_enabled = new QCheckBox(tr("&Users can request admin consent to apps they are unable to consent to"), workflow);
    m_enabled->setObjectName(QStringLiteral("workflowEnabled"));
    workflowLayout->addWidget(m_enabled);
    auto* options = new QVBoxLayout;
    m_notify = new QCheckBox(tr("E-mail &notifications to reviewers"), workflow);
    m_notify->setObjectName(QStringLiteral("workflowNotify"));
    m_reminders = new QCheckBox(tr("Expiration re&minders"), workflow);
    m_reminders->setObjectName(QStringLiteral("workflowReminders"));
    auto* durationLabel = new QLabel(tr("Requests e&xpire after (days):"), workflow);
    m_duration = new QSpinBox(workflow);
    m_duration->setObjectName(QStringLiteral("workflowDuration"));
    m_duration->setRange(AdminConsentWorkflow::kMinDurationDays, AdminConsentWorkflow::kMaxDurationDays);
    durationLabel->setBuddy(m_duration);
    options->addWidget(m_notify);
    options->addWidget(m_reminders);
    auto* durationRow = new QHBoxLayout;
    durationRow->addWidget(durationLabel);
    durationRow->addWidget(m_duration);
    durationRow->addStretch();
    options->addLayout(durationRow);
    workflowLayout->addLayout(options);
    m_workflowState = plainLabel(workflow, "workflowState", true);
    workflowLayout->addWidget(m_workflowState);
    m_workflowWarning = plainLabel(workflow, "workflowWarning", true);
    m_workflowWarning->setStyleSheet(
        ViewStyle::boxStyle(QStringLiteral("QLabel#workflowWarning"), ViewStyle::Box::Alert));
    m_workflowWarning->hide();
    workflowLayout->addWidget(m_workflowWarning);
    m_reviewers
        = makeTree(workflow, "workflowReviewers", {tr("Reviewer"), tr("Type"), tr("Can approve"), tr("Why not")});
    m_reviewers->setAccessibleName(tr("Reviewers of admin consent requests"));
    workflowLayout->addWidget(m_reviewers, 1);
    auto* reviewerButtons = new QHBoxLayout;
    m_addReviewer = new QPushButton(tr("Add revie&wer…"), workflow);
    m_addReviewer->setObjectName(QStringLiteral("addReviewerButton"));
    m_removeReviewer = new QPushButton(tr("Remove r&eviewer"), workflow);
    m_removeReviewer->setObjectName(QStringLiteral("removeReviewerButton"));
    m_saveWorkflow = new QPushButton(tr("&Save workflow…"), workflow);
    m_saveWorkflow->setObjectName(QStringLiteral("saveWorkflowButton"));
    reviewerButtons->addWidget(m_addReviewer);
    reviewerButtons->addWidget(m_removeReviewer);
    reviewerButtons->addStretch();
    reviewerButtons->addWidget(m_saveWorkflow);
    workflowLayout->addLayout(reviewerButtons);
    columns->addWidget(workflow, 2);
    columns->addLayout(right, 3);

    // User consent for applications, in the admin center's words.
    auto* users = new QGroupBox(tr("User consent for applications"), this);
    auto* usersLayout = new QVBoxLayout(users);
    m_userConsentReason = plainLabel(users, "userConsentReadOnlyReason", true);
    usersLayout->addWidget(m_userConsentReason);
    m_options = new QButtonGroup(this);
    for (const auto option : kOptions) {
        auto* radio = new QRadioButton(UserConsentSetting::describe(option), users);
        radio->setToolTip(ViewStyle::plainToolTip(UserConsentSetting::describe(option)));
        radio->setObjectName(QStringLiteral("userConsent_") + UserConsentSetting::optionName(option));
        m_options->addButton(radio, int(option));
        usersLayout->addWidget(radio);
    }
    m_userConsent = plainLabel(users, "userConsentSetting", true);
    usersLayout->addWidget(m_userConsent);
    auto* userRow = new QHBoxLayout;
    userRow->addStretch();
    m_applyUserConsent = new QPushButton(tr("A&pply…"), users);
    m_applyUserConsent->setObjectName(QStringLiteral("applyUserConsentButton"));
    userRow->addWidget(m_applyUserConsent);
    usersLayout->addLayout(userRow);
    m_policies = makeTree(users, "userConsentPolicies", {tr("Policy"), tr("Conditions")});
    m_policies->setAccessibleName(tr("User consent policies"));
    m_policies->setRootIsDecorated(true);
    // Conditions are sentences: where the column cuts one, its tooltip has it whole.
    m_policies->setTextElideMode(Qt::ElideMiddle);
    fitRows(m_policies, 4);
    usersLayout->addWidget(m_policies);
    right->addWidget(users);

    auto* low = new QGroupBox(tr("Permissions classified low impact (Microsoft Graph)"), this);
    auto* lowLayout = new QVBoxLayout(low);
    auto* lowHint = new QLabel(tr("With the setting \"for selected permissions\", users may consent to these for apps "
                                  "from verified publishers or from your organization."),
                               low);
    lowHint->setWordWrap(true);
    lowLayout->addWidget(lowHint);
    m_classifyReason = plainLabel(low, "classifyReadOnlyReason", true);
    lowLayout->addWidget(m_classifyReason);
    m_lowImpact = makeTree(low, "lowImpactPermissions", {tr("Permission"), tr("Permission id")});
    m_lowImpact->setAccessibleName(tr("Permissions classified low impact"));
    lowLayout->addWidget(m_lowImpact, 1);
    auto* lowButtons = new QHBoxLayout;
    m_classify = new QPushButton(tr("A&dd permission…"), low);
    m_classify->setObjectName(QStringLiteral("classifyButton"));
    m_unclassify = new QPushButton(tr("Remove permission…"), low);
    m_unclassify->setObjectName(QStringLiteral("unclassifyButton"));
    lowButtons->addWidget(m_classify);
    lowButtons->addWidget(m_unclassify);
    lowButtons->addStretch();
    lowLayout->addLayout(lowButtons);
    right->addWidget(low, 1);

    connect(m_addReviewer, &QPushButton::clicked, this, &ConsentSettingsView::addReviewer);
    connect(m_removeReviewer, &QPushButton::clicked, this, &ConsentSettingsView::removeReviewer);
    connect(m_saveWorkflow, &QPushButton::clicked, this, &ConsentSettingsView::saveWorkflow);
    connect(m_applyUserConsent, &QPushButton::clicked, this, &ConsentSettingsView::applyUserConsent);
    connect(m_classify, &QPushButton::clicked, this, &ConsentSettingsView::addClassification);
    connect(m_unclassify, &QPushButton::clicked, this, &ConsentSettingsView::removeClassification);
    connect(m_reviewers, &QTreeWidget::itemSelectionChanged, this, &ConsentSettingsView::updateControls);
    connect(m_lowImpact, &QTreeWidget::itemSelectionChanged, this, &ConsentSettingsView::updateControls);
    connect(m_options, &QButtonGroup::idClicked, this, &ConsentSettingsView::updateControls);
    for (auto* box : {m_enabled, m_notify, m_reminders}) {
        connect(box, &QCheckBox::toggled, this, &ConsentSettingsView::updateControls);
    }
    connect(m_duration, &QSpinBox::valueChanged, this, &ConsentSettingsView::updateControls);
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
    Async::cancel(m_resolving);
    for (auto* posture : findChildren<PostureDialog*>()) {
        posture->close(); // it showed the account that is gone
    }
    if (!m_session) {
        clear(tr("Sign in to see the tenant's consent settings."));
        updateControls();
        return;
    }
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

void ConsentSettingsView::goToFix(PostureCheck::Action action, const QString& id)
{
    switch (action) {
    case PostureCheck::Action::ConsentSettings:
        // The control that makes the change, chosen; the admin reviews and applies it (preview, journal, undo).
        if (id == QLatin1String("MS.AAD.5.2")) {
            if (auto* none = m_options->button(int(UserConsentSetting::Option::None)); none && none->isEnabled()) {
                none->click();
                none->setFocus();
            }
        } else if (m_enabled->isEnabled()) {
            m_enabled->setChecked(true);
            m_enabled->setFocus();
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
    m_edited = AdminConsentWorkflow();
    m_loaded = false;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    m_workflowState->clear();
    m_workflowWarning->hide();
    m_reviewers->clear();
    m_userConsent->clear();
    m_policies->clear();
    m_lowImpact->clear();
    m_options->setExclusive(false);
    for (auto* b : m_options->buttons()) {
        b->setChecked(false);
    }
    m_options->setExclusive(true);
    for (auto* box : {m_enabled, m_notify, m_reminders}) {
        const QSignalBlocker block(box);
        box->setChecked(false);
    }
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

    if (s.workflowError.isError()) {
        m_workflowState->setText(errorText(s.workflowError));
    } else {
        const AdminConsentWorkflow& w = s.workflow;
        m_edited = w;
        const QSignalBlocker b1(m_enabled);
        const QSignalBlocker b2(m_notify);
        const QSignalBlocker b3(m_reminders);
        const QSignalBlocker b4(m_duration);
        m_enabled->setChecked(w.enabled);
        m_notify->setChecked(w.notifyReviewers);
        m_reminders->setChecked(w.remindersEnabled);
        m_duration->setValue(w.requestDurationInDays);
        m_workflowState->setText(
            w.enabled ? tr("Users can ask for approval; a request expires after %n day(s) without a decision.",
                           nullptr,
                           w.requestDurationInDays)
                      : tr("Users cannot request admin consent: they are told to ask an administrator."));
        showReviewers();
    }

    if (s.authorizationError.isError()) {
        m_userConsent->setText(errorText(s.authorizationError));
    } else {
        if (auto* button = m_options->button(int(s.userConsent.option))) {
            button->setChecked(true);
        }
        // The option in force in full (a radio button's text may be cut where the window is narrow); a custom policy
        // has no button here, and says why.
        QString text = s.userConsent.option == UserConsentSetting::Option::Custom
                           ? tr("In force: %1: %2. ConsentDesk offers the four choices above; a custom app consent "
                                "policy is changed in the Entra admin center or with Microsoft Graph PowerShell.")
                                 .arg(UserConsentSetting::describe(s.userConsent.option),
                                      s.userConsent.selfPolicyIds.join(QStringLiteral(", ")))
                           : tr("In force: %1.").arg(UserConsentSetting::describe(s.userConsent.option));
        const QStringList owners = UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned);
        const QString ownersText
            = owners.isEmpty()
                  ? tr("Group and team owners may not consent to apps accessing their data.")
                  : tr("Group and team owners may consent under: %1").arg(owners.join(QStringLiteral(", ")));
        m_userConsent->setText(text.isEmpty() ? ownersText : text + QLatin1Char('\n') + ownersText);
        for (const auto& p : s.userConsentPolicies()) {
            auto* item = new QTreeWidgetItem(m_policies);
            item->setText(0, p.displayName.isEmpty() ? p.id : p.displayName);
            item->setText(1, p.description);
            item->setToolTip(0, ViewStyle::plainToolTip(p.id));
            item->setToolTip(1, ViewStyle::plainToolTip(p.description));
            for (const auto& set : p.includes) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, tr("Includes"));
                child->setText(1, set.describe());
                child->setToolTip(1, ViewStyle::plainToolTip(set.describe()));
            }
            for (const auto& set : p.excludes) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, tr("Excludes"));
                child->setText(1, set.describe());
                child->setToolTip(1, ViewStyle::plainToolTip(set.describe()));
            }
        }
        m_policies->expandAll();
        m_policies->resizeColumnToContents(0);
    }

    if (s.classificationsError.isError()) {
        auto* item = new QTreeWidgetItem(m_lowImpact);
        item->setText(0, errorText(s.classificationsError));
    } else {
        for (const auto& c : s.lowImpact()) {
            auto* item = new QTreeWidgetItem(m_lowImpact);
            item->setText(0, c.permissionName);
            item->setText(1, c.permissionId);
        }
        m_lowImpact->resizeColumnToContents(0);
    }
    m_status->setText(s.hasErrors() ? tr("Part of the settings could not be read; the rest is shown.") : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    updateControls();
}

void ConsentSettingsView::showReviewers()
{
    m_reviewers->clear();
    for (const auto& r : m_edited.reviewers) {
        auto* item = new QTreeWidgetItem(m_reviewers);
        item->setText(0, r.displayName.isEmpty() ? r.query() : r.displayName);
        const QString type = r.parsed.type == ReviewerQuery::Type::User    ? tr("User")
                             : r.parsed.type == ReviewerQuery::Type::Group ? tr("Group")
                             : r.parsed.type == ReviewerQuery::Type::Role  ? tr("Role")
                                                                           : tr("Other");
        item->setText(1, type);
        item->setText(2, r.approvers < 0 ? tr("Unknown") : (r.canApprove() ? tr("Yes") : tr("No")));
        item->setText(3, r.problem);
        item->setToolTip(0, ViewStyle::plainToolTip(r.query()));
        item->setToolTip(3, ViewStyle::plainToolTip(r.problem));
    }
    for (int c = 0; c < 3; ++c) {
        m_reviewers->resizeColumnToContents(c);
    }
    AdminConsentWorkflow shown = m_edited;
    shown.enabled = m_enabled->isChecked();
    const QString warning = shown.reviewerWarning();
    m_workflowWarning->setText(warning);
    m_workflowWarning->setVisible(!warning.isEmpty());
}

AdminConsentWorkflow ConsentSettingsView::workflowFromControls() const
{
    AdminConsentWorkflow w = m_edited;
    w.enabled = m_enabled->isChecked();
    w.notifyReviewers = m_notify->isChecked();
    w.remindersEnabled = m_reminders->isChecked();
    w.requestDurationInDays = m_duration->value();
    return w;
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
    const bool workflowEditable = m_loaded && !m_settings.workflowError.isError() && policies.allowed && !busy;
    for (QWidget* w : std::initializer_list<QWidget*> {m_enabled, m_notify, m_reminders, m_duration, m_addReviewer}) {
        w->setEnabled(workflowEditable);
    }
    m_removeReviewer->setEnabled(workflowEditable && !m_reviewers->selectedItems().isEmpty());
    m_saveWorkflow->setEnabled(workflowEditable && !m_settings.workflow.sameSettings(workflowFromControls()));
    m_workflowReason->setText(m_session && m_loaded && !policies.allowed ? policies.reason : QString());
    m_workflowReason->setVisible(!m_workflowReason->text().isEmpty());
    if (m_loaded && !m_settings.workflowError.isError()) {
        AdminConsentWorkflow shown = m_edited;
        shown.enabled = m_enabled->isChecked();
        const QString warning = shown.reviewerWarning();
        m_workflowWarning->setText(warning);
        m_workflowWarning->setVisible(!warning.isEmpty());
    }

    const bool consentEditable = m_loaded && !m_settings.authorizationError.isError() && userConsent.allowed && !busy;
    for (auto* b : m_options->buttons()) {
        b->setEnabled(consentEditable);
    }
    const int chosen = m_options->checkedId();
    m_applyUserConsent->setEnabled(consentEditable && chosen >= 0 && chosen != int(m_settings.userConsent.option));
    m_userConsentReason->setText(m_session && m_loaded && !userConsent.allowed ? userConsent.reason : QString());
    m_userConsentReason->setVisible(!m_userConsentReason->text().isEmpty());

    const bool classifyEditable = m_loaded && !m_settings.classificationsError.isError() && policies.allowed && !busy;
    m_classify->setEnabled(classifyEditable);
    m_unclassify->setEnabled(classifyEditable && !m_lowImpact->selectedItems().isEmpty());
    m_classifyReason->setText(m_session && m_loaded && !policies.allowed
                                  ? tr("Classifying permissions needs Cloud Application Administrator, Application "
                                       "Administrator or Global Administrator.")
                                  : QString());
    m_classifyReason->setVisible(!m_classifyReason->text().isEmpty());
}

void ConsentSettingsView::addReviewer()
{
    auto* dialog = new PickReviewerDialog(m_search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const WorkflowReviewer chosen = dialog->reviewer();
        AdminConsentWorkflow probe;
        probe.reviewers.append(chosen);
        for (const auto& r : m_edited.reviewers) {
            AdminConsentWorkflow existing;
            existing.reviewers.append(r);
            if (probe.sameReviewers(existing)) {
                return; // already a reviewer
            }
        }
        m_edited.reviewers.append(chosen);
        showReviewers();
        updateControls();
        // Who can approve among them, for the table and the warning.
        Async::cancel(m_resolving);
        m_resolving = m_loader->resolveReviewers(m_edited);
        Async::then(m_resolving, this, [this](const AdminConsentWorkflow& resolved) {
            m_edited.reviewers = resolved.reviewers;
            showReviewers();
            updateControls();
        });
    });
    dialog->open();
}

void ConsentSettingsView::removeReviewer()
{
    const auto selected = m_reviewers->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const int row = m_reviewers->indexOfTopLevelItem(selected.first());
    if (row >= 0 && row < m_edited.reviewers.size()) {
        m_edited.reviewers.removeAt(row);
    }
    showReviewers();
    updateControls();
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
    runPlan(SettingsPlanner::workflow(m_settings.workflow, workflowFromControls()),
            ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditPolicies));
}

void ConsentSettingsView::applyUserConsent()
{
    const int chosen = m_options->checkedId();
    if (chosen < 0) {
        return;
    }
    runPlan(SettingsPlanner::userConsent(m_settings, UserConsentSetting::Option(chosen)),
            ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::EditUserConsentSettings));
}

void ConsentSettingsView::addClassification()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Classify a permission as low impact"),
                                               tr("Microsoft Graph delegated permission (for example Mail.Read):"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || !m_services.graph) {
        return;
    }
    ODataQuery select;
    select.select({QStringLiteral("id"), QStringLiteral("oauth2PermissionScopes")});
    GraphReply* reply = m_services.graph->send(
        GraphRequest::get(GraphPath::servicePrincipal(m_settings.graphServicePrincipalId), select));
    connect(reply, &GraphReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (!reply->ok()) {
            ViewStyle::warning(this,
                               tr("Classify a permission"),
                               tr("Could not read Microsoft Graph's permissions: %1").arg(reply->error().summary()));
            return;
        }
        for (const auto& v : reply->json().value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
            const QJsonObject scope = v.toObject();
            if (scope.value(QStringLiteral("value")).toString().compare(name, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin")) {
                ViewStyle::warning(this,
                                   tr("Classify a permission"),
                                   tr("%1 needs an admin's consent, so users can never consent to it and it cannot be "
                                      "classified.")
                                       .arg(scope.value(QStringLiteral("value")).toString()));
                return;
            }
            runPlan(SettingsPlanner::classify(m_settings,
                                              scope.value(QStringLiteral("id")).toString(),
                                              scope.value(QStringLiteral("value")).toString()),
                    {QStringLiteral("Policy.ReadWrite.PermissionGrant")});
            return;
        }
        ViewStyle::warning(
            this, tr("Classify a permission"), tr("Microsoft Graph has no delegated permission %1.").arg(name));
    });
}

void ConsentSettingsView::removeClassification()
{
    const auto selected = m_lowImpact->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    runPlan(SettingsPlanner::unclassify(m_settings, selected.first()->text(0)),
            {QStringLiteral("Policy.ReadWrite.PermissionGrant")});
}
