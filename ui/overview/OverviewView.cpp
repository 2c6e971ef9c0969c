#include "OverviewView.h"

#include "OverviewAppList.h"
#include "OverviewBarChart.h"
#include "OverviewFigures.h"
#include "OverviewHistoryChart.h"
#include "OverviewSnapshotPanel.h"
#include "async/Async.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "consent/ConsentOverview.h"
#include "session/FirstSeenState.h"
#include "session/SessionState.h"
#include "session/TenantAppsState.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace {

using Measure = ConsentOverview::Measure;
using Role = StateColorPalette::Role;

QGroupBox* card(const QString& title, const QString& explanation, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    auto* text = ViewStyle::plainLabel(box, "overviewCardExplanation");
    text->setText(explanation);
    layout->addWidget(text);
    return box;
}

} // namespace

OverviewView::OverviewView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("overviewView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(ViewStyle::pageTitle(tr("Overview"), this), 1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshOverviewButton"));
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_status = ViewStyle::plainLabel(this, "overviewStatus");
    layout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);

    QGroupBox* risk = card(tr("Apps by their riskiest permission"),
                           tr("Every app that holds a permission, counted once at the level of its riskiest one."),
                           page);
    m_riskChart
        = new OverviewBarChart(QStringLiteral("overviewRiskChart"), tr("Apps by their riskiest permission"), risk);
    risk->layout()->addWidget(m_riskChart);
    grid->addWidget(risk, 0, 0);

    QGroupBox* ages = card(tr("Pending consent requests"),
                           tr("Requests users filed that no reviewer has answered, by how long they have waited "
                              "(since the oldest open request)."),
                           page);
    m_ageChart = new OverviewBarChart(QStringLiteral("overviewAgeChart"), tr("Pending requests by age"), ages);
    m_ageNote = ViewStyle::plainLabel(ages, "overviewAgeNote");
    ages->layout()->addWidget(m_ageChart);
    ages->layout()->addWidget(m_ageNote);
    grid->addWidget(ages, 0, 1);

    QGroupBox* tenantWide = card(tr("High and critical permissions for the whole tenant"),
                                 tr("Admin consent and application permissions act for every user and every "
                                    "mailbox or file the API reaches, not for one person."),
                                 page);
    m_tenantWideChart = new OverviewBarChart(QStringLiteral("overviewTenantWideChart"),
                                             tr("Apps with high or critical tenant-wide permissions"),
                                             tenantWide);
    m_tenantWideChart->setMaximumHeight(220);
    m_tenantWideList = new OverviewAppList(QStringLiteral("overviewTenantWideList"),
                                           tr("Apps with high or critical tenant-wide permissions"),
                                           tr("One app a row. Selecting a row opens it in Apps and permissions."),
                                           {tr("App"), tr("Publisher"), tr("Riskiest permission"), tr("Risk")},
                                           true,
                                           tenantWide);
    tenantWide->layout()->addWidget(m_tenantWideChart);
    tenantWide->layout()->addWidget(m_tenantWideList);
    grid->addWidget(tenantWide, 1, 0);

    QGroupBox* mailboxes = card(tr("Apps that reach every mailbox"),
                                tr("Mailbox application permissions (Mail.*, Calendars.*, Contacts.*, "
                                   "MailboxSettings.*, full_access_as_app) that no Exchange access policy scopes."),
                                page);
    m_mailboxNote = ViewStyle::plainLabel(mailboxes, "overviewMailboxNote");
    m_mailboxList = new OverviewAppList(QStringLiteral("overviewMailboxList"),
                                        tr("Apps that reach every mailbox"),
                                        tr("One app a row. Selecting a row opens it in Mailbox access."),
                                        {tr("App"), tr("Publisher"), tr("Mailbox permissions")},
                                        false,
                                        mailboxes);
    mailboxes->layout()->addWidget(m_mailboxNote);
    mailboxes->layout()->addWidget(m_mailboxList);
    grid->addWidget(mailboxes, 1, 1);

    QGroupBox* users = card(tr("What users consented to themselves"),
                            tr("Apps by the riskiest permission users granted on their own, and the high and "
                               "critical ones first: a consent phishing campaign shows here."),
                            page);
    m_userConsentChart = new OverviewBarChart(
        QStringLiteral("overviewUserConsentChart"), tr("Apps by the riskiest permission users consented to"), users);
    m_userConsentList
        = new OverviewAppList(QStringLiteral("overviewUserConsentList"),
                              tr("Apps with high or critical permissions users consented to"),
                              tr("One app a row. Selecting a row opens it in Apps and permissions."),
                              {tr("App"), tr("Publisher"), tr("Users"), tr("Riskiest permission"), tr("Risk")},
                              true,
                              users);
    users->layout()->addWidget(m_userConsentChart);
    users->layout()->addWidget(m_userConsentList);
    grid->addWidget(users, 2, 0);

    QGroupBox* history = card(tr("Users' own consents over time"),
                              tr("How many consents users gave apps on their own, by the week or month ConsentDesk "
                                 "first saw them."),
                              page);
    m_history = new OverviewHistoryChart(history);
    history->layout()->addWidget(m_history);
    grid->addWidget(history, 2, 1);

    QGroupBox* snapshot = card(tr("What changed since the last snapshot"),
                               tr("Apps that came or went, and apps that hold more or less, since the newest snapshot "
                                  "of the tenant this computer exported or opened."),
                               page);
    m_snapshot = new OverviewSnapshotPanel(m_services.exportSnapshot, snapshot);
    snapshot->layout()->addWidget(m_snapshot);
    grid->addWidget(snapshot, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    for (OverviewBarChart* chart : {m_riskChart, m_tenantWideChart, m_ageChart, m_userConsentChart}) {
        connect(chart, &OverviewBarChart::activated, this, &ConsoleView::showRequested);
    }
    for (OverviewAppList* list : {m_tenantWideList, m_mailboxList, m_userConsentList}) {
        connect(list, &OverviewAppList::activated, this, &ConsoleView::showRequested);
    }
    connect(m_snapshot, &OverviewSnapshotPanel::activated, this, &ConsoleView::showRequested);
    connect(m_history, &OverviewHistoryChart::activated, this, &ConsoleView::showRequested);
    connect(m_snapshot, &OverviewSnapshotPanel::compared, this, &OverviewView::updateStatus);
    connect(m_history, &OverviewHistoryChart::loaded, this, &OverviewView::updateStatus);
    connect(m_snapshot, &OverviewSnapshotPanel::compareInFullRequested, this, &OverviewView::compareSnapshotRequested);
    connect(m_refresh, &QPushButton::clicked, this, &OverviewView::refresh);
    setSession(nullptr);
}

QString OverviewView::viewTitle() const
{
    return tr("Overview");
}

QIcon OverviewView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/overview.svg"));
}

QString OverviewView::viewToolTip() const
{
    return tr("The tenant's consent at a glance: risky apps, pending requests, mailbox access, users' own consents");
}

bool OverviewView::isLoading() const
{
    return m_requestsLoading || m_policiesLoading || (m_apps && m_apps->isLoading()) || m_history->isLoading()
           || m_snapshot->isComparing();
}

void OverviewView::setSession(SessionState* session)
{
    Async::cancel(m_listing);
    Async::cancel(m_policyRead);
    if (m_apps) {
        disconnect(m_apps, nullptr, this, nullptr);
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_apps = session ? session->tenantApps() : nullptr;
    m_requests.reset();
    m_policies.reset();
    m_requestsLoading = false;
    m_policiesLoading = false;
    m_stale = false;
    m_refresh->setEnabled(session != nullptr);
    // Local files (the first-seen history, the catalog of snapshots), read off the GUI thread.
    const QString tenantId = session ? session->account().tenantId : QString();
    readHistory();
    m_snapshot->setTenant(tenantId, m_apps); // compares once the apps are read
    if (!session) {
        clearAll(tr("Sign in to see your tenant's consent at a glance."));
        m_status->clear();
        return;
    }
    clearAll(tr("Reading…"));
    connect(m_apps, &TenantAppsState::started, this, [this] {
        drawApps();
        updateStatus();
    });
    connect(m_apps, &TenantAppsState::progress, this, &OverviewView::updateStatus);
    connect(m_apps, &TenantAppsState::finished, this, [this] {
        drawApps();
        drawMailboxes();
        updateStatus();
        if (!m_session->readOnlyReason().isEmpty()) {
            readHistory(); // a snapshot opened offline records no read (FirstSeenState): its bars' apps are known now
        }
    });
    // Each live read and snapshot is recorded off the GUI thread after it finished: draw the history once it is.
    connect(session->firstSeen(), &FirstSeenState::changed, this, &OverviewView::readHistory);
    connect(session, &SessionState::stale, this, [this](TenantChanges changes) {
        // Grants change the apps and may complete requests; Exchange changes the mailbox scoping.
        if (changes.testAnyFlags(SessionState::GraphChanges)) {
            m_requests.reset();
        }
        if (changes.testAnyFlags(SessionState::ExchangeChanges)) {
            m_policies.reset();
        }
        if (isVisible()) {
            readMissing();
        } else {
            m_stale = true;
        }
    });
    if (m_apps->isLoaded() || m_apps->isLoading()) {
        drawApps();
    }
    readMissing();
}

void OverviewView::showEvent(QShowEvent* event)
{
    ConsoleView::showEvent(event);
    if (m_session && m_stale) {
        m_stale = false;
        readMissing();
    }
}

void OverviewView::changeEvent(QEvent* event)
{
    ConsoleView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_session) {
        drawApps(); // the bars' and rows' colours follow the palette
        drawRequests();
        drawMailboxes();
    }
}

void OverviewView::refresh()
{
    if (!m_session) {
        return;
    }
    m_requests.reset();
    m_policies.reset();
    m_apps->reload(); // the snapshot card compares again when it is read
    readHistory();
    readRequests();
    m_policiesLoading = true;
    Async::cancel(m_policyRead);
    m_policyRead = m_session->accessPolicies()->reload();
    Async::then(m_policyRead, this, [this](const AccessPolicyState::Snapshot& snapshot) {
        m_policiesLoading = false;
        m_policies = snapshot;
        drawMailboxes();
        updateStatus();
    });
    updateStatus();
}

void OverviewView::localFilesChanged()
{
    if (!m_session) {
        return;
    }
    readHistory();
    m_snapshot->refresh();
    updateStatus();
}

void OverviewView::readHistory()
{
    if (!m_session) {
        m_history->setTenant({});
        return;
    }
    // The session's finished read names the bars' apps; while it reads, the bars are counted without them.
    const bool read = m_apps && m_apps->isLoaded() && !m_apps->isLoading();
    m_history->setTenant(m_session->account().tenantId,
                         read ? std::optional<ClaimKeyCollector>(m_apps->claimCollector()) : std::nullopt);
}

void OverviewView::readMissing()
{
    m_apps->ensureLoaded();
    if (!m_requests && !m_requestsLoading) {
        readRequests();
    }
    if (!m_policies && !m_policiesLoading) {
        readPolicies();
    }
    updateStatus();
}

void OverviewView::readRequests()
{
    const CapabilityMap::Capability read = m_session->capability(CapabilityMap::Kind::ReadRequests);
    if (!read.allowed || !m_services.requests) {
        m_ageChart->showMessage(tr("Your role cannot read consent requests. %1").arg(read.reason));
        return;
    }
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    query.statuses = {QStringLiteral("InProgress")};
    m_requestsLoading = true;
    Async::cancel(m_listing);
    m_listing = m_services.requests->list(query);
    Async::then(m_listing, this, [this](const ConsentRequestService::Listing& listing) {
        m_requestsLoading = false;
        m_requests = listing;
        drawRequests();
        updateStatus();
    });
}

void OverviewView::readPolicies()
{
    m_policiesLoading = true;
    Async::cancel(m_policyRead);
    m_policyRead = m_session->accessPolicies()->policies();
    Async::then(m_policyRead, this, [this](const AccessPolicyState::Snapshot& snapshot) {
        m_policiesLoading = false;
        m_policies = snapshot;
        drawMailboxes();
        updateStatus();
    });
}

void OverviewView::clearAll(const QString& message)
{
    for (OverviewBarChart* chart : {m_riskChart, m_tenantWideChart, m_ageChart, m_userConsentChart}) {
        chart->showMessage(message);
    }
    for (OverviewAppList* list : {m_tenantWideList, m_mailboxList, m_userConsentList}) {
        list->setRows({});
    }
    m_ageNote->clear();
    m_mailboxNote->clear();
}

void OverviewView::drawApps()
{
    if (!m_apps || !m_apps->isLoaded()) {
        const QString reading = tr("Reading the tenant's apps…");
        for (OverviewBarChart* chart : {m_riskChart, m_tenantWideChart, m_userConsentChart}) {
            chart->showMessage(reading);
        }
        m_tenantWideList->setRows({});
        m_userConsentList->setRows({});
        return;
    }
    const TenantInventory inventory = m_apps->inventory();
    m_riskChart->setBars(OverviewFigures::riskBars(inventory.apps, Measure::Highest, ConsentOverview::LevelCount));
    m_tenantWideChart->setBars(OverviewFigures::riskBars(inventory.apps, Measure::TenantWide, 2)); // Critical and High
    m_tenantWideList->setRows(OverviewFigures::riskyRows(inventory.apps, Measure::TenantWide));
    m_userConsentChart->setBars(
        OverviewFigures::riskBars(inventory.apps, Measure::UserConsent, ConsentOverview::LevelCount));
    m_userConsentList->setRows(OverviewFigures::riskyRows(inventory.apps, Measure::UserConsent));
}

void OverviewView::drawRequests()
{
    if (!m_requests) {
        return;
    }
    if (m_requests->error) {
        m_ageChart->showMessage(tr("Could not read the consent requests: %1").arg(m_requests->error.summary()));
        m_ageNote->clear();
        return;
    }
    int pending = 0;
    const QList<OverviewBarChart::Bar> bars
        = OverviewFigures::ageBars(m_requests->requests, QDateTime::currentDateTimeUtc(), &pending);
    m_ageChart->setBars(bars);
    m_ageNote->setText(pending == 0 ? tr("No request is waiting for a reviewer.")
                                    : tr("%n request(s) waiting for a reviewer.", nullptr, pending));
}

void OverviewView::drawMailboxes()
{
    if (!m_apps || !m_apps->isLoaded() || !m_policies) {
        m_mailboxList->setRows({});
        m_mailboxNote->setText(tr("Reading the apps and Exchange's access policies…"));
        return;
    }
    if (m_policies->error) {
        m_mailboxList->setRows({});
        m_mailboxNote->setText(ViewStyle::tenantText(
            tr("Exchange Online's access policies could not be read, so which apps reach every mailbox is unknown: "
               "%1")
                .arg(m_policies->error.summary())));
        return;
    }
    const QList<AppSummary> apps = ConsentOverview::reachingEveryMailbox(m_apps->inventory().apps, m_policies->model);
    const QList<OverviewAppList::Row> rows = OverviewFigures::mailboxRows(apps);
    m_mailboxList->setRows(rows);
    m_mailboxNote->setText(rows.isEmpty() ? tr("No app reaches every mailbox.")
                                          : tr("%n app(s) reach every mailbox.", nullptr, int(rows.size())));
}

void OverviewView::updateStatus()
{
    if (!m_session) {
        m_status->clear();
        return;
    }
    if (isLoading()) {
        m_refresh->setEnabled(false);
        m_status->setText(tr("Reading the tenant…"));
        return;
    }
    m_refresh->setEnabled(true);
    const TenantInventory inventory = m_apps->inventory();
    if (inventory.error && inventory.error.kind != GraphError::Kind::Cancelled) {
        m_status->setText(ViewStyle::tenantText(
            tr("Could not read every app, so the numbers may be low: %1").arg(inventory.error.summary())));
        return;
    }
    int holding = 0;
    for (const AppSummary& app : inventory.apps) {
        holding += app.holdsAnything() ? 1 : 0;
    }
    //: %1 is a time of day
    m_status->setText(tr("%n app(s) hold permissions in this tenant. Read at %1.", nullptr, holding)
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}
