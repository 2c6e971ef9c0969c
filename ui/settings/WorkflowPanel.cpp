#include "WorkflowPanel.h"

#include "ConsentSettingsView.h"
#include "PickReviewerDialog.h"
#include "SettingsWidgets.h"
#include "async/Async.h"
#include "common/ViewStyle.h"
#include "common/WrappingCheckBox.h"
#include "settings/ConsentSettingsLoader.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

// The texts keep the view's translation context (ConsentSettingsView::tr): they were the view's before its sections
// became panels, and their translations stay with it.

WorkflowPanel::WorkflowPanel(ConsentSettingsLoader* loader, ReviewerSearch* search, QWidget* parent)
    : QGroupBox(parent)
    , m_loader(loader)
    , m_search(search)
{
    setTitle(ConsentSettingsView::tr("Admin consent requests"));
    auto* layout = new QVBoxLayout(this);
    m_reason = SettingsWidgets::plainLabel(this, "workflowReadOnlyReason", true);
    layout->addWidget(m_reason);
    m_enabled = new WrappingCheckBox(
        ConsentSettingsView::tr("&Users can request admin consent to apps they are unable to consent to"), this);
    m_enabled->setObjectName(QStringLiteral("workflowEnabled"));
    layout->addWidget(m_enabled);
    auto* options = new QVBoxLayout;
    m_notify = new QCheckBox(ConsentSettingsView::tr("E-mail &notifications to reviewers"), this);
    m_notify->setObjectName(QStringLiteral("workflowNotify"));
    m_reminders = new QCheckBox(ConsentSettingsView::tr("Expiration re&minders"), this);
    m_reminders->setObjectName(QStringLiteral("workflowReminders"));
    auto* durationLabel = new QLabel(ConsentSettingsView::tr("Requests e&xpire after (days):"), this);
    m_duration = new QSpinBox(this);
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
    layout->addLayout(options);
    m_state = SettingsWidgets::plainLabel(this, "workflowState", true);
    layout->addWidget(m_state);
    m_warning = SettingsWidgets::plainLabel(this, "workflowWarning", true);
    m_warning->setStyleSheet(ViewStyle::boxStyle(QStringLiteral("QLabel#workflowWarning"), ViewStyle::Box::Alert));
    m_warning->hide();
    layout->addWidget(m_warning);
    m_reviewers = SettingsWidgets::tree(this,
                                        "workflowReviewers",
                                        {ConsentSettingsView::tr("Reviewer"),
                                         ConsentSettingsView::tr("Type"),
                                         ConsentSettingsView::tr("Can approve"),
                                         ConsentSettingsView::tr("Why not")});
    m_reviewers->setAccessibleName(ConsentSettingsView::tr("Reviewers of admin consent requests"));
    m_reviewers->setAccessibleDescription(ConsentSettingsView::tr(
        "One row per user, group or role that reviews admin consent requests, and whether it can approve them."));
    layout->addWidget(m_reviewers, 1);
    auto* buttons = new QHBoxLayout;
    m_addReviewer = new QPushButton(ConsentSettingsView::tr("Add revie&wer…"), this);
    m_addReviewer->setObjectName(QStringLiteral("addReviewerButton"));
    m_removeReviewer = new QPushButton(ConsentSettingsView::tr("Remove r&eviewer"), this);
    m_removeReviewer->setObjectName(QStringLiteral("removeReviewerButton"));
    m_save = new QPushButton(ConsentSettingsView::tr("&Save workflow…"), this);
    m_save->setObjectName(QStringLiteral("saveWorkflowButton"));
    buttons->addWidget(m_addReviewer);
    buttons->addWidget(m_removeReviewer);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_addReviewer, &QPushButton::clicked, this, &WorkflowPanel::addReviewer);
    connect(m_removeReviewer, &QPushButton::clicked, this, &WorkflowPanel::removeReviewer);
    connect(m_save, &QPushButton::clicked, this, &WorkflowPanel::saveRequested);
    connect(m_reviewers, &QTreeWidget::itemSelectionChanged, this, &WorkflowPanel::changed);
    for (auto* box : {m_enabled, m_notify, m_reminders}) {
        connect(box, &QCheckBox::toggled, this, &WorkflowPanel::changed);
    }
    connect(m_duration, &QSpinBox::valueChanged, this, &WorkflowPanel::changed);
}

void WorkflowPanel::clear()
{
    m_edited = AdminConsentWorkflow();
    m_shown = false;
    m_state->clear();
    m_warning->hide();
    m_reviewers->clear();
    for (auto* box : {m_enabled, m_notify, m_reminders}) {
        const QSignalBlocker block(box);
        box->setChecked(false);
    }
}

void WorkflowPanel::cancel()
{
    Async::cancel(m_resolving);
}

void WorkflowPanel::show(const ConsentSettings& s)
{
    clear();
    if (s.workflowError.isError()) {
        m_state->setText(ViewStyle::tenantText(SettingsWidgets::readError(s.workflowError)));
        return;
    }
    const AdminConsentWorkflow& w = s.workflow;
    m_edited = w;
    m_shown = true;
    const QSignalBlocker b1(m_enabled);
    const QSignalBlocker b2(m_notify);
    const QSignalBlocker b3(m_reminders);
    const QSignalBlocker b4(m_duration);
    m_enabled->setChecked(w.enabled);
    m_notify->setChecked(w.notifyReviewers);
    m_reminders->setChecked(w.remindersEnabled);
    m_duration->setValue(w.requestDurationInDays);
    m_state->setText(ViewStyle::tenantText(
        w.enabled
            ? ConsentSettingsView::tr(
                "Users can ask for approval; a request expires after %n day(s) without a decision.",
                nullptr,
                w.requestDurationInDays)
            : ConsentSettingsView::tr("Users cannot request admin consent: they are told to ask an administrator.")));
    showReviewers();
}

void WorkflowPanel::showReviewers()
{
    m_reviewers->clear();
    for (const auto& r : m_edited.reviewers) {
        auto* item = new QTreeWidgetItem(m_reviewers);
        item->setText(0, ViewStyle::tenantText(r.displayName.isEmpty() ? r.query() : r.displayName));
        const QString type = r.parsed.type == ReviewerQuery::Type::User    ? ConsentSettingsView::tr("User")
                             : r.parsed.type == ReviewerQuery::Type::Group ? ConsentSettingsView::tr("Group")
                             : r.parsed.type == ReviewerQuery::Type::Role  ? ConsentSettingsView::tr("Role")
                                                                           : ConsentSettingsView::tr("Other");
        item->setText(1, type);
        item->setText(2,
                      r.approvers < 0
                          ? ConsentSettingsView::tr("Unknown")
                          : (r.canApprove() ? ConsentSettingsView::tr("Yes") : ConsentSettingsView::tr("No")));
        item->setText(3, ViewStyle::tenantText(r.problem));
        item->setToolTip(0, ViewStyle::plainToolTip(r.query()));
        item->setToolTip(3, ViewStyle::plainToolTip(r.problem));
    }
    for (int c = 0; c < 3; ++c) {
        m_reviewers->resizeColumnToContents(c);
    }
    showWarning();
}

void WorkflowPanel::showWarning()
{
    AdminConsentWorkflow shown = m_edited;
    shown.enabled = m_enabled->isChecked();
    const QString warning = shown.reviewerWarning();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

AdminConsentWorkflow WorkflowPanel::fromControls() const
{
    AdminConsentWorkflow w = m_edited;
    w.enabled = m_enabled->isChecked();
    w.notifyReviewers = m_notify->isChecked();
    w.remindersEnabled = m_reminders->isChecked();
    w.requestDurationInDays = m_duration->value();
    return w;
}

void WorkflowPanel::updateControls(bool editable, const AdminConsentWorkflow& saved, const QString& reason)
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_enabled, m_notify, m_reminders, m_duration, m_addReviewer}) {
        w->setEnabled(editable);
    }
    m_removeReviewer->setEnabled(editable && !m_reviewers->selectedItems().isEmpty());
    m_save->setEnabled(editable && !saved.sameSettings(fromControls()));
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    if (m_shown) {
        showWarning();
    }
}

void WorkflowPanel::selectReviewerProblem()
{
    // The first reviewer who cannot approve, selected (Remove reviewer then takes it out).
    for (int i = 0; i < m_reviewers->topLevelItemCount() && i < m_edited.reviewers.size(); ++i) {
        if (m_edited.reviewers.at(i).approvers == 0) {
            m_reviewers->setCurrentItem(m_reviewers->topLevelItem(i));
            m_reviewers->scrollToItem(m_reviewers->topLevelItem(i));
            m_reviewers->setFocus();
            return;
        }
    }
    if (m_addReviewer->isEnabled()) {
        m_addReviewer->setFocus(); // no reviewer at all: adding one is the fix
    }
}

void WorkflowPanel::turnOn()
{
    if (m_enabled->isEnabled()) {
        m_enabled->setChecked(true);
        m_enabled->setFocus();
    }
}

void WorkflowPanel::addReviewer()
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
        emit changed();
        // Who can approve among them, for the table and the warning.
        Async::cancel(m_resolving);
        m_resolving = m_loader->resolveReviewers(m_edited);
        Async::then(m_resolving, this, [this](const AdminConsentWorkflow& resolved) {
            m_edited.reviewers = resolved.reviewers;
            showReviewers();
            emit changed();
        });
    });
    dialog->open();
}

void WorkflowPanel::removeReviewer()
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
    emit changed();
}
