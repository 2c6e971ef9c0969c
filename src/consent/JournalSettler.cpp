#include "JournalSettler.h"

#include "Journal.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace {

QSet<QString> scopeSet(const QString& scope)
{
    QSet<QString> set;
    for (const auto& s : PermissionGrant::splitScopes(scope)) {
        set.insert(s.toLower());
    }
    return set;
}

} // namespace

JournalSettler::JournalSettler(GraphClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    qRegisterMetaType<JournalSettler::Summary>();
}

void JournalSettler::settle()
{
    m_summary = {};
    m_queue.clear();
    if (m_journal && m_tenantId.isEmpty()) {
        m_summary.tenantUnknown = !m_journal->pending().isEmpty();
        m_summary.unresolved = [this] {
            QStringList ids;
            for (const auto& e : m_journal->pending()) {
                ids.append(e.id);
            }
            return ids;
        }();
    } else if (m_journal) {
        m_journal->reload(); // other processes' answers first
        for (const auto& entry : m_journal->pending()) {
            if (!entry.tenantId.isEmpty() && entry.tenantId.compare(m_tenantId, Qt::CaseInsensitive) != 0) {
                m_summary.otherTenant.append(entry.id);
                continue;
            }
            if (m_journal->isInFlight(entry.id)) {
                m_summary.stillRunning.append(entry.id);
                continue;
            }
            switch (entry.writer.isCurrentProcess() ? JournalWriter::State::Gone : entry.writer.state()) {
            case JournalWriter::State::Alive:
                m_summary.stillRunning.append(entry.id);
                continue;
            case JournalWriter::State::Unknown:
                m_summary.otherComputer.append(entry.id);
                continue;
            case JournalWriter::State::Gone:
                break;
            }
            m_queue.append(entry);
        }
    }
    QTimer::singleShot(0, this, &JournalSettler::next);
}

void JournalSettler::next()
{
    if (m_queue.isEmpty() || !m_client || !m_journal) {
        for (const auto& e : m_queue) {
            m_summary.unresolved.append(e.id);
        }
        m_queue.clear();
        emit finished(m_summary);
        return;
    }
    const JournalEntry entry = m_queue.takeFirst();
    check(
        entry,
        [this, entry](JournalEntry::Outcome outcome, const QJsonObject& result, const QString& why) {
            QString error;
            if (m_journal->recordSettledOutcome(entry.id, outcome, result, why, settledBy(), &error)) {
                (outcome == JournalEntry::Outcome::Succeeded ? m_summary.succeeded : m_summary.notApplied) += 1;
                emit entrySettled(entry.id, outcome, why);
            } else if (error.isEmpty()) {
                ++m_summary.skipped; // answered meanwhile
            } else {
                m_summary.unresolved.append(entry.id);
            }
            QTimer::singleShot(0, this, &JournalSettler::next);
        },
        [this, entry](const GraphError&) {
            m_summary.unresolved.append(entry.id);
            QTimer::singleShot(0, this, &JournalSettler::next);
        });
}

void JournalSettler::check(const JournalEntry& entry,
                           Verdict verdict,
                           std::function<void(const GraphError&)> unresolved)
{
    if (entry.request.value(QStringLiteral("api")).toString() == QLatin1String("exchange")) {
        checkExchange(entry, std::move(verdict), std::move(unresolved));
        return;
    }
    const QString method = entry.request.value(QStringLiteral("method")).toString().toUpper();
    const QString path = entry.request.value(QStringLiteral("path")).toString();
    const QJsonObject body = entry.request.value(QStringLiteral("body")).toObject();
    using O = JournalEntry::Outcome;

    // Read one object; 404 is an answer too (absent: nullopt).
    auto read
        = [this, unresolved](const QString& readPath, std::function<void(const std::optional<QJsonObject>&)> then) {
              GraphReply* reply = m_client->send(GraphRequest::get(readPath));
              connect(reply, &GraphReply::finished, this, [reply, then, unresolved] {
                  if (reply->ok()) {
                      QJsonObject o = reply->json();
                      o.remove(QStringLiteral("@odata.context"));
                      then(o);
                  } else if (reply->error().kind == GraphError::Kind::NotFound) {
                      then(std::nullopt);
                  } else {
                      unresolved(reply->error());
                  }
              });
          };
    auto readAll
        = [this, unresolved](const QString& readPath, std::function<void(const std::optional<QJsonArray>&)> then) {
              GraphReply* reply = m_client->getCollection(GraphRequest::get(readPath));
              connect(reply, &GraphReply::finished, this, [reply, then, unresolved] {
                  if (reply->ok()) {
                      then(reply->items());
                  } else if (reply->error().kind == GraphError::Kind::NotFound) {
                      then(std::nullopt);
                  } else {
                      unresolved(reply->error());
                  }
              });
          };

    if (method == QLatin1String("DELETE")) {
        read(path, [verdict](const std::optional<QJsonObject>& o) {
            if (o) {
                verdict(O::NotApplied, *o, QStringLiteral("the object still exists"));
            } else {
                verdict(O::Succeeded, {}, QStringLiteral("the object is gone"));
            }
        });
        return;
    }
    if (method == QLatin1String("PATCH")) {
        read(path, [verdict, body](const std::optional<QJsonObject>& o) {
            if (!o) {
                verdict(O::NotApplied, {}, QStringLiteral("the object no longer exists"));
                return;
            }
            for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
                const bool same = it.key() == QLatin1String("scope")
                                      ? scopeSet(it.value().toString()) == scopeSet(o->value(it.key()).toString())
                                      : it.value() == o->value(it.key());
                if (!same) {
                    verdict(O::NotApplied, *o, QStringLiteral("%1 does not hold the new value").arg(it.key()));
                    return;
                }
            }
            verdict(O::Succeeded, *o, QStringLiteral("the object holds the new values"));
        });
        return;
    }
    if (method != QLatin1String("POST")) {
        unresolved(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("unknown method")));
        return;
    }

    static const QRegularExpression assignmentPath(
        QStringLiteral("^/servicePrincipals/([^/]+)/(appRoleAssignedTo|appRoleAssignments)$"));
    if (path == QLatin1String("/servicePrincipals")) {
        const QString appId = body.value(QStringLiteral("appId")).toString();
        read(GraphPath::servicePrincipalByAppId(appId), [verdict](const std::optional<QJsonObject>& o) {
            if (o) {
                verdict(O::Succeeded, *o, QStringLiteral("the service principal exists"));
            } else {
                verdict(O::NotApplied, {}, QStringLiteral("no service principal for the app"));
            }
        });
        return;
    }
    if (path == QLatin1String("/oauth2PermissionGrants")) {
        const QString clientId = body.value(QStringLiteral("clientId")).toString();
        readAll(
            GraphPath::servicePrincipal(clientId) + QStringLiteral("/oauth2PermissionGrants"),
            [verdict, body](const std::optional<QJsonArray>& grants) {
                const QSet<QString> wanted = scopeSet(body.value(QStringLiteral("scope")).toString());
                for (const auto& v : grants.value_or(QJsonArray())) {
                    const QJsonObject g = v.toObject();
                    if (g.value(QStringLiteral("resourceId"))
                                .toString()
                                .compare(body.value(QStringLiteral("resourceId")).toString(), Qt::CaseInsensitive)
                            == 0
                        && g.value(QStringLiteral("consentType")) == body.value(QStringLiteral("consentType"))
                        && g.value(QStringLiteral("principalId"))
                                   .toString()
                                   .compare(body.value(QStringLiteral("principalId")).toString(), Qt::CaseInsensitive)
                               == 0
                        && scopeSet(g.value(QStringLiteral("scope")).toString()).contains(wanted)) {
                        verdict(O::Succeeded, g, QStringLiteral("the grant exists"));
                        return;
                    }
                }
                verdict(O::NotApplied, {}, QStringLiteral("no such grant"));
            });
        return;
    }
    const auto m = assignmentPath.match(path);
    if (m.hasMatch()) {
        // appRoleId is not filterable: list the principal's assignments and match here.
        const QString principalId = body.value(QStringLiteral("principalId")).toString();
        readAll(GraphPath::servicePrincipal(principalId) + QStringLiteral("/appRoleAssignments"),
                [verdict, body](const std::optional<QJsonArray>& assignments) {
                    for (const auto& v : assignments.value_or(QJsonArray())) {
                        const QJsonObject a = v.toObject();
                        if (a.value(QStringLiteral("resourceId"))
                                    .toString()
                                    .compare(body.value(QStringLiteral("resourceId")).toString(), Qt::CaseInsensitive)
                                == 0
                            && a.value(QStringLiteral("appRoleId"))
                                       .toString()
                                       .compare(body.value(QStringLiteral("appRoleId")).toString(), Qt::CaseInsensitive)
                                   == 0) {
                            verdict(O::Succeeded, a, QStringLiteral("the assignment exists"));
                            return;
                        }
                    }
                    verdict(O::NotApplied, {}, QStringLiteral("no such assignment"));
                });
        return;
    }
    unresolved(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("unknown write")));
}

void JournalSettler::checkExchange(const JournalEntry& entry,
                                   Verdict verdict,
                                   std::function<void(const GraphError&)> unresolved)
{
    using O = JournalEntry::Outcome;
    const QJsonObject parameters = entry.request.value(QStringLiteral("parameters")).toObject();
    const QString identity = parameters.value(QStringLiteral("Identity")).toString();
    const bool removal = entry.action == QLatin1String("exchange.accessPolicy.delete")
                         || entry.action == QLatin1String("exchange.roleAssignment.delete");
    const bool description = entry.action == QLatin1String("exchange.accessPolicy.update");
    if ((!removal && !description) || identity.isEmpty()) {
        unresolved(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("not decidable by reading Exchange")));
        return;
    }
    const QString reader = entry.action == QLatin1String("exchange.roleAssignment.delete")
                               ? QStringLiteral("Get-ManagementRoleAssignment")
                               : QStringLiteral("Get-ApplicationAccessPolicy");
    GraphReply* reply = m_client->invokeExchangeCommand(reader, {{QStringLiteral("Identity"), identity}});
    connect(reply, &GraphReply::finished, this, [reply, verdict, unresolved, removal, parameters] {
        // Get- with -Identity answers a missing object with ManagementObjectNotFoundException (404).
        const bool gone = reply->ok() ? reply->items().isEmpty() : reply->error().kind == GraphError::Kind::NotFound;
        if (!reply->ok() && !gone) {
            unresolved(reply->error());
            return;
        }
        const QJsonObject now = gone ? QJsonObject() : reply->items().first().toObject();
        if (removal) {
            if (gone) {
                verdict(O::Succeeded, {}, QStringLiteral("the object is gone"));
            } else {
                verdict(O::NotApplied,
                        {{QStringLiteral("rows"), QJsonArray {now}}},
                        QStringLiteral("the object still exists"));
            }
            return;
        }
        if (gone) {
            verdict(O::NotApplied, {}, QStringLiteral("the policy no longer exists"));
        } else if (now.value(QStringLiteral("Description")).toString()
                   == parameters.value(QStringLiteral("Description")).toString()) {
            verdict(O::Succeeded,
                    {{QStringLiteral("rows"), QJsonArray {now}}},
                    QStringLiteral("the policy holds the new description"));
        } else {
            verdict(O::NotApplied,
                    {{QStringLiteral("rows"), QJsonArray {now}}},
                    QStringLiteral("the description is not the new one"));
        }
    });
}
