#include "RequestsBackend.h"

#include "async/Async.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>

namespace {

const QString kRequests = QStringLiteral("/identityGovernance/appConsent/appConsentRequests");

} // namespace

RequestsBackend::RequestsBackend(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_cache(std::make_unique<ServicePrincipalCache>(graph))
    , m_resolver(std::make_unique<PermissionResolver>(m_cache.get()))
    , m_service(std::make_unique<ConsentRequestService>(graph, m_resolver.get()))
{
}

RequestsBackend::~RequestsBackend() = default;

void RequestsBackend::fetch(const QString& id, std::function<void(const ConsentRequest&, const GraphError&)> done)
{
    // The id is typed by the admin: it only ever becomes one escaped path segment.
    const QString base = kRequests + QLatin1Char('/') + GraphPath::segment(id);
    const QList<QFuture<GraphAnswer>> reads {
        GraphAnswer::of(m_graph->send(GraphRequest::get(base))),
        GraphAnswer::of(m_graph->getCollection(GraphRequest::get(base + QStringLiteral("/userConsentRequests")))),
        GraphAnswer::of(m_graph->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy"))))};
    // All three, continued on this: destroyed first (or a reply gone unanswered), nobody is called.
    Async::then(Async::all(reads), this, [done](const QList<GraphAnswer>& answers) {
        if (answers.size() != 3) {
            return;
        }
        const GraphAnswer& request = answers.at(0);
        const GraphAnswer& users = answers.at(1);
        const GraphAnswer& policy = answers.at(2);
        ConsentRequest fetched;
        GraphError error;
        if (request.ok()) {
            fetched = ConsentRequest::fromJson(request.json);
        } else {
            error = request.error;
        }
        // The navigation comes from its own call (Graph sends it empty on the request).
        fetched.userRequests.clear();
        if (users.ok()) {
            for (const auto& u : users.items) {
                fetched.userRequests.append(UserConsentRequest::fromJson(u.toObject()));
            }
        } else if (!error.isError()) {
            error = users.error;
        }
        // A policy that cannot be read leaves the expiry unknown.
        const int days = policy.ok() ? policy.json.value(QStringLiteral("requestDurationInDays")).toInt(-1) : -1;
        ConsentRequestService::applyExpiry(fetched, days);
        done(fetched, error);
    });
}

void RequestsBackend::review(const QString& id,
                             std::function<void(const ConsentRequestReview&, const GraphError&)> done)
{
    fetch(id, [this, done](const ConsentRequest& request, const GraphError& error) {
        if (error.isError()) {
            ConsentRequestReview failed;
            failed.request = request;
            failed.error = error;
            done(failed, error);
            return;
        }
        m_service->review(request, this, [done](const ConsentRequestReview& review) { done(review, review.error); });
    });
}
