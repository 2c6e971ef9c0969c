#include "ConsentSettingsView.h"

#include "async/Async.h"
#include "common/ViewStyle.h"
#include "session/SessionState.h"
#include "settings/ConsentSettingsLoader.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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

QString errorText(const GraphError& error)
{
    return error.httpStatus == 403
               ? ConsentSettingsView::tr("Your account may not read this (%1). Reading it needs Policy.Read.All and a "
                                         "role such as Global Reader, Cloud Application Administrator or Global "
                                         "Administrator.")
                     .arg(error.summary())
               : ConsentSettingsView::tr("Could not be read: %1").arg(error.summary());
}

} // namespace

ConsentSettingsView::ConsentSettingsView(GraphClient* graph, QWidget* parent)
    : ConsoleView(parent)
    , m_loader(new ConsentSettingsLoader(graph, this))
{
    auto* outer = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(ViewStyle::pageTitle(tr("Consent settings"), this));
    header->addStretch();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshSettingsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ConsentSettingsView::refresh);
    header->addWidget(m_refresh);
    outer->addLayout(header);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    auto* page = this;
    auto* layout = outer;

    auto* workflow = new QGroupBox(tr("Admin consent requests"), page);
    auto* workflowLayout = new QVBoxLayout(workflow);
    m_workflowState = new QLabel(workflow);
    m_workflowState->setObjectName(QStringLiteral("workflowState"));
    m_workflowState->setTextFormat(Qt::PlainText);
    workflowLayout->addWidget(m_workflowState);
    m_workflowWarning = new QLabel(workflow);
    m_workflowWarning->setObjectName(QStringLiteral("workflowWarning"));
    m_workflowWarning->setTextFormat(Qt::PlainText);
    m_workflowWarning->setWordWrap(true);
    m_workflowWarning->setStyleSheet(
        ViewStyle::boxStyle(QStringLiteral("QLabel#workflowWarning"), ViewStyle::Box::Alert));
    m_workflowWarning->hide();
    workflowLayout->addWidget(m_workflowWarning);
    m_reviewers
        = makeTree(workflow, "workflowReviewers", {tr("Reviewer"), tr("Type"), tr("Can approve"), tr("Why not")});
    m_reviewers->setAccessibleName(tr("Reviewers of admin consent requests"));
    fitRows(m_reviewers, 6);
    workflowLayout->addWidget(m_reviewers);
    layout->addWidget(workflow);

    auto* users = new QGroupBox(tr("User consent for applications"), page);
    auto* usersLayout = new QVBoxLayout(users);
    m_userConsent = new QLabel(users);
    m_userConsent->setObjectName(QStringLiteral("userConsentSetting"));
    m_userConsent->setTextFormat(Qt::PlainText);
    usersLayout->addWidget(m_userConsent);
    m_policies = makeTree(users, "userConsentPolicies", {tr("Policy"), tr("Conditions")});
    m_policies->setAccessibleName(tr("User consent policies"));
    m_policies->setRootIsDecorated(true);
    fitRows(m_policies, 5);
    usersLayout->addWidget(m_policies);
    layout->addWidget(users);

    auto* low = new QGroupBox(tr("Permissions classified low impact (Microsoft Graph)"), page);
    auto* lowLayout = new QVBoxLayout(low);
    auto* lowHint = new QLabel(tr("With the setting \"for selected permissions\", users may consent to these for apps "
                                  "from verified publishers or from your organization."),
                               low);
    lowHint->setWordWrap(true);
    lowLayout->addWidget(lowHint);
    m_lowImpact = makeTree(low, "lowImpactPermissions", {tr("Permission"), tr("Permission id")});
    m_lowImpact->setAccessibleName(tr("Permissions classified low impact"));
    lowLayout->addWidget(m_lowImpact);
    layout->addWidget(low, 1);
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
    m_signedIn = session != nullptr;
    Async::cancel(m_loading);
    m_refresh->setEnabled(m_signedIn);
    if (!m_signedIn) {
        clear(tr("Sign in to see the tenant's consent settings."));
        return;
    }
    refresh();
}

void ConsentSettingsView::clear(const QString& message)
{
    m_settings = ConsentSettings();
    m_status->setText(message);
    m_workflowState->clear();
    m_workflowWarning->hide();
    m_reviewers->clear();
    m_userConsent->clear();
    m_policies->clear();
    m_lowImpact->clear();
}

void ConsentSettingsView::refresh()
{
    if (!m_signedIn) {
        return;
    }
    Async::cancel(m_loading);
    m_status->setText(tr("Reading the consent settings…"));
    m_refresh->setEnabled(false);
    m_loading = m_loader->load();
    Async::then(m_loading, this, [this](const ConsentSettings& settings) {
        m_refresh->setEnabled(m_signedIn);
        show(settings);
        emit loaded();
    });
}

void ConsentSettingsView::show(const ConsentSettings& s)
{
    clear(QString());
    m_settings = s;

    if (s.workflowError.isError()) {
        m_workflowState->setText(errorText(s.workflowError));
    } else {
        const AdminConsentWorkflow& w = s.workflow;
        QStringList lines;
        lines << (w.enabled ? tr("Users can request admin consent to apps they cannot consent to.")
                            : tr("Users cannot request admin consent: they are told to ask an administrator."));
        lines << tr("Reviewers get e-mail notifications: %1. Expiration reminders: %2.")
                     .arg(w.notifyReviewers ? tr("yes") : tr("no"), w.remindersEnabled ? tr("yes") : tr("no"));
        lines << tr("Requests expire after %n day(s).", nullptr, w.requestDurationInDays);
        m_workflowState->setText(lines.join(QLatin1Char('\n')));
        const QString warning = w.reviewerWarning();
        m_workflowWarning->setText(warning);
        m_workflowWarning->setVisible(!warning.isEmpty());
        for (const auto& r : w.reviewers) {
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
        m_reviewers->resizeColumnToContents(0);
        m_reviewers->resizeColumnToContents(1);
        m_reviewers->resizeColumnToContents(2);
    }

    if (s.authorizationError.isError()) {
        m_userConsent->setText(errorText(s.authorizationError));
    } else {
        QString text = UserConsentSetting::describe(s.userConsent.option);
        if (s.userConsent.option == UserConsentSetting::Option::Custom) {
            text += QStringLiteral(": ") + s.userConsent.selfPolicyIds.join(QStringLiteral(", "));
        }
        const QStringList owners = UserConsentSetting::ownedResourcePolicyIds(s.permissionGrantPoliciesAssigned);
        text += QLatin1Char('\n')
                + (owners.isEmpty()
                       ? tr("Group and team owners may not consent to apps accessing their data.")
                       : tr("Group and team owners may consent under: %1").arg(owners.join(QStringLiteral(", "))));
        m_userConsent->setText(text);
        for (const auto& p : s.userConsentPolicies()) {
            auto* item = new QTreeWidgetItem(m_policies);
            item->setText(0, p.displayName.isEmpty() ? p.id : p.displayName);
            item->setText(1, p.description);
            item->setToolTip(0, ViewStyle::plainToolTip(p.id));
            for (const auto& set : p.includes) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, tr("Includes"));
                child->setText(1, set.describe());
            }
            for (const auto& set : p.excludes) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, tr("Excludes"));
                child->setText(1, set.describe());
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
}
