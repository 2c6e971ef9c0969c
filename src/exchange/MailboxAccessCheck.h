#pragma once

#include "exchange/AccessDecision.h"
#include "exchange/AccessPolicyTestResult.h"
#include "exchange/ExchangeRecipient.h"
#include "graph/GraphError.h"
#include "report/Table.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * One app × mailbox, answered twice: by the local evaluator (from the directory: which policy, which group path,
 * which rule) and by Exchange itself (Test-ApplicationAccessPolicy). The two are shown side by side and a
 * disagreement is explained, because it is exactly the surprising result an admin needs to understand: a change
 * Exchange has not picked up yet, a scope that is not a mail-enabled security group, a scope that is gone.
 */
struct MailboxAccessCheck
{
    enum class Agreement {
        Agree,
        Disagree,
        ExchangeNotAsked, // local answer only
        ExchangeFailed, // the Test cmdlet failed: exchangeError says why
    };

    QString appId;
    QString appDisplayName;
    QString query; // what was asked for (UPN, address or id), as typed
    ExchangeRecipient mailbox; // as Get-Mailbox returned it (empty when it was not found)
    AccessDecision local;
    bool exchangeAsked = false;
    AccessPolicyTestResult exchange;
    GraphError exchangeError;

    // Inside one of the app's policy scopes (at any depth), by the directory.
    bool isMember() const;
    bool hasMailbox() const { return !mailbox.externalDirectoryObjectId.isEmpty() || !mailbox.guid.isEmpty(); }
    QString mailboxLabel() const; // the address, else the name, else the query
    Agreement agreement() const;
    static QString agreementName(Agreement agreement); // "agree" | "disagree" | "notAsked" | "exchangeFailed"
    QString exchangeResultText() const; // "Granted" | "Denied" | "Not asked" | "Failed: …"
    // Why the two answers differ, for people (empty when they agree).
    QString disagreementReason() const;
    QJsonObject toJson() const;

    // The test matrix as a table (CLI output, the view's export): one row per check.
    static Table toTable(const QList<MailboxAccessCheck>& checks);
};
