#pragma once

#include "auth/AccountInfo.h"
#include "report/Table.h"
#include "report/TableWriter.h"

/**
 * The signed-in account as `whoami` and `signin` print it, in one place so both say the same thing.
 *
 * Column keys are a contract for scripts: UserPrincipalName, DisplayName, Id and Roles come first (and keep their
 * meaning: Roles is the sorted, comma-separated role names), new columns are only ever appended.
 *
 * The capability map (what this account may do in ConsentDesk, and why not) depends on the format: a table of its
 * own for people; nested "Capabilities" objects in JSON; one column per capability in CSV (one row stays one row),
 * holding "yes" or "no: <reason>".
 */
class AccountTable
{
public:
    static Table account(const AccountInfo& account, TableWriter::Format format, bool withCapabilities);
    static Table capabilities(const AccountInfo& account);
    static QString rolesText(const AccountInfo& account); // "Global Reader, …", "(none)", or "(unknown)"
};
