#pragma once

#include <QByteArray>
#include <QString>

/**
 * Checks harnesses share, on text ConsentDesk generates from tenant data. Each aborts with a message naming the rule
 * and the offending part when it does not hold, so libFuzzer keeps the input.
 */
class FuzzOracles
{
public:
    // Generated PowerShell (Graph and Exchange): one comment or "cmdlet -Param value …" command a line, literals
    // closed, no control or line-break character (tests/support/PowerShellShape). So no tenant text can start a
    // command of its own.
    static void checkPowerShell(const QString& script, const char* where);
    // RFC 4180 CSV: no cell after the header row starts with = + - @ (Excel would run it as a formula).
    static void checkCsv(const QByteArray& csv, const char* where);
    [[noreturn]] static void fail(const char* what, const QString& detail);
};
