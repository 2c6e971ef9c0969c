#pragma once

// Lets spdlog/fmt format Qt strings directly: logger->info("user {}", qstring).
#include <QByteArray>
#include <QString>
#include <QUrl>

#include <spdlog/fmt/fmt.h>

#include <string_view>

template<> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename FormatContext> auto format(const QString& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = value.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

template<> struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view>
{
    template<typename FormatContext>
    auto format(const QByteArray& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        return fmt::formatter<std::string_view>::format(std::string_view(value.constData(), size_t(value.size())), ctx);
    }
};

// URLs are logged without their query: queries carry codes, states and user input.
template<> struct fmt::formatter<QUrl> : fmt::formatter<std::string_view>
{
    template<typename FormatContext> auto format(const QUrl& value, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray text
            = value.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(text.constData(), size_t(text.size())), ctx);
    }
};
