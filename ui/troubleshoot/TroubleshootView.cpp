#include "TroubleshootView.h"

#include "async/Async.h"
#include "common/PlanRunner.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "common/WrappedColumn.h"
#include "session/SessionState.h"
#include "troubleshoot/TroubleshootFixPlanner.h"
#include "troubleshoot/Troubleshooter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { Result, Check, Evidence };
constexpr int CheckIndexRole = Qt::UserRole + 1;

StateColorPalette::Role colorOf(TroubleshootCheck::Status status)
{
    switch (status) {
    case TroubleshootCheck::Status::Fail:
        return StateColorPalette::Role::Danger;
    case TroubleshootCheck::Status::Warn:
        return StateColorPalette::Role::Caution;
    case TroubleshootCheck::Status::Pass:
        break;
    }
    return StateColorPalette::Role::Success;
}

} // namespace

TroubleshootView::TroubleshootView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
    , m_troubleshooter(new Troubleshooter(services.graph, services.servicePrincipals, this))
    , m_runner(new PlanRunner(this, {services.graph, nullptr, services.journal, services.signIn}))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ViewStyle::pageTitle(tr("Troubleshoot"), this));
    auto* intro = new QLabel(tr("Why can't a user connect an app? Name both: ConsentDesk reads what decides it and "
                                "says what to fix."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QHBoxLayout;
    auto* userLabel = new QLabel(tr("&User:"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("troubleshootUser"));
    m_user->setPlaceholderText(tr("sign-in name (UPN) or object ID"));
    m_user->setClearButtonEnabled(true);
    userLabel->setBuddy(m_user);
    auto* appLabel = new QLabel(tr("A&pp:"), this);
    m_app = new QLineEdit(this);
    m_app->setObjectName(QStringLiteral("troubleshootApp"));
    m_app->setPlaceholderText(tr("application (client) ID, object ID or exact name"));
    m_app->setClearButtonEnabled(true);
    appLabel->setBuddy(m_app);
    //: Runs the troubleshooter's checks for the user and the app
    m_run = new QPushButton(tr("&Check"), this);
    m_run->setObjectName(QStringLiteral("runTroubleshootButton"));
    form->addWidget(userLabel);
    form->addWidget(m_user, 2);
    form->addSpacing(12);
    form->addWidget(appLabel);
    form->addWidget(m_app, 2);
    form->addWidget(m_run);
    layout->addLayout(form);
    auto* scopesRow = new QHBoxLayout;
    auto* scopesLabel = new QLabel(tr("Per&missions asked for:"), this);
    m_scopes = new QLineEdit(this);
    m_scopes->setObjectName(QStringLiteral("troubleshootScopes"));
    m_scopes->setPlaceholderText(tr("optional, when no request says it: e.g. Mail.Read Calendars.ReadWrite"));
    m_scopes->setClearButtonEnabled(true);
    scopesLabel->setBuddy(m_scopes);
    scopesRow->addWidget(scopesLabel);
    scopesRow->addWidget(m_scopes, 1);
    layout->addLayout(scopesRow);

    m_status = ViewStyle::plainLabel(this, "troubleshootStatus");
    layout->addWidget(m_status);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("troubleshootChecks"));
    m_checks->setAccessibleName(tr("Checks for this user and app"));
    m_checks->setAccessibleDescription(
        tr("One row per check of whether this user can use this app: its result and the evidence; select one to see "
           "its fix."));
    m_checks->setHeaderLabels({tr("Result"), tr("Check"), tr("Evidence")});
    m_checks->setRootIsDecorated(false);
    m_checks->setAlternatingRowColors(true);
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->setWordWrap(true);
    m_checks->header()->setStretchLastSection(true);
    m_checks->header()->setSectionResizeMode(Result, QHeaderView::ResizeToContents);
    m_checks->setColumnWidth(Check, 260);
    new WrappedColumn(m_checks, {Check, Evidence});
    layout->addWidget(m_checks, 1);

    auto* detail = new QGroupBox(tr("What to do"), this);
    auto* detailLayout = new QVBoxLayout(detail);
    m_checkTitle = ViewStyle::plainLabel(detail, "troubleshootCheckTitle");
    QFont bold = m_checkTitle->font();
    bold.setBold(true);
    m_checkTitle->setFont(bold);
    detailLayout->addWidget(m_checkTitle);
    m_fix = ViewStyle::selectableLabel(detail, "troubleshootFix");
    // Room for a fix of a few lines whatever the layout offers: a wrapped label is not cut off at the bottom.
    m_fix->setMinimumHeight(m_fix->fontMetrics().lineSpacing() * 3);
    m_fix->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    detailLayout->addWidget(m_fix);
    auto* fixRow = new QHBoxLayout;
    m_fixReason = ViewStyle::plainLabel(detail, "troubleshootFixReason");
    fixRow->addWidget(m_fixReason, 1);
    m_fixButton = new QPushButton(detail);
    m_fixButton->setObjectName(QStringLiteral("troubleshootFixButton"));
    fixRow->addWidget(m_fixButton);
    detailLayout->addLayout(fixRow);
    layout->addWidget(detail);

    connect(m_run, &QPushButton::clicked, this, &TroubleshootView::run);
    connect(m_user, &QLineEdit::returnPressed, this, &TroubleshootView::run);
    connect(m_app, &QLineEdit::returnPressed, this, &TroubleshootView::run);
    connect(m_scopes, &QLineEdit::returnPressed, this, &TroubleshootView::run);
    connect(m_user, &QLineEdit::textChanged, this, &TroubleshootView::updateControls);
    connect(m_app, &QLineEdit::textChanged, this, &TroubleshootView::updateControls);
    connect(m_checks, &QTreeWidget::itemSelectionChanged, this, &TroubleshootView::showSelected);
    connect(m_fixButton, &QPushButton::clicked, this, &TroubleshootView::applyFix);
    connect(m_runner, &PlanRunner::busyChanged, this, &TroubleshootView::updateControls);
    // What changed may change every line: run the checks again, for the same user and app.
    connect(m_runner, &PlanRunner::finished, this, [this] {
        if (session()) {
            run();
        }
    });
    setSession(nullptr);
}

QString TroubleshootView::viewTitle() const
{
    return tr("Troubleshoot");
}

QIcon TroubleshootView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/troubleshoot.svg"));
}

QString TroubleshootView::viewToolTip() const
{
    return tr("Why a user cannot connect an app: consent, assignment, blocks, conditional access, requests");
}

void TroubleshootView::setSession(SessionState* session)
{
    Async::cancel(m_loading);
    m_running = false;
    if (!session) {
        m_user->clear();
        m_app->clear();
        m_scopes->clear();
        clear(tr("Sign in to troubleshoot a user and an app."));
        updateControls();
        return;
    }
    clear(tr("Name a user and an app, then choose Check."));
    updateControls();
}

void TroubleshootView::troubleshoot(const QString& user, const QString& app)
{
    m_user->setText(user.trimmed());
    m_app->setText(app.trimmed());
    m_scopes->clear(); // another user and app: their request says what is asked for
    if (!session()) {
        return;
    }
    if (m_user->text().isEmpty()) {
        clear(tr("Name the user who cannot connect %1.").arg(m_app->text()));
        m_user->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_app->text().isEmpty()) {
        clear(tr("Name the app %1 cannot connect.").arg(m_user->text()));
        m_app->setFocus(Qt::OtherFocusReason);
        return;
    }
    run();
}

void TroubleshootView::run()
{
    const QString user = m_user->text().trimmed();
    const QString app = m_app->text().trimmed();
    if (!session() || user.isEmpty() || app.isEmpty()) {
        return;
    }
    Async::cancel(m_loading);
    clear(tr("Reading what decides whether %1 can connect %2…").arg(user, app));
    m_running = true;
    updateControls();
    const QStringList scopes
        = m_scopes->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    m_loading = m_troubleshooter->run({user, app, scopes});
    Async::then(m_loading, this, [this](const TroubleshootReport& report) {
        m_running = false;
        show(report);
        updateControls();
        emit finished();
    });
}

void TroubleshootView::clear(const QString& message)
{
    m_report = TroubleshootReport();
    m_checks->clear();
    m_status->setText(ViewStyle::tenantText(message));
    m_status->setStyleSheet(QString());
    showSelected();
}

void TroubleshootView::show(const TroubleshootReport& report)
{
    m_report = report;
    m_checks->clear();
    const TroubleshootFacts& f = report.facts;
    if (report.userNotFound) {
        m_status->setText(ViewStyle::tenantText(
            tr("There is no user %1 in this tenant. Check the sign-in name (UPN) or object ID.").arg(f.userText)));
        return;
    }
    if (report.appAmbiguous) {
        m_status->setText(
            ViewStyle::tenantText(tr("Several apps are named %1: give its application (client) ID.").arg(f.appText)));
        return;
    }
    if (report.appNotFound) {
        m_status->setText(
            ViewStyle::tenantText(tr("There is no app %1 in this tenant, and no consent request names it. Give its "
                                     "application (client) ID, object ID or exact name.")
                                      .arg(f.appText)));
        return;
    }
    if (report.error.isError()) {
        m_status->setText(
            ViewStyle::tenantText(tr("The user or the app could not be read: %1").arg(report.error.summary())));
        return;
    }
    const StateColorPalette palette;
    int fails = 0;
    int warnings = 0;
    for (int i = 0; i < report.checks.size(); ++i) {
        const TroubleshootCheck& c = report.checks.at(i);
        auto* item = new QTreeWidgetItem(m_checks);
        item->setText(Result, c.statusText());
        item->setForeground(Result, palette.color(colorOf(c.status)));
        if (c.status == TroubleshootCheck::Status::Fail) {
            QFont font = item->font(Result);
            font.setBold(true);
            item->setFont(Result, font);
        }
        item->setText(Check, ViewStyle::tenantText(c.title));
        item->setText(Evidence, ViewStyle::tenantText(c.evidence));
        item->setData(Result, CheckIndexRole, i);
        fails += c.status == TroubleshootCheck::Status::Fail ? 1 : 0;
        warnings += c.status == TroubleshootCheck::Status::Warn ? 1 : 0;
    }
    WrappedColumn::fit(m_checks);
    //: %1 user's name, %2 app's name
    QString summary = tr("%1 and %2:").arg(f.user.displayName.isEmpty() ? f.userText : f.user.displayName, f.appName());
    if (fails == 0 && warnings == 0) {
        summary += QLatin1Char(' ') + tr("every check passes.");
    } else {
        if (fails > 0) {
            summary += QLatin1Char(' ') + tr("%n check(s) failed.", nullptr, fails);
        }
        if (warnings > 0) {
            summary += QLatin1Char(' ') + tr("%n check(s) gave a warning.", nullptr, warnings);
        }
    }
    m_status->setText(ViewStyle::tenantText(summary));
    // The first line to act on, selected: its fix is what the admin came for.
    int first = 0;
    for (int i = 0; i < report.checks.size(); ++i) {
        if (report.checks.at(i).status == TroubleshootCheck::Status::Fail) {
            first = i;
            break;
        }
    }
    if (m_checks->topLevelItemCount() > 0) {
        m_checks->setCurrentItem(m_checks->topLevelItem(first));
    }
    emit statusMessage(summary);
}

void TroubleshootView::showSelected()
{
    const QTreeWidgetItem* item = m_checks->currentItem();
    const int i = item ? item->data(Result, CheckIndexRole).toInt() : -1;
    if (i < 0 || i >= m_report.checks.size()) {
        m_checkTitle->clear();
        m_fix->setText(tr("Choose a check to see what to do about it."));
        m_fixReason->clear();
        m_fixButton->setText(tr("&Fix…"));
        updateControls();
        return;
    }
    const TroubleshootCheck& c = m_report.checks.at(i);
    m_checkTitle->setText(ViewStyle::tenantText(c.title));
    m_fix->setText(ViewStyle::tenantText(c.fix.isEmpty() ? tr("Nothing to do here.") : c.fix));
    m_fixButton->setText(c.canFix() ? c.fixButtonText() : tr("&Fix…"));
    updateControls();
}

void TroubleshootView::updateControls()
{
    const bool signedIn = session() != nullptr;
    const bool busy = m_running || m_runner->isBusy();
    m_user->setEnabled(signedIn);
    m_app->setEnabled(signedIn);
    m_scopes->setEnabled(signedIn);
    m_run->setEnabled(signedIn && !busy && !m_user->text().trimmed().isEmpty() && !m_app->text().trimmed().isEmpty());
    const QTreeWidgetItem* item = m_checks->currentItem();
    const int i = item ? item->data(Result, CheckIndexRole).toInt() : -1;
    const bool hasCheck = i >= 0 && i < m_report.checks.size();
    const TroubleshootCheck check = hasCheck ? m_report.checks.at(i) : TroubleshootCheck();
    QString why;
    if (hasCheck && check.canFix() && signedIn) {
        const auto capability = session()->capability(TroubleshootFixPlanner::capability(check.action));
        if (!capability.allowed) {
            // The capability's own reason names what it is for elsewhere ("to block an app"): say it for this fix.
            const QStringList mine = session()->account().roleNames();
            why = capability.sufficientRoles.isEmpty() ? capability.reason
                  : mine.isEmpty()
                      //: %1 is a list of directory role names
                      ? tr("This fix needs one of these roles: %1.")
                            .arg(capability.sufficientRoles.join(QStringLiteral(", ")))
                      //: %1 and %2 are lists of directory role names
                      : tr("This fix needs one of these roles: %1. Your roles: %2.")
                            .arg(capability.sufficientRoles.join(QStringLiteral(", ")),
                                 mine.join(QStringLiteral(", ")));
        }
    }
    m_fixButton->setVisible(hasCheck && check.canFix());
    m_fixButton->setEnabled(signedIn && !busy && hasCheck && check.canFix() && why.isEmpty());
    m_fixButton->setToolTip(ViewStyle::plainToolTip(why));
    m_fixReason->setText(ViewStyle::tenantText(why));
}

void TroubleshootView::applyFix()
{
    const QTreeWidgetItem* item = m_checks->currentItem();
    const int i = item ? item->data(Result, CheckIndexRole).toInt() : -1;
    if (!session() || i < 0 || i >= m_report.checks.size() || !m_report.checks.at(i).canFix()) {
        return;
    }
    const TroubleshootCheck::Fix action = m_report.checks.at(i).action;
    if (action == TroubleshootCheck::Fix::EditReviewers) {
        emit reviewersRequested(); // who reviews is the admin's choice, made where the reviewers are edited
        return;
    }
    const WritePlan plan = TroubleshootFixPlanner::plan(m_report.facts, action);
    if (plan.isEmpty()) {
        ViewStyle::warning(this, tr("Nothing to change"), plan.note);
        return;
    }
    m_runner->run(plan, TroubleshootFixPlanner::writeScopes(action));
}
