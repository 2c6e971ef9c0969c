#pragma once

#include "JournalWriter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * One tenant write as the journal keeps it: what was about to be done, by whom, to what, with the full prior
 * state so it can be undone — and, once known, how it ended.
 *
 * Written before the request is sent ("intent"); the outcome is appended when the response arrives, or settled
 * later by reading the tenant when the process died in between.
 */
struct JournalEntry
{
    enum class Outcome { Pending, Succeeded, Failed, NotApplied };

    QString id; // UUID of the entry
    QDateTime time; // UTC, when the intent was recorded
    QString tenantId;
    QString actor; // the signed-in admin's UPN
    QString actorId; // their object id
    QString action; // e.g. "grant.create", "grant.updateScope", "grant.delete", "appRoleAssignment.delete"
    QString summary; // one line for people: "Remove Mail.Send from Litware Outreach → Microsoft Graph"
    QString operationId; // entries of one admin action share it (a bulk revoke, a grant with several writes)
    QString restoresEntryId; // set when this write restores what another entry removed
    QString resendsEntryId; // set when this write is sent again: the answer to that entry was lost and it was not made
    QJsonObject target; // identifiers of what is written: {clientId, resourceId, principalId, grantId, …}
    QJsonObject prior; // the full object(s) before the write; empty for creations
    QJsonObject request; // {method, path, body} as sent (never a token or header)
    QString clientRequestId;
    JournalWriter writer; // the process that recorded the intent (filled by Journal::recordIntent)

    // Outcome (appended later).
    Outcome outcome = Outcome::Pending;
    QDateTime outcomeTime;
    int httpStatus = 0;
    QJsonObject result; // the object Graph returned (e.g. a created grant with its new id)
    QString error; // Graph error code and message, when it failed
    QString settledBy; // "response" or "startup-check"

    bool isPending() const { return outcome == Outcome::Pending; }

    QJsonObject intentJson() const;
    QJsonObject outcomeJson() const;
    static std::optional<JournalEntry> fromIntentJson(const QJsonObject& object);
    bool applyOutcomeJson(const QJsonObject& object);

    static QString outcomeKey(Outcome outcome);
    static Outcome outcomeFromKey(const QString& key);
};
