// consentdesk-sandbox: the emulated tenant (Entra sign-in, Microsoft Graph) on 127.0.0.1, for the demo, tests and
// benchmarks. Contract (docs/architecture.md): the first stdout line is "listening on http://127.0.0.1:PORT"; serves
// until SIGTERM/SIGINT, then exits cleanly.
#include "ConsentDeskVersion.h"
#include "log/Log.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace
#endif

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The emulated Entra ID / Microsoft Graph tenant of ConsentDesk, on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxOptions::addOptions(parser);
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Log every request to stderr.")});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "consentdesk-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("consentdesk-sandbox %s\n", CONSENTDESK_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr,
                     "consentdesk-sandbox: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    QString error;
    const auto options = SandboxOptions::fromParser(parser, &error);
    if (!options) {
        std::fprintf(stderr, "consentdesk-sandbox: %s\n", qPrintable(error));
        return 2;
    }

    Log::Options logOptions;
    logOptions.fileName = QStringLiteral("consentdesk-sandbox.log");
    logOptions.console = true; // stderr: stdout carries only the contract line
    logOptions.level = parser.isSet(QStringLiteral("verbose")) ? spdlog::level::debug : spdlog::level::info;
    Log::init(logOptions);

#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif

    int status = 0;
    {
        SandboxServer server(*options);
        const quint16 port = server.start(&error);
        if (port == 0) {
            std::fprintf(stderr, "consentdesk-sandbox: %s\n", qPrintable(error));
            Log::shutdown();
            return 1;
        }
        std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
        std::fflush(stdout);
        status = app.exec();
        Log::get("sandbox")->info("shutting down");
    }
    Log::shutdown();
    return status;
}
