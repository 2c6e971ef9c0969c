#pragma once

#include <QString>
#include <QStringList>

/**
 * Names an attacker can give an app, publisher, group, user or reason, for the tests that run them through every
 * generator and printer. Each carries the marker payload "Start-Process calc.exe" (or a terminal escape), so a
 * test can tell whether it escaped from where it was put.
 */
namespace HostileText {

inline const QString Payload = QStringLiteral("Start-Process calc.exe");

// name -> the hostile string (the name says which trick it tries)
QList<QPair<QString, QString>> powerShellNames();
QList<QPair<QString, QString>> terminalNames();
// Markup that Qt would render as rich text if a widget, tooltip or notification took it for HTML.
QList<QPair<QString, QString>> markupNames();

// Characters a terminal acts on, line breaks excepted: C0 (but \t \n), DEL, C1, U+2028/U+2029, bidi controls.
bool hasTerminalControl(const QString& text, QString* which = nullptr);

} // namespace HostileText
