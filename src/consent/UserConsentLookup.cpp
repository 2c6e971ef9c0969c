#include "UserConsentLookup.h"

#include "directory/MailboxPermissions.h"

#include "AppInventory.h"
#include "MailboxScopeProvider.h"
#include "async/Async.h"
#include "directory/AppRoleAssignment.h"
#include "directory/PermissionGrant.h"
#include "directory/PermissionResolver.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "risk/RiskCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <memory>

struct UserConsentLookup::Run
{
    UserConsentView view;
    QString userKey;
    QList<PermissionGrant> userGrants;
    QList<PermissionGrant> tenantGrants;
    QList<AppRoleAssignment> assignments; // user's, deduplicated by id
    QSet<QString> assignmentIds;
    QList<AppRoleAssignment> mailboxAssignments; // SPs holding mailbox roles
    QHash<QString, ServicePrincipal> principals; // SPs by id
    Async::Promise<UserConsentView> promise;

    void finish() { promise.finish(view); }

    void fail(const GraphError& error)
    {
        if (!view.error.isError()) {
            view.error = error;
        }
    }
    void addAssignment(const AppRoleAssignment& a)
    {
        if (!assignmentIds.contains(a.id)) {
            assignmentIds.insert(a.id);
            assignments.append(a);
        }
    }
};

UserConsentLookup::UserConsentLookup(GraphClient* client, ServicePrincipalCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    qRegisterMetaType<UserConsentView>();
}

void UserConsentLookup::setRiskCatalog(const RiskCatalog* catalog)
{
    m_catalog = catalog;
}

const RiskCatalog& UserConsentLookup::catalog() const
{
    return m_catalog ? *m_catalog : RiskCatalog::builtIn();
}

GraphRequest UserConsentLookup::searchRequest(const QString& text, SearchMode mode, int top, QString* error)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        if (error) {
            *error = tr("Type part of a name, user principal name or mail address.");
        }
        return {};
    }
    ODataQuery query;
    query.select(User::selectFields()).top(top);
    const QStringList properties {
        QStringLiteral("displayName"), QStringLiteral("userPrincipalName"), QStringLiteral("mail")};
    if (mode == SearchMode::Prefix) {
        QList<ODataFilter> parts;
        for (const auto& p : properties) {
            parts.append(ODataFilter::startsWith(p, needle));
        }
        query.filter(ODataFilter::anyOf(parts));
    } else {
        query.searchAnyOf(properties, needle); // ConsistencyLevel: eventual follows from $search
    }
    return GraphRequest::get(QStringLiteral("/users"), query);
}

QFuture<UserConsentLookup::Found> UserConsentLookup::findUsers(const QString& text)
{
    const Async::Promise<Found> promise;
    QList<QFuture<GraphAnswer>> reads;
    QString error;
    for (const auto mode : {SearchMode::Prefix, SearchMode::Search}) {
        const GraphRequest request = searchRequest(text, mode, 25, &error);
        if (!error.isEmpty()) {
            QTimer::singleShot(0, this, [promise, error] {
                promise.finish({{}, GraphError::make(GraphError::Kind::Http, error)});
            });
            return promise.future();
        }
        reads.append(GraphAnswer::of(m_client->send(request)));
    }
    // Both modes, continued on this: destroyed first, the promise goes and the future is cancelled.
    Async::then(Async::all(reads), this, [promise](const QList<GraphAnswer>& answers) {
        if (answers.size() != 2) {
            return; // a reply destroyed unanswered: nobody continues with half an answer
        }
        QList<User> users;
        QSet<QString> ids;
        GraphError failed;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const GraphAnswer& answer = answers.at(i);
            if (!answer.ok()) {
                failed = failed.isError() ? failed : answer.error;
                continue;
            }
            for (const auto& v : answer.json.value(QStringLiteral("value")).toArray()) {
                const User user = User::fromJson(v.toObject());
                if (i == 0 || !ids.contains(user.id)) { // prefix matches first, as Graph sent them
                    ids.insert(user.id);
                    users.append(user);
                }
            }
        }
        // One mode failing (e.g. $search unsupported somewhere) is not fatal when the other answered.
        promise.finish({users, users.isEmpty() ? failed : GraphError()});
    });
    return promise.future();
}

void UserConsentLookup::load(const QString& userIdOrUpn,
                             QObject* context,
                             std::function<void(const UserConsentView&)> done)
{
    Async::then(load(userIdOrUpn), context ? context : this, std::move(done));
}

QFuture<UserConsentView> UserConsentLookup::load(const QString& userIdOrUpn)
{
    auto run = std::make_shared<Run>();
    run->userKey = userIdOrUpn;
    ODataQuery query;
    query.select(User::selectFields());
    GraphReply* reply = m_client->send(GraphRequest::get(GraphPath::user(userIdOrUpn), query));
    connect(reply, &GraphReply::finished, this, [this, reply, run] {
        if (!reply->ok()) {
            run->fail(reply->error());
            run->finish();
            return;
        }
        run->view.user = User::fromJson(reply->json());
        loadDetails(run);
    });
    return run->promise.future();
}

void UserConsentLookup::loadDetails(const std::shared_ptr<Run>& run)
{
    const QString base = GraphPath::user(run->view.user.id);
    ODataQuery top;
    top.top(999);
    ODataQuery allPrincipals;
    allPrincipals.filter(ODataFilter::eq(QStringLiteral("consentType"), QStringLiteral("AllPrincipals"))).top(999);
    // The five reads, in the order their failures are reported (the first one wins, as Run::fail keeps it).
    const QList<QFuture<GraphAnswer>> reads {
        GraphAnswer::of(
            m_client->getCollection(GraphRequest::get(base + QStringLiteral("/oauth2PermissionGrants"), top))),
        GraphAnswer::of(
            m_client->getCollection(GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"), allPrincipals))),
        GraphAnswer::of(m_client->getCollection(GraphRequest::get(base + QStringLiteral("/appRoleAssignments"), top))),
        readGroupRoles(run),
        readMailboxApps(run)};
    // Continued on this: destroyed first, the run's promise goes and load()'s future is cancelled.
    Async::then(Async::all(reads), this, [this, run, count = reads.size()](const QList<GraphAnswer>& answers) {
        if (answers.size() != count) {
            return; // a read destroyed unanswered: nobody continues with part of the user's access
        }
        for (const GraphAnswer& answer : answers) {
            if (!answer.ok()) {
                run->fail(answer.error);
            }
        }
        auto ok = [&answers](int i) { return answers.at(i).ok() ? answers.at(i).items : QJsonArray(); };
        for (const auto& v : ok(0)) {
            run->userGrants.append(PermissionGrant::fromJson(v.toObject()));
        }
        for (const auto& v : ok(1)) {
            run->tenantGrants.append(PermissionGrant::fromJson(v.toObject()));
        }
        for (const auto& v : ok(2)) {
            run->addAssignment(AppRoleAssignment::fromJson(v.toObject()));
        }
        // The groups' and the mailbox resources' answers keep what did arrive next to their first failure.
        for (const auto& v : answers.at(3).items) {
            run->addAssignment(AppRoleAssignment::fromJson(v.toObject()));
        }
        for (const auto& v : answers.at(4).items) {
            run->mailboxAssignments.append(AppRoleAssignment::fromJson(v.toObject()));
        }
        resolvePrincipals(run);
    });
}

// Nested groups: /appRoleAssignments only covers the groups the user is a direct member of. One answer: every
// group's assignments that arrived, and the first failure.
QFuture<GraphAnswer> UserConsentLookup::readGroupRoles(const std::shared_ptr<Run>& run)
{
    const Async::Promise<GraphAnswer> promise;
    ODataQuery groupsQuery;
    groupsQuery.select({QStringLiteral("id"), QStringLiteral("displayName")}).top(999);
    const QFuture<GraphAnswer> groups = GraphAnswer::of(m_client->getCollection(
        GraphRequest::get(GraphPath::user(run->view.user.id) + QStringLiteral("/transitiveMemberOf"), groupsQuery)));
    Async::then(groups, this, [this, run, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            GraphAnswer failed;
            failed.error = answer.error;
            promise.finish(failed);
            return;
        }
        QList<BatchItem> items;
        for (const auto& v : answer.items) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("@odata.type")).toString().endsWith(QLatin1String(".group"))) {
                continue; // directory roles and administrative units carry no app roles
            }
            run->view.groups.append(
                {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("displayName")).toString()});
            BatchItem item;
            item.id = QString::number(items.size());
            item.url = GraphPath::group(o.value(QStringLiteral("id")).toString())
                       + QStringLiteral("/appRoleAssignments?$top=999");
            items.append(item);
        }
        if (items.isEmpty()) {
            promise.finish({});
            return;
        }
        BatchReply* batch = m_client->batch(items);
        connect(batch, &BatchReply::finished, this, [batch, items, promise] {
            GraphAnswer roles;
            for (const auto& item : items) {
                const BatchItemResult r = batch->result(item.id);
                if (r.error.isError()) {
                    roles.error = roles.error.isError() ? roles.error : r.error;
                    continue;
                }
                for (const auto& v : r.body.value(QStringLiteral("value")).toArray()) {
                    roles.items.append(v);
                }
            }
            promise.finish(roles);
        });
    });
    return promise.future();
}

// The apps holding mailbox application permissions: appRoleAssignedTo of Microsoft Graph and Exchange Online,
// gathered with Async::all. One answer: the mailbox assignments found, and the first failure.
QFuture<GraphAnswer> UserConsentLookup::readMailboxApps(const std::shared_ptr<Run>& run)
{
    const Async::Promise<GraphAnswer> promise;
    const QList<ServicePrincipalCache::Key> keys {
        ServicePrincipalCache::Key::byAppId(PermissionResolver::MicrosoftGraphAppId),
        ServicePrincipalCache::Key::byAppId(MailboxPermissions::ExchangeOnlineAppId)};
    Async::then(m_cache->resolve(keys), this, [this, run, keys, promise](const ServicePrincipalCache::Result& result) {
        QList<ServicePrincipal> resources;
        QList<QFuture<GraphAnswer>> reads;
        for (const auto& key : keys) {
            if (const auto sp = result.get(key)) {
                resources.append(*sp);
                run->principals.insert(sp->id, *sp);
                ODataQuery query;
                query.top(999);
                reads.append(GraphAnswer::of(m_client->getCollection(GraphRequest::get(
                    GraphPath::servicePrincipal(sp->id) + QStringLiteral("/appRoleAssignedTo"), query))));
            }
        }
        Async::then(Async::all(reads), this, [resources, promise](const QList<GraphAnswer>& answers) {
            if (answers.size() != resources.size()) {
                return; // a read destroyed unanswered: the promise goes unfinished and the load is cancelled
            }
            GraphAnswer mailbox;
            for (qsizetype i = 0; i < answers.size(); ++i) {
                const GraphAnswer& answer = answers.at(i);
                const ServicePrincipal& resource = resources.at(i);
                if (!answer.ok()) {
                    mailbox.error = mailbox.error.isError() ? mailbox.error : answer.error;
                    continue;
                }
                for (const auto& v : answer.items) {
                    const AppRoleAssignment a = AppRoleAssignment::fromJson(v.toObject());
                    const auto role = resource.appRoleById(a.appRoleId);
                    if (a.principalType == QLatin1String("ServicePrincipal") && role
                        && MailboxPermissions::contains(resource.appId, role->value)) {
                        mailbox.items.append(v);
                    }
                }
            }
            promise.finish(mailbox);
        });
    });
    return promise.future();
}

void UserConsentLookup::resolvePrincipals(const std::shared_ptr<Run>& run)
{
    QSet<QString> ids;
    for (const auto& g : run->userGrants) {
        ids << g.clientId << g.resourceId;
    }
    for (const auto& g : run->tenantGrants) {
        ids << g.clientId << g.resourceId;
    }
    for (const auto& a : run->assignments) {
        ids << a.resourceId;
    }
    for (const auto& a : run->mailboxAssignments) {
        ids << a.principalId << a.resourceId;
    }
    QList<ServicePrincipalCache::Key> keys;
    for (const auto& id : ids) {
        if (!id.isEmpty() && !run->principals.contains(id)) {
            keys.append(ServicePrincipalCache::Key::byId(id));
        }
    }
    m_cache->resolve(keys, this, [this, run, keys](const ServicePrincipalCache::Result& result) {
        for (const auto& key : keys) {
            if (const auto sp = result.get(key)) {
                run->principals.insert(sp->id, *sp);
            }
        }
        if (result.error.isError()) {
            run->fail(result.error);
        }
        buildRows(*run);
        checkMailboxScopes(run);
    });
}

void UserConsentLookup::buildRows(Run& run) const
{
    const RiskCatalog& risk = catalog();
    const QHash<QString, User> users {{run.view.user.id, run.view.user}};
    auto grantRows = [&](const QList<PermissionGrant>& grants) {
        QHash<QString, QList<PermissionGrant>> byClient;
        QStringList order;
        for (const auto& g : grants) {
            if (!byClient.contains(g.clientId)) {
                order.append(g.clientId);
            }
            byClient[g.clientId].append(g);
        }
        QList<GrantedPermission> rows;
        for (const auto& clientId : order) {
            ServicePrincipal client = run.principals.value(clientId);
            client.id = clientId;
            rows.append(AppInventory::rowsFor(client, byClient.value(clientId), {}, run.principals, users, risk));
        }
        return rows;
    };
    run.view.userConsents = grantRows(run.userGrants);
    run.view.tenantWide = grantRows(run.tenantGrants);

    // App roles of the user: the "app" of the row is the resource the user is assigned to.
    for (const auto& a : run.assignments) {
        ServicePrincipal app = run.principals.value(a.resourceId);
        app.id = a.resourceId;
        if (app.displayName.isEmpty()) {
            app.displayName = a.resourceDisplayName;
        }
        GrantedPermission row = AppInventory::assignmentRow(app, a, run.principals, risk);
        row.source = GrantedPermission::Source::AppRoleAssignment;
        row.principalDisplayName = a.principalDisplayName;
        if (a.principalType == QLatin1String("Group")) {
            row.grantedThrough = a.principalDisplayName;
        }
        run.view.appRoles.append(row);
    }

    QHash<QString, int> byClient;
    for (const auto& a : run.mailboxAssignments) {
        const ServicePrincipal client = run.principals.value(a.principalId);
        const ServicePrincipal resource = run.principals.value(a.resourceId);
        const auto role = resource.appRoleById(a.appRoleId);
        auto it = byClient.find(a.principalId);
        if (it == byClient.end()) {
            UserConsentView::MailboxAccess access;
            access.clientId = a.principalId;
            access.clientAppId = client.appId;
            access.clientDisplayName = client.displayName.isEmpty() ? a.principalDisplayName : client.displayName;
            run.view.mailboxAccess.append(access);
            it = byClient.insert(a.principalId, int(run.view.mailboxAccess.size() - 1));
        }
        run.view.mailboxAccess[*it].permissions.append((role ? role->value : a.appRoleId) + QStringLiteral(" (")
                                                       + resource.displayName + QLatin1Char(')'));
    }
}

void UserConsentLookup::checkMailboxScopes(const std::shared_ptr<Run>& run)
{
    if (!m_mailboxScopes || run->view.mailboxAccess.isEmpty()) {
        QTimer::singleShot(0, this, [run] { run->finish(); });
        return;
    }
    QList<QFuture<MailboxScopeProvider::Answer>> asked;
    for (const auto& access : std::as_const(run->view.mailboxAccess)) {
        asked.append(m_mailboxScopes->evaluate(access.clientAppId, run->view.user));
    }
    Async::then(Async::all(asked), this, [run, count = asked.size()](const QList<MailboxScopeProvider::Answer>& all) {
        if (all.size() != count) {
            return; // the provider went away mid-question: nobody is answered
        }
        for (int i = 0; i < all.size(); ++i) {
            run->view.mailboxAccess[i].scope = all.at(i).scope;
            run->view.mailboxAccess[i].detail = all.at(i).detail;
        }
        run->finish();
    });
}
