#pragma once

#include "LogFormat.h"

#include <QString>

#include <spdlog/logger.h>

#include <memory>

class RedactingSink;

/**
 * One place that sets up logging for every executable: a rotating file under
 * AppLocalDataLocation/logs, optionally stderr, Qt's messages routed in, and every line redacted.
 *
 * Each area has its own logger: Log::get("graph")->warn("…{}…", value).
 */
class Log
{
public:
    struct Options
    {
        QString directory; // empty: QStandardPaths::AppLocalDataLocation + "/logs"
        QString fileName = QStringLiteral("consentdesk.log");
        bool console = false; // also write to stderr (CLI --verbose, sandbox)
        spdlog::level::level_enum level = spdlog::level::info;
        size_t maxFileBytes = 5 * 1024 * 1024;
        size_t maxFiles = 3;
        bool installQtMessageHandler = true;
    };

    static void init(const Options& options);
    static void shutdown();
    static void flush(); // every logger, now (tests, crash paths)

    static std::shared_ptr<spdlog::logger> get(const char* area);
    static QString directory();
    static QString filePath();
    static std::shared_ptr<RedactingSink> rootSink();

    // Quiets noisy or leaky Qt categories (qt.networkauth logs the authorize URL at debug level).
    static void applyQtFilterRules();
};
