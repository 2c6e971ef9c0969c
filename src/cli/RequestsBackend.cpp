#include "RequestsBackend.h"

#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"

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
    struct Run
    {
        ConsentRequest request;
        GraphError error;
        int days = -1;
        int outstanding = 3;
    };
    auto run = std::make_shared<Run>();
    auto finish = [run, done] {
        if (--run->outstanding > 0) {
            return;
        }
        ConsentRequestService::applyExpiry(run->request, run->days);
        done(run->request, run->error);
    };
    // The id is typed by the admin: it only ever becomes one escaped path segment.
    const QString base = kRequests + QLatin1Char('/') + GraphPath::segment(id);
    GraphReply* request = m_graph->send(GraphRequest::get(base));
    connect(request, &GraphReply::finished, this, [request, run, finish] {
        if (request->ok()) {
            // The navigation comes from its own call (Graph sends it empty here); keep what that call finds.
            const QList<UserConsentRequest> users = run->request.userRequests;
            run->request = ConsentRequest::fromJson(request->json());
            run->request.userRequests = users;
        } else {
            run->error = request->error();
        }
        finish();
    });
    GraphReply* users = m_graph->getCollection(GraphRequest::get(base + QStringLiteral("/userConsentRequests")));
    connect(users, &GraphReply::finished, this, [users, run, finish] {
        if (users->ok()) {
            run->request.userRequests.clear();
            for (const auto& u : users->items()) {
                run->request.userRequests.append(UserConsentRequest::fromJson(u.toObject()));
            }
        } else if (!run->error.isError()) {
            run->error = users->error();
        }
        finish();
    });
    GraphReply* policy = m_graph->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy")));
    connect(policy, &GraphReply::finished, this, [policy, run, finish] {
        if (policy->ok()) {
            run->days = policy->json().value(QStringLiteral("requestDurationInDays")).toInt(-1);
        }
        finish();
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
