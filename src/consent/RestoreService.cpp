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

    // Every read is sent at once (the apps, then the resources' assignments) and gathered with Async::all, continued
    // on the inventory: when it goes (the session ended) the reads answer nobody and the outcome is cancelled, never a
    // plan made without them.
    const QStringList clients = RestorePlanner::clientIds(open);
    const QStringList resources = RestorePlanner::assignedToIds(open);
    QList<QFuture<AppInventory>> appReads;
    for (const QString& clientId : clients) {
        appReads.append(inventory.loadApp(ServicePrincipalCache::Key::byId(clientId)));
    }
    // Assignments ConsentDesk created for users and groups are found on their resource (the app they were assigned to).
    QList<QFuture<GrantInventory::AssignedTo>> assignedToReads;
    for (const QString& resourceId : resources) {
        assignedToReads.append(inventory.loadAssignedTo(resourceId));
    }
    const Async::Promise<Outcome> promise;
    Async::then(
        Async::all(appReads),
        &inventory,
        [promise, open, already, clients, resources, assignedToReads, inventory = &inventory](
            const QList<AppInventory>& apps) {
            if (apps.size() != clients.size()) {
                return; // a read gone unanswered: nothing is planned on half the apps
            }
            Async::then(
                Async::all(assignedToReads),
                inventory,
                [promise, open, already, clients, resources, apps](const QList<GrantInventory::AssignedTo>& answers) {
                    if (answers.size() != resources.size()) {
                        return; // the same for the assignments
                    }
                    // The first app that is gone or could not be read in full refuses the restore, then the first
                    // resource whose assignments could not be read.
                    for (qsizetype i = 0; i < apps.size(); ++i) {
                        if (auto refused = refusalFor(clients.at(i), apps.at(i))) {
                            promise.finish(*refused);
                            return;
                        }
                    }
                    RestorePlanner::State state = RestorePlanner::State::from(apps);
                    for (qsizetype i = 0; i < answers.size(); ++i) {
                        const GrantInventory::AssignedTo& answer = answers.at(i);
                        if (answer.error.isError()) {
                            promise.finish(refusal(
                                Outcome::Refusal::ReadFailed,
                                tr("Could not read the assignments of %1: %2. Nothing was changed.")
                                    .arg(resources.at(i), answer.error.summary()),
                                tr("Try again; restoring from a partial read could remove the wrong assignment."),
                                answer.error));
                            return;
                        }
                        state.assignments.append(answer.assignments);
                    }
                    GrantPlan plan = RestorePlanner::plan(open, state);
                    plan.refused = already + plan.refused;
                    Outcome outcome;
                    outcome.plan = WritePlan::from(plan);
                    promise.finish(outcome);
                });
        });
    return promise.future();
}
