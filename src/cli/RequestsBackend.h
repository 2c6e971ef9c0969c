#pragma once

#include "consent/ConsentRequestReview.h"
#include "consent/ConsentRequestService.h"
#include "directory/ConsentRequest.h"
#include "graph/GraphError.h"

#include <QObject>

#include <functional>
#include <memory>

class GraphClient;
class PermissionResolver;
class ServicePrincipalCache;

/**
 * The consent-request core as the `requests …` commands use it, wired once per run: one service principal cache
 * and resolver (a request's scopes and the client's state cost one lookup per resource), the request service, and
 * what the service does not offer yet — one request by id, with its user requests and their expiry.
 */
class RequestsBackend : public QObject
{
    Q_OBJECT

public:
    explicit RequestsBackend(GraphClient* graph, QObject* parent = nullptr);
    ~RequestsBackend() override;

    ConsentRequestService* service() const { return m_service.get(); }

    // GET appConsentRequests/{id}, its userConsentRequests and the workflow policy (expiry; a policy that cannot be
    // read leaves expiry unknown). A 404 comes back as GraphError::Kind::NotFound.
    void fetch(const QString& id, std::function<void(const ConsentRequest&, const GraphError&)> done);
    // fetch() then ConsentRequestService::review(): every pending scope resolved, the client's tenant-wide state.
    void review(const QString& id, std::function<void(const ConsentRequestReview&, const GraphError&)> done);

private:
    GraphClient* m_graph = nullptr;
    std::unique_ptr<ServicePrincipalCache> m_cache;
    std::unique_ptr<PermissionResolver> m_resolver;
    std::unique_ptr<ConsentRequestService> m_service;
};
