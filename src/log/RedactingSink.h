#pragma once

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>
#include <vector>

/**
 * A spdlog sink that scrubs every message with Redactor and then forwards it to its child sinks.
 * All real sinks (file, console, the diagnostics view) sit behind it, so nothing reaches them unredacted.
 */
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
    void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;
    void set_pattern_(const std::string& pattern) override;
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override;

private:
    std::vector<std::shared_ptr<spdlog::sinks::sink>> m_sinks;
};
