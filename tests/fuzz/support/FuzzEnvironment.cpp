#include "FuzzEnvironment.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

int g_argc = 1;
char g_arg0[] = "consentdesk-fuzz";
char* g_argv[] = {g_arg0, nullptr};
std::unique_ptr<QTemporaryDir> g_tempDir;

} // namespace

void FuzzEnvironment::init()
{
    if (QCoreApplication::instance()) {
        return;
    }
    // Leaked on purpose: libFuzzer ends the process with exit(), after which nothing may touch Qt's objects.
    new QCoreApplication(g_argc, g_argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskFuzz"));
    g_tempDir = std::make_unique<QTemporaryDir>();
    if (!g_tempDir->isValid()) {
        std::fprintf(stderr, "fuzz: no temporary directory\n");
        std::abort();
    }
    Log::Options options;
    options.directory = g_tempDir->filePath(QStringLiteral("logs"));
    options.fileName = QStringLiteral("fuzz.log");
    options.level = spdlog::level::critical;
    Log::init(options);
}

QString FuzzEnvironment::tempDir()
{
    init();
    return g_tempDir->path();
}

void FuzzEnvironment::runUntil(const std::function<bool()>& done, int timeoutMs, const char* what)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the blocking processEvents() below, so the deadline is seen even when nothing happens
    tick.start(10);
    while (!done()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "fuzz: hang: %s did not finish within %d ms\n", what, timeoutMs);
            std::abort();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    // Deferred deletes of the finished work (replies, sockets) run now, so each input starts from a clean state.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString FuzzEnvironment::text(const char* data, size_t size)
{
    return QString::fromUtf8(data, qsizetype(size));
}

bool FuzzEnvironment::verbose()
{
    static const bool on = qEnvironmentVariableIsSet("CONSENTDESK_FUZZ_VERBOSE");
    return on;
}
