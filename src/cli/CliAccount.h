#pragma once

#include "auth/AccountInfo.h"
#include "auth/CapabilityMap.h"
#include "pipeline/Actor.h"

#include <QObject>

#include <functional>
#include <optional>

class CliContext;

/**
 * Who is acting in this command, for the journal (Actor) and for role checks and planner warnings (capabilities):
 * the stored sign-in's account, else /me (WhoAmI) for an environment token. Asked once; not finding out is not fatal
 * — the changes are journaled without a name and the role check is left to the service.
 */
class CliAccount : public QObject
{
    Q_OBJECT

public:
    explicit CliAccount(CliContext& context, QObject* parent = nullptr);

    // then() runs once the account is known or could not be found out (at once when that was settled before).
    void load(std::function<void()> then);
    const std::optional<AccountInfo>& account() const { return m_account; }
    // The account's capabilities when its roles are known, for GrantPlanner's warnings and role checks; else null.
    const CapabilityMap* capabilities() const;
    Actor actor() const;
    // The tenant in words for a prompt: its default domain when known, else what the command was given.
    QString tenantLabel() const;

private:
    CliContext& m_context;
    std::optional<AccountInfo> m_account;
    CapabilityMap m_capabilities;
    bool m_asked = false;
};
