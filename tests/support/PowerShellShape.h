#pragma once

#include <QString>
#include <QStringList>

/**
 * Reads generated PowerShell the way PowerShell's tokenizer would and says where it is not what ConsentDesk means
 * to generate: a line break other than LF (PowerShell also ends lines and comments at CR, and editors at NEL,
 * U+2028, U+2029), a control character, a block-comment delimiter, a string that does not close, or a command
 * line that is more than "cmdlet -Param value …" once its single-quoted literals (any of PowerShell's five single
 * quote characters, doubled inside) are taken out. Independent of the product's sanitiser on purpose.
 */
namespace PowerShellShape {

// Problems of a script (one command or comment a line; "PS> " before a command is allowed). Empty: well-formed.
QStringList problems(const QString& script);

} // namespace PowerShellShape
