#include "RestoreService.h"

#include "AppInventory.h"
#include "GrantInventory.h"
#include "JournalQuery.h"
#include "RestorePlanner.h"
#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "settings/SettingsPlanner.h"
#include "settings/SettingsWrite.h"

#include <algorithm>

namespace {

using Outcome = RestoreService::Outcome;

Outcome refusal(Outcome::Refusal why, const QString& message, const QString& nextStep, const GraphError& error = {})
{
    Outcome outcome;
    outcome.refusal = why;
    outcome.message = message;
    outcome.nextStep = nextStep;
    outcome.error = error;
    return outcome;
}

// The first app that is gone or could not be read in full refuses the restore.
std::optional<Outcome> refusalFor(const QString& clientId, const AppInventory& app)
{
    if (!app.isValid() && (app.error.kind == GraphError::Kind::NotFound || !app.error)) {
        return refusal(Outcome::Refusal::AppGone,
                       RestoreService::tr("The app with service principal %1 is no longer in the tenant, so what it "
                                          "held cannot be put back. Nothing was changed.")
                           .arg(clientId),
                       RestoreService::tr("Restore the other entries on their own."));
    }
    if (!app.isValid() || app.error) {
        // Planning on a partly known state could duplicate a grant or miss one.
        return refusal(Outcome::Refusal::ReadFailed,
                       RestoreService::tr("Could not read what %1 holds now: %2. Nothing was changed.")
                           .arg(app.isValid() ? app.app.displayName : clientId, app.error.summary()),
                       RestoreService::tr("Try again; restoring from a partial read could duplicate a grant."),
                       app.error);
    }
    return std::nullopt;
}

} // namespace

QStringList RestoreService::writeScopes(const WritePlan& plan)
{
    QStringList settingsScopes;
    for (const auto& op : plan.operations) {
        if (SettingsWrite::isSettingsAction(op->action())) {
            settingsScopes += op->powerShellScopes();
        }
    }
    if (!settingsScopes.isEmpty()) {
        settingsScopes.removeDuplicates();
        return settingsScopes;
    }
    if (plan.service != WritePlan::Service::Graph) {
        return {};
    }
    // Re-creating grants and assignments needs the same permissions as removing them; switching an app's sign-in
    // back needs the permission a block needs.
    QStringList scopes = ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::Revoke);
    for (const auto& op : plan.operations) {
        if (op->action().startsWith(QLatin1String("servicePrincipal."))) {
            scopes += ConsentDeskScopes::writeScopesFor(CapabilityMap::Kind::BlockApp);
            break;
        }
    }
    return scopes;
}

QFuture<Outcome>
RestoreService::plan(GrantInventory& inventory, const QList<JournalEntry>& selected, const QList<JournalEntry>& journal)
{
    QList<JournalEntry> entries = selected;
    std::stable_sort(
        entries.begin(), entries.end(), [](const JournalEntry& a, const JournalEntry& b) { return a.time < b.time; });

    // Restored before: re-creating it again would duplicate access the admin already put back.
    const QHash<QString, QString> restored = JournalQuery::restoredBy(journal);
    QList<JournalEntry> open;
    QStringList already;
    int exchange = 0;
    for (const JournalEntry& e : std::as_const(entries)) {
        exchange += ExchangeRestorePlanner::isExchange(e) ? 1 : 0;
        if (restored.contains(e.id)) {
            already.append(tr("%1 (%2): restored already by %3").arg(e.id, e.summary, restored.value(e.id)));
        } else {
            open.append(e);
        }
    }
    if (exchange > 0 && exchange < entries.size()) {
        return Async::ready(refusal(Outcome::Refusal::Mixed,
                                    tr("These entries mix Exchange and Microsoft Graph changes. Nothing was changed."),
                                    tr("Restore them separately: the Exchange entries, then the others.")));
    }
    // Consent settings (workflow, user consent, classifications) are undone from the journal alone.
    const auto settings = std::count_if(entries.cbegin(), entries.cend(), [](const JournalEntry& e) {
        return SettingsWrite::isSettingsAction(e.action);
    });
    if (settings > 0 && settings < entries.size()) {
        return Async::ready(refusal(Outcome::Refusal::Mixed,
                                    tr("These entries mix consent settings with other changes. Nothing was changed."),
                                    tr("Restore them separately: the consent settings, then the others.")));
    }
    if (settings > 0) {
        Outcome outcome;
        outcome.plan = SettingsPlanner::restore(open);
        outcome.plan.refused = already + outcome.plan.refused;
        return Async::ready(outcome);
    }
    if (exchange > 0) {
        ExchangePlan plan = ExchangeRestorePlanner::plan(open);
        plan.refused = already + plan.refused;
        Outcome outcome;
        outcome.plan = WritePlan::from(plan);
        return Async::ready(outcome);
    }

    // Each read continues on its own (one continuation per future); the last one plans.
    struct Reads
    {
        Async::Promise<Outcome> outcome;
        QList<AppInventory> apps;
        QList<AppRoleAssignment> assignedTo;
        qsizetype remaining = 0;
        std::optional<Outcome> refused;
    };
    auto reads = std::make_shared<Reads>();
    const QStringList clients = RestorePlanner::clientIds(open);
    const QStringList resources = RestorePlanner::assignedToIds(open);
    reads->remaining = clients.size() + resources.size();
    auto conclude = [reads, open, already] {
        if (reads->refused) {
            reads->outcome.finish(*reads->refused);
            return;
        }
        RestorePlanner::State state = RestorePlanner::State::from(reads->apps);
        state.assignments.append(reads->assignedTo);
        GrantPlan plan = RestorePlanner::plan(open, state);
        plan.refused = already + plan.refused;
        Outcome outcome;
        outcome.plan = WritePlan::from(plan);
        reads->outcome.finish(outcome);
    };
    const QFuture<Outcome> future = reads->outcome.future();
    if (reads->remaining == 0) {
        conclude();
        return future;
    }
    for (const QString& clientId : clients) {
        // The inventory is the context: when it goes (the session ended) the reads answer nobody and the outcome is
        // cancelled, never a plan made without them.
        inventory.loadApp(ServicePrincipalCache::Key::byId(clientId),
                          &inventory,
                          [reads, conclude, clientId](const AppInventory& app) {
                              if (!reads->refused) {
                                  if (auto refused = refusalFor(clientId, app)) {
                                      reads->refused = refused;
                                  } else {
                                      reads->apps.append(app);
                                  }
                              }
                              if (--reads->remaining == 0) {
                                  conclude();
                              }
                          });
    }
    // Assignments ConsentDesk created for users and groups are found on their resource (the app they were assigned to).
    for (const QString& resourceId : resources) {
        Async::then(inventory.loadAssignedTo(resourceId),
                    &inventory,
                    [reads, conclude, resourceId](const GrantInventory::AssignedTo& answer) {
                        if (!reads->refused && answer.error.isError()) {
                            reads->refused = refusal(
                                Outcome::Refusal::ReadFailed,
                                tr("Could not read the assignments of %1: %2. Nothing was changed.")
                                    .arg(resourceId, answer.error.summary()),
                                tr("Try again; restoring from a partial read could remove the wrong assignment."),
                                answer.error);
                        }
                        reads->assignedTo.append(answer.assignments);
                        if (--reads->remaining == 0) {
                            conclude();
                        }
                    });
    }
    return future;
}
