#include "Log.h"

#include "RedactingSink.h"
#include "Redactor.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace {

std::mutex g_mutex;
std::shared_ptr<RedactingSink> g_root;
QString g_directory;
QString g_filePath;
spdlog::level::level_enum g_level = spdlog::level::info;

std::shared_ptr<RedactingSink> rootLocked()
{
    if (!g_root) {
        // Before init (or in tools that never call it): warnings and errors to stderr, still redacted.
        g_root = std::make_shared<RedactingSink>();
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(spdlog::level::warn);
        g_root->addSink(err);
    }
    return g_root;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = Log::get("qt");
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const QString text = category == QLatin1String("default") ? message : category + QStringLiteral(": ") + message;
    switch (type) {
    case QtDebugMsg:
        logger->debug("{}", text);
        break;
    case QtInfoMsg:
        logger->info("{}", text);
        break;
    case QtWarningMsg:
        logger->warn("{}", text);
        break;
    case QtCriticalMsg:
        logger->error("{}", text);
        break;
    case QtFatalMsg:
        logger->critical("{}", text);
        logger->flush();
        break;
    }
}

} // namespace

void Log::init(const Options& options)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_directory = options.directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs")
                      : options.directory;
    QDir().mkpath(g_directory);
    // Logs are the admin's own: owner-only, like the journal.
    QFile::setPermissions(g_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    g_filePath = QDir(g_directory).filePath(options.fileName);
    g_level = options.level;

    auto root = std::make_shared<RedactingSink>();
    try {
#ifdef _WIN32
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            g_filePath.toStdString(), options.maxFileBytes, options.maxFiles);
#else
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(g_filePath).toStdString(), options.maxFileBytes, options.maxFiles);
#endif
        file->set_level(spdlog::level::trace);
        root->addSink(file);
        QFile::setPermissions(g_filePath, QFile::ReadOwner | QFile::WriteOwner);
    } catch (const spdlog::spdlog_ex& e) {
        std::fprintf(stderr, "consentdesk: cannot open log file %s: %s\n", qPrintable(g_filePath), e.what());
    }
    if (options.console) {
        auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        err->set_level(options.level);
        root->addSink(err);
    }
    root->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");
    g_root = root;

    // Loggers created before init point at the old root; re-point them all.
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& logger) {
        logger->sinks().clear();
        logger->sinks().push_back(g_root);
        logger->set_level(g_level);
    });
    spdlog::flush_on(spdlog::level::warn);

    if (options.installQtMessageHandler) {
        qInstallMessageHandler(qtMessageHandler);
    }
    applyQtFilterRules();
}

void Log::shutdown()
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->flush(); });
    }
    qInstallMessageHandler(nullptr);
    spdlog::drop_all();
    std::lock_guard<std::mutex> lock(g_mutex);
    g_root.reset();
}

void Log::flush()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->flush(); });
}

std::shared_ptr<spdlog::logger> Log::get(const char* area)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (auto existing = spdlog::get(area)) {
        return existing;
    }
    auto logger = std::make_shared<spdlog::logger>(area, rootLocked());
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

QString Log::directory()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_directory;
}

QString Log::filePath()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_filePath;
}

std::shared_ptr<RedactingSink> Log::rootSink()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return rootLocked();
}

void Log::applyQtFilterRules()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth*.debug=false\n"
                                                    "qt.networkauth*.info=false\n"
                                                    "qt.network.ssl.warning=true"));
}
