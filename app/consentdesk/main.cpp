// consentdesk: the GUI. A thin main(): options, logging, then the application controller in ui/ with the demo tenant
// app/ provides (the ui library does not link the emulator).
#include "AppController.h"
#include "ConsentDeskVersion.h"
#include "MainWindow.h"
#include "SandboxDemoTenant.h"
#include "common/FirstPaintProbe.h"
#include "common/Preferences.h"
#include "common/TranslationLoader.h"
#include "log/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstring>

namespace {

const QCommandLineOption quitAfterStartOption(QStringLiteral("quit-after-start"));

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop admin console for Microsoft 365 / Entra ID application consent."));
    parser.addHelpOption();
    parser.addVersionOption();
    AppController::addCommandLineOptions(parser);
    // Packaging smoke tests: prove that the installed app starts and shows its window, then leave with 0.
    QCommandLineOption quitAfterStart = quitAfterStartOption;
    quitAfterStart.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStart);
}

// Quits once the main window is on screen (exit 0, its title on stdout), or after 60 s without it (exit 1).
void quitWhenShown(QApplication& app, const AppController& controller)
{
    auto* poll = new QTimer(&app);
    auto* deadline = new QTimer(&app);
    deadline->setSingleShot(true);
    QObject::connect(poll, &QTimer::timeout, &app, [&app, &controller] {
        QWidget* window = controller.mainWindow();
        if (window && window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed()) {
            std::printf("consentdesk: window shown: %s\n", qUtf8Printable(window->windowTitle()));
            std::fflush(stdout);
            app.exit(0);
        }
    });
    QObject::connect(deadline, &QTimer::timeout, &app, [&app] {
        std::fprintf(stderr, "consentdesk: the main window was not shown within 60 seconds\n");
        app.exit(1);
    });
    poll->start(50);
    deadline->start(60000);
}

// --snapshot FILE: refused with the reason (nothing half-loaded), or served read-only as the in-process tenant.
bool openSnapshot(AppController::Options& options)
{
    QString error;
    if (SandboxDemoTenant::openSnapshot(options, &error)) {
        return true;
    }
    QMessageBox::critical(nullptr,
                          QCoreApplication::translate("main", "Cannot open the snapshot"),
                          QCoreApplication::translate("main",
                                                      "%1 cannot be opened: %2\n\nNothing was loaded. Open a "
                                                      "complete snapshot file written by ConsentDesk.")
                              .arg(options.snapshotFile, error));
    Log::get("app")->error("snapshot refused: {}", error);
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // --version and --help must work without a display (packaging generates the man page from --help at build
    // time), so they are answered before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("consentdesk %s\n", CONSENTDESK_VERSION);
            return 0;
        }
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "-?") == 0) {
            QCoreApplication::setApplicationName(QStringLiteral("consentdesk"));
            QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
            // The usage line names the program, not the path it was started from (the man page is made from it).
            int helpArgc = 2;
            char program[] = "consentdesk";
            char help[] = "--help";
            char* helpArgv[] = {program, help, nullptr};
            QCoreApplication core(helpArgc, helpArgv);
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(core); // prints the help and exits
            return 0;
        }
    }

    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONSENTDESK_APP_ID));

    QApplication app(argc, argv);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    Log::Options logOptions;
    logOptions.console = parser.isSet(QStringLiteral("verbose"));
    logOptions.level = parser.isSet(QStringLiteral("verbose")) ? spdlog::level::debug : spdlog::level::info;
    Log::init(logOptions);
    Log::get("app")->info(
        "ConsentDesk {} starting (Qt {})", QStringLiteral(CONSENTDESK_VERSION), QString::fromLatin1(qVersion()));

    // The admin's language (Preferences), else the system's; before any window exists.
    TranslationLoader::install(Preferences::language());

    FirstPaintProbe::install(); // scripts/bench: start-up to the first painted window
    AppController::Options options = AppController::optionsFrom(parser);
    options.demoTenant = SandboxDemoTenant::factory();
    if (!options.snapshotFile.isEmpty() && !openSnapshot(options)) {
        Log::shutdown();
        return 1;
    }
    AppController controller(options);
    if (!controller.start()) {
        Log::shutdown();
        return 1;
    }
    if (parser.isSet(quitAfterStartOption)) {
        quitWhenShown(app, controller);
    }
    const int rc = app.exec();
    Log::get("app")->info("ConsentDesk exiting ({})", rc);
    Log::shutdown();
    return rc;
}
