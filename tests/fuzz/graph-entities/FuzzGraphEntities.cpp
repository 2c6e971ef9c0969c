// Fuzz target "graph-entities": Graph JSON as ConsentDesk's client reads it. The input is a Graph response body — a
// collection page ({"value":[…]}), one object, or an array — whose objects are parsed as every directory type the
// client knows (servicePrincipal, user, oauth2PermissionGrant, appRoleAssignment, appConsentRequest,
// userConsentRequest). From what parsed, each service principal becomes an app with the grants and assignments that
// name it, its permission rows are built against the other service principals as resources, and the plans a person
// can start from the Apps view are made without I/O: revoke everything, keep only the first claim; with their
// preview lines and generated PowerShell; the permission report is written as text, JSON and CSV.
// Oracles: sanitizers, no hang; every generated PowerShell line starts as ConsentDesk writes it (tenant text never
// begins a line of its own), and CSV cells never start a formula.
#include "FuzzEnvironment.h"
#include "FuzzOracles.h"
#include "consent/AppInventory.h"
#include "consent/GraphPowerShell.h"
#include "consent/RevokePlanner.h"
#include "directory/AppRoleAssignment.h"
#include "directory/ConsentRequest.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"
#include "directory/User.h"
#include "directory/UserConsentRequest.h"
#include "report/PermissionReport.h"
#include "report/TableWriter.h"
#include "risk/RiskCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

QList<QJsonObject> objectsOf(const QJsonDocument& doc)
{
    QList<QJsonObject> objects;
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject object = doc.object();
        if (object.value(QStringLiteral("value")).isArray()) {
            array = object.value(QStringLiteral("value")).toArray();
        } else {
            objects.append(object);
        }
    }
    for (const auto& value : array) {
        if (value.isObject() && objects.size() < 200) {
            objects.append(value.toObject());
        }
    }
    return objects;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    const QList<QJsonObject> objects = objectsOf(doc);
    if (objects.isEmpty()) {
        return 0;
    }

    QList<ServicePrincipal> principals;
    QHash<QString, ServicePrincipal> resources;
    QHash<QString, User> users;
    QList<PermissionGrant> grants;
    QList<AppRoleAssignment> assignments;
    for (const QJsonObject& object : objects) {
        const ServicePrincipal sp = ServicePrincipal::fromJson(object);
        if (sp.isValid()) {
            principals.append(sp);
            resources.insert(sp.id, sp);
        }
        const User user = User::fromJson(object);
        users.insert(user.id, user);
        grants.append(PermissionGrant::fromJson(object));
        assignments.append(AppRoleAssignment::fromJson(object));
        const ConsentRequest request = ConsentRequest::fromJson(object);
        request.status();
        request.requesters();
        request.nextExpiry();
        UserConsentRequest::fromJson(object);
    }

    const RiskCatalog& catalog = RiskCatalog::builtIn();
    for (const ServicePrincipal& client : principals) {
        AppInventory app;
        app.app = client;
        for (const PermissionGrant& grant : grants) {
            if (grant.clientId == client.id) {
                app.grants.append(grant);
            }
        }
        for (const AppRoleAssignment& assignment : assignments) {
            if (assignment.principalId == client.id) {
                app.assignments.append(assignment);
            }
        }
        app.resources = resources;
        app.users = users;
        app.buildRows(catalog);

        const GrantPlan all = RevokePlanner::revokeAll(app);
        all.describe();
        FuzzOracles::checkPowerShell(GraphPowerShell::forPlan(all, QStringLiteral("contoso.onmicrosoft.com")),
                                     "revokeAll");
        if (!app.permissions.isEmpty()) {
            const GrantPlan keep = RevokePlanner::keepOnly(app, {app.permissions.first().permission.key()});
            FuzzOracles::checkPowerShell(GraphPowerShell::forPlan(keep), "keepOnly");
            const GrantPlan rows = RevokePlanner::revokeRows(app, {app.permissions.last()});
            FuzzOracles::checkPowerShell(GraphPowerShell::forPlan(rows), "revokeRows");
        }
        const Table table = PermissionReport::table(app.permissions);
        TableWriter::toText(table);
        TableWriter::toJson(table);
        FuzzOracles::checkCsv(TableWriter::toCsv(table), "permission report");
    }
    return 0;
}
