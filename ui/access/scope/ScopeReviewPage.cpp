#include "ScopeReviewPage.h"

#include "ScopeAppPage.h"
#include "access/ScopeAppWizard.h"
#include "common/PlanRunner.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "pipeline/WritePlan.h"
#include "pipeline/WriteRun.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ScopeReviewPage::ScopeReviewPage(ScopeAppWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and create"));
    setSubTitle(tr("Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is "
                   "recorded in ConsentDesk's journal before it is sent."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create"));
    auto* layout = new QVBoxLayout(this);
    m_planList = new QListWidget(this);
    m_planList->setObjectName(QStringLiteral("planList"));
    m_planList->setAccessibleName(tr("Changes to be made"));
    layout->addWidget(m_planList, 1);
    m_notes = ViewStyle::selectableLabel(this, "planNotes");
    layout->addWidget(m_notes);
    layout->addWidget(new QLabel(tr("Exchange Online PowerShell:"), this));
    m_powerShell = new QPlainTextEdit(this);
    m_powerShell->setObjectName(QStringLiteral("planPowerShell"));
    m_powerShell->setAccessibleName(tr("Exchange Online PowerShell script"));
    m_powerShell->setReadOnly(true);
    m_powerShell->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_powerShell->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_powerShell, 1);
    m_status = ViewStyle::selectableLabel(this, "runStatus");
    layout->addWidget(m_status);

    PlanRunner* runner = wizard->runner();
    connect(runner, &PlanRunner::progress, m_status, [this](const QString& text) {
        m_status->setText(ViewStyle::tenantText(text));
    });
    connect(runner, &PlanRunner::cancelled, this, [this]() {
        if (!std::exchange(m_creating, false)) {
            return; // a declined rollback preview: the outcome of Create stays on the page
        }
        enableButtons(true);
        m_status->setText(tr("Nothing was sent."));
    });
    connect(runner, &PlanRunner::finished, this, &ScopeReviewPage::onRun);
}

void ScopeReviewPage::initializePage()
{
    const ExchangePlan plan = m_wizard->plan();
    m_planList->clear();
    m_planList->addItems(ViewStyle::tenantText(plan.describe()));
    m_powerShell->setPlainText(plan.powerShellScript());
    m_notes->setText(ViewStyle::tenantText(plan.warnings.join(QStringLiteral("\n\n"))));
    m_status->clear();
}

bool ScopeReviewPage::validatePage()
{
    if (m_executed) {
        return true;
    }
    if (!m_wizard->runner()->isBusy()) {
        create();
    }
    return false; // onRun() moves on when every write succeeded
}

void ScopeReviewPage::tellBusy()
{
    m_status->setText(tr("Writing to Exchange Online: the wizard closes when the current step is done."));
}

void ScopeReviewPage::enableButtons(bool enabled)
{
    for (auto which : {QWizard::CommitButton, QWizard::BackButton, QWizard::CancelButton}) {
        m_wizard->button(which)->setEnabled(enabled);
    }
}

void ScopeReviewPage::create()
{
    enableButtons(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Sending to Exchange Online…"));
    m_creating = true;
    m_wizard->runner()->apply(WritePlan::from(m_wizard->plan())); // this page was the preview
}

void ScopeReviewPage::onRun(const WriteRun& run)
{
    m_creating = false;
    m_wizard->button(QWizard::CancelButton)->setEnabled(true);
    const bool made = run.count(WriteRun::Result::Status::Succeeded) > 0;
    if (made) {
        emit tenantChanged(m_wizard->appPage()->app().appId);
    }
    m_planList->clear();
    m_planList->addItems(ViewStyle::tenantText(run.describe()));
    if (run.plan.purpose == PlanHeader::Purpose::Rollback) {
        QString text = run.allSucceeded() ? tr("Rolled back: what the wizard had made was undone.")
                                          : tr("The rollback did not complete: see the steps above; the journal "
                                               "(Activity) holds what is left.");
        if (!run.plan.refused.isEmpty()) {
            //: %1 lists each change that stays, with the reason, as whole sentences
            text += QLatin1Char(' ')
                    + tr("The rollback left %n change(s) in place: %1", nullptr, int(run.plan.refused.size()))
                          .arg(run.plan.refused.join(QLatin1Char(' ')));
        }
        m_status->setText(ViewStyle::tenantText(text));
        return;
    }
    if (!run.allSucceeded()) {
        QStringList errors;
        for (const auto& r : run.results) {
            if (r.status == WriteRun::Result::Status::Failed) {
                errors.append(r.message);
            }
        }
        m_status->setText(ViewStyle::tenantText(
            made ? tr("Not done: %1 What succeeded can be rolled back now from the results, or undone "
                      "later in Activity.")
                       .arg(errors.join(QLatin1Char(' ')))
                 : tr("Not done: %1 Nothing was changed.").arg(errors.join(QLatin1Char(' ')))));
        m_status->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(StateColorPalette().name(StateColorPalette::Role::Danger)));
        m_wizard->button(QWizard::CancelButton)->setText(tr("Close"));
        return;
    }
    m_executed = true;
    m_status->setText(tr("Done: every write succeeded."));
    m_wizard->next();
}
