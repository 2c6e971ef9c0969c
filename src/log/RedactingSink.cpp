#include "RedactingSink.h"

#include "Redactor.h"

#include <algorithm>

void RedactingSink::addSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    std::lock_guard<std::mutex> lock(mutex_);
    m_sinks.push_back(std::move(sink));
}

void RedactingSink::removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    std::lock_guard<std::mutex> lock(mutex_);
    m_sinks.erase(std::remove(m_sinks.begin(), m_sinks.end(), sink), m_sinks.end());
}

void RedactingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    const std::string clean = Redactor::scrub(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg scrubbed(msg.time, msg.source, msg.logger_name, msg.level, clean);
    scrubbed.thread_id = msg.thread_id;
    for (auto& sink : m_sinks) {
        if (sink->should_log(scrubbed.level)) {
            sink->log(scrubbed);
        }
    }
}

void RedactingSink::flush_()
{
    for (auto& sink : m_sinks) {
        sink->flush();
    }
}

void RedactingSink::set_pattern_(const std::string& pattern)
{
    for (auto& sink : m_sinks) {
        sink->set_pattern(pattern);
    }
}

void RedactingSink::set_formatter_(std::unique_ptr<spdlog::formatter> formatter)
{
    for (auto& sink : m_sinks) {
        sink->set_formatter(formatter->clone());
    }
}
