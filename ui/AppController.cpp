#include "AppController.h"

#include "MainWindow.h"
#include "auth/KeychainProbe.h"
#include "diagnostics/DiagnosticsView.h"
#include "graph/GraphClient.h"
#include "log/Log.h"

#include <QCommandLineParser>
#include <QIcon>

void AppController::addCommandLineOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("demo"), tr("Start on the built-in demo tenant (no Microsoft account needed).")});
    parser.addOption({QStringLiteral("demo-user"),
                      tr("With --demo: sign in as this demo user without opening a browser."),
                      tr("upn")});
    parser.addOption({QStringLiteral("profile"), tr("Open this tenant profile."), tr("name")});
    parser.addOption({QStringLiteral("verbose"), tr("Also log to the terminal, at debug level.")});
}

AppController::Options AppController::optionsFrom(const QCommandLineParser& parser)
{
    Options options;
    options.demo = parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("demo-user"));
    options.demoUser = parser.value(QStringLiteral("demo-user"));
    options.profile = parser.value(QStringLiteral("profile"));
    return options;
}

AppController::AppController(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
}

AppController::~AppController() = default;

bool AppController::start()
{
    m_graph = new GraphClient(this);
    m_window = std::make_unique<MainWindow>();
    buildViews();
    if (m_options.showWindow) {
        m_window->show();
    }
    return true;
}

void AppController::buildViews()
{
    m_diagnostics = new DiagnosticsView;
    m_diagnostics->setLogDirectory(Log::directory());
    m_diagnostics->setCounters(m_graph->counters());
    auto* probe = new KeychainProbe(this);
    connect(probe, &KeychainProbe::finished, m_diagnostics, [this](bool reachable, const QString& detail) {
        m_diagnostics->setKeychainStatus(reachable ? DiagnosticsView::KeychainState::Reachable
                                                   : DiagnosticsView::KeychainState::Unavailable,
                                         detail);
    });
    auto check = [this, probe] {
        m_diagnostics->setKeychainStatus(DiagnosticsView::KeychainState::Checking);
        probe->start();
    };
    connect(m_diagnostics, &DiagnosticsView::keychainCheckRequested, this, check);
    check();
    m_window->addView(QStringLiteral("diagnostics"),
                      tr("Diagnostics"),
                      QIcon(QStringLiteral(":/icons/diagnostics.svg")),
                      m_diagnostics,
                      tr("Versions, logs, keychain and network counters"));
}
