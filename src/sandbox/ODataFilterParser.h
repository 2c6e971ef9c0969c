#pragma once

#include "ODataNode.h"

#include <QString>

#include <memory>

/**
 * Parses the $filter subset Graph serves for directory and consent objects:
 * eq ne gt ge lt le, and or not, parentheses, in (…), startswith/endswith/contains(prop,'x'), any/all lambdas
 * (userConsentRequests/any(u:u/status eq 'InProgress'), groupTypes/any(c:c eq 'Unified')), and the literals
 * 'string' (with '' escapes), true, false, null, numbers, unquoted GUIDs and unquoted ISO date-times.
 * Keywords are case-insensitive. Type checking against an entity is ODataEvaluator's job.
 */
class ODataFilterParser
{
public:
    // nullptr and *error ("Syntax error at position 12 in '…'.") on failure.
    static std::shared_ptr<const ODataNode> parse(const QString& filter, QString* error);

private:
    struct Token
    {
        enum class Type { End, Identifier, String, Guid, Number, DateTime, LParen, RParen, Comma, Slash, Colon };
        Type type = Type::End;
        QString text;
        int position = 0;
    };

    explicit ODataFilterParser(const QString& text);

    bool tokenize();
    const Token& peek(int ahead = 0) const;
    Token next();
    bool isKeyword(const Token& token, const char* keyword) const;
    bool fail(int position);

    std::shared_ptr<ODataNode> parseOr();
    std::shared_ptr<ODataNode> parseAnd();
    std::shared_ptr<ODataNode> parseUnary();
    std::shared_ptr<ODataNode> parsePrimary();
    std::shared_ptr<ODataNode> parseOperand();
    std::shared_ptr<ODataNode> parseLiteral();
    std::shared_ptr<ODataNode> parsePathOrLambda();

    QString m_text;
    QList<Token> m_tokens;
    int m_index = 0;
    int m_errorPosition = -1;
};
