#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * One node of a parsed $filter expression.
 *
 *   Or / And        children: two operands
 *   Not             children: one operand
 *   Compare         op: eq ne gt ge lt le; children: two operands (property and literal, either order)
 *   In              children: property, then the literals of the list
 *   Function        op: startswith endswith contains; children: property, literal
 *   Lambda          op: any all; path: the collection; variable; children: the body (none for "any()")
 *   Property        path: segments ("createdBy", "user", "id"); in a lambda body the first may be the variable
 *   Literal         literalType and text (strings unescaped)
 */
struct ODataNode
{
    enum class Kind { Or, And, Not, Compare, In, Function, Lambda, Property, Literal };
    enum class LiteralType { String, Guid, Number, Boolean, Null, DateTime };

    Kind kind = Kind::Literal;
    QString op;
    QStringList path;
    QString variable;
    LiteralType literalType = LiteralType::Null;
    QString text;
    int position = 0; // offset in the $filter text, for messages
    QList<std::shared_ptr<const ODataNode>> children;

    QString pathString() const { return path.join(QLatin1Char('/')); }
};
