#include "RedactingSink.h"

#include "Redactor.h"

#include <algorithm>
#include <cstdio>

namespace {

// One message, one line: a line break or control character in a message — a server's error text, a tenant's app
// name — would let whoever wrote it forge log lines (or, on the console sink, drive the terminal). They are written
// as escapes (\n, \r, \xNN for the other C0 controls and DEL, \u{NNNN} for C1, NEL, LS, PS); a tab stays.
std::string oneLine(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        char buffer[16];
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
                   && static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            // C1 controls (U+0080–U+009F, NEL among them) in UTF-8
            std::snprintf(buffer, sizeof buffer, "\\u{%04x}", static_cast<unsigned char>(text[i + 1]));
            out += buffer;
            ++i;
        } else if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && (static_cast<unsigned char>(text[i + 2]) == 0xa8
                       || static_cast<unsigned char>(text[i + 2]) == 0xa9)) {
            // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            std::snprintf(buffer, sizeof buffer, "\\u{%04x}", 0x2000 + static_cast<unsigned char>(text[i + 2]) - 0x80);
            out += buffer;
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

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
    const std::string clean = oneLine(Redactor::scrub(std::string(msg.payload.data(), msg.payload.size())));
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
