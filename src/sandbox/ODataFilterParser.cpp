#include "ODataFilterParser.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& guidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\G[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression& dateTimePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\G\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression& numberPattern()
{
    static const QRegularExpression re(QStringLiteral("\\G-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression& identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("\\G[A-Za-z_$@][A-Za-z0-9_.]*"));
    return re;
}

std::shared_ptr<ODataNode> node(ODataNode::Kind kind, int position)
{
    auto n = std::make_shared<ODataNode>();
    n->kind = kind;
    n->position = position;
    return n;
}

} // namespace

ODataFilterParser::ODataFilterParser(const QString& text)
    : m_text(text)
{
}

std::shared_ptr<const ODataNode> ODataFilterParser::parse(const QString& filter, QString* error)
{
    ODataFilterParser parser(filter);
    std::shared_ptr<ODataNode> root;
    if (parser.tokenize()) {
        root = parser.parseOr();
        if (root && parser.peek().type != Token::Type::End) {
            parser.fail(parser.peek().position);
            root.reset();
        }
    }
    if (!root) {
        if (error) {
            const int position = parser.m_errorPosition < 0 ? int(filter.size()) : parser.m_errorPosition;
            *error = QStringLiteral("Syntax error at position %1 in '%2'.").arg(position).arg(filter);
        }
        return nullptr;
    }
    return root;
}

bool ODataFilterParser::fail(int position)
{
    if (m_errorPosition < 0) {
        m_errorPosition = position;
    }
    return false;
}

bool ODataFilterParser::tokenize()
{
    int i = 0;
    const int n = int(m_text.size());
    while (i < n) {
        const QChar c = m_text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        switch (c.unicode()) {
        case '(':
            token.type = Token::Type::LParen;
            ++i;
            break;
        case ')':
            token.type = Token::Type::RParen;
            ++i;
            break;
        case ',':
            token.type = Token::Type::Comma;
            ++i;
            break;
        case '/':
            token.type = Token::Type::Slash;
            ++i;
            break;
        case ':':
            token.type = Token::Type::Colon;
            ++i;
            break;
        case '\'': {
            // 'it''s' — a doubled quote is a quote.
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (m_text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += m_text.at(i);
                ++i;
            }
            if (!closed) {
                return fail(token.position);
            }
            token.type = Token::Type::String;
            token.text = value;
            break;
        }
        default: {
            QRegularExpressionMatch match = guidPattern().match(m_text, i);
            if (match.hasMatch()) {
                token.type = Token::Type::Guid;
            } else if ((match = dateTimePattern().match(m_text, i)).hasMatch()) {
                token.type = Token::Type::DateTime;
            } else if ((match = numberPattern().match(m_text, i)).hasMatch()) {
                token.type = Token::Type::Number;
            } else if ((match = identifierPattern().match(m_text, i)).hasMatch()) {
                token.type = Token::Type::Identifier;
            } else {
                return fail(i);
            }
            token.text = match.captured(0);
            i += int(match.capturedLength(0));
            break;
        }
        }
        m_tokens.append(token);
    }
    Token end;
    end.position = n;
    m_tokens.append(end);
    return true;
}

const ODataFilterParser::Token& ODataFilterParser::peek(int ahead) const
{
    const int index = qMin(m_index + ahead, int(m_tokens.size()) - 1);
    return m_tokens.at(index);
}

ODataFilterParser::Token ODataFilterParser::next()
{
    const Token token = peek();
    if (m_index < m_tokens.size() - 1) {
        ++m_index;
    }
    return token;
}

bool ODataFilterParser::isKeyword(const Token& token, const char* keyword) const
{
    return token.type == Token::Type::Identifier
           && token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

std::shared_ptr<ODataNode> ODataFilterParser::parseOr()
{
    auto left = parseAnd();
    while (left && isKeyword(peek(), "or")) {
        const Token op = next();
        auto right = parseAnd();
        if (!right) {
            return nullptr;
        }
        auto n = node(ODataNode::Kind::Or, op.position);
        n->children = {left, right};
        left = n;
    }
    return left;
}

std::shared_ptr<ODataNode> ODataFilterParser::parseAnd()
{
    auto left = parseUnary();
    while (left && isKeyword(peek(), "and")) {
        const Token op = next();
        auto right = parseUnary();
        if (!right) {
            return nullptr;
        }
        auto n = node(ODataNode::Kind::And, op.position);
        n->children = {left, right};
        left = n;
    }
    return left;
}

std::shared_ptr<ODataNode> ODataFilterParser::parseUnary()
{
    if (isKeyword(peek(), "not")) {
        const Token op = next();
        auto operand = parseUnary();
        if (!operand) {
            return nullptr;
        }
        auto n = node(ODataNode::Kind::Not, op.position);
        n->children = {operand};
        return n;
    }
    return parsePrimary();
}

std::shared_ptr<ODataNode> ODataFilterParser::parsePrimary()
{
    if (peek().type == Token::Type::LParen) {
        next();
        auto inner = parseOr();
        if (!inner) {
            return nullptr;
        }
        if (peek().type != Token::Type::RParen) {
            fail(peek().position);
            return nullptr;
        }
        next();
        return inner;
    }

    const Token start = peek();
    // Functions are boolean on their own: startswith(displayName,'a').
    if (start.type == Token::Type::Identifier && peek(1).type == Token::Type::LParen) {
        const QString name = start.text.toLower();
        if (name != QLatin1String("startswith") && name != QLatin1String("endswith")
            && name != QLatin1String("contains")) {
            fail(start.position);
            return nullptr;
        }
        next();
        next();
        auto first = parseOperand();
        if (!first || peek().type != Token::Type::Comma) {
            fail(peek().position);
            return nullptr;
        }
        next();
        auto second = parseOperand();
        if (!second || peek().type != Token::Type::RParen) {
            fail(peek().position);
            return nullptr;
        }
        next();
        auto n = node(ODataNode::Kind::Function, start.position);
        n->op = name;
        n->children = {first, second};
        // "startswith(x,'a') eq true" is accepted as the function itself.
        if (isKeyword(peek(), "eq") && (isKeyword(peek(1), "true") || isKeyword(peek(1), "false"))) {
            next();
            const bool negate = isKeyword(next(), "false");
            if (negate) {
                auto notNode = node(ODataNode::Kind::Not, start.position);
                notNode->children = {n};
                return notNode;
            }
        }
        return n;
    }

    auto left = parseOperand();
    if (!left) {
        return nullptr;
    }
    if (left->kind == ODataNode::Kind::Lambda) {
        return left;
    }
    const Token op = peek();
    static const QStringList comparisons {QStringLiteral("eq"),
                                          QStringLiteral("ne"),
                                          QStringLiteral("gt"),
                                          QStringLiteral("ge"),
                                          QStringLiteral("lt"),
                                          QStringLiteral("le")};
    if (op.type == Token::Type::Identifier && comparisons.contains(op.text.toLower())) {
        next();
        auto right = parseOperand();
        if (!right || right->kind == ODataNode::Kind::Lambda) {
            fail(peek().position);
            return nullptr;
        }
        auto n = node(ODataNode::Kind::Compare, op.position);
        n->op = op.text.toLower();
        n->children = {left, right};
        return n;
    }
    if (isKeyword(op, "in")) {
        next();
        if (peek().type != Token::Type::LParen) {
            fail(peek().position);
            return nullptr;
        }
        next();
        auto n = node(ODataNode::Kind::In, op.position);
        n->children.append(left);
        while (true) {
            auto literal = parseLiteral();
            if (!literal) {
                fail(peek().position);
                return nullptr;
            }
            n->children.append(literal);
            if (peek().type == Token::Type::Comma) {
                next();
                continue;
            }
            if (peek().type == Token::Type::RParen) {
                next();
                break;
            }
            fail(peek().position);
            return nullptr;
        }
        return n;
    }
    fail(op.position);
    return nullptr;
}

std::shared_ptr<ODataNode> ODataFilterParser::parseOperand()
{
    const Token& token = peek();
    if (token.type == Token::Type::Identifier && !isKeyword(token, "true") && !isKeyword(token, "false")
        && !isKeyword(token, "null")) {
        return parsePathOrLambda();
    }
    auto literal = parseLiteral();
    if (!literal) {
        fail(token.position);
    }
    return literal;
}

std::shared_ptr<ODataNode> ODataFilterParser::parseLiteral()
{
    const Token token = peek();
    auto n = node(ODataNode::Kind::Literal, token.position);
    switch (token.type) {
    case Token::Type::String:
        n->literalType = ODataNode::LiteralType::String;
        break;
    case Token::Type::Guid:
        n->literalType = ODataNode::LiteralType::Guid;
        break;
    case Token::Type::Number:
        n->literalType = ODataNode::LiteralType::Number;
        break;
    case Token::Type::DateTime:
        n->literalType = ODataNode::LiteralType::DateTime;
        break;
    case Token::Type::Identifier:
        if (isKeyword(token, "true") || isKeyword(token, "false")) {
            n->literalType = ODataNode::LiteralType::Boolean;
        } else if (isKeyword(token, "null")) {
            n->literalType = ODataNode::LiteralType::Null;
        } else {
            return nullptr;
        }
        break;
    default:
        return nullptr;
    }
    n->text = token.type == Token::Type::Identifier ? token.text.toLower() : token.text;
    next();
    return n;
}

std::shared_ptr<ODataNode> ODataFilterParser::parsePathOrLambda()
{
    const Token first = next();
    auto path = node(ODataNode::Kind::Property, first.position);
    path->path.append(first.text);
    while (peek().type == Token::Type::Slash) {
        next();
        const Token segment = peek();
        if (segment.type != Token::Type::Identifier) {
            fail(segment.position);
            return nullptr;
        }
        next();
        const bool lambda
            = (isKeyword(segment, "any") || isKeyword(segment, "all")) && peek().type == Token::Type::LParen;
        if (!lambda) {
            path->path.append(segment.text);
            continue;
        }
        next(); // (
        auto n = node(ODataNode::Kind::Lambda, segment.position);
        n->op = segment.text.toLower();
        n->path = path->path;
        if (peek().type == Token::Type::RParen && n->op == QLatin1String("any")) {
            next(); // any() — "the collection is not empty"
            return n;
        }
        const Token variable = next();
        if (variable.type != Token::Type::Identifier || peek().type != Token::Type::Colon) {
            fail(variable.position);
            return nullptr;
        }
        next(); // :
        auto body = parseOr();
        if (!body || peek().type != Token::Type::RParen) {
            fail(peek().position);
            return nullptr;
        }
        next();
        n->variable = variable.text;
        n->children = {body};
        return n;
    }
    return path;
}
