#pragma once

#include "settings/ConsentSettings.h"
#include "settings/WorkflowReviewer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ConsentSettingsLoader;
class GraphClient;

/**
 * What the `settings` write commands read before they plan: the settings (ConsentSettingsLoader), the reviewers the
 * admin typed (UPN or object id, group:NAME, role:NAME) as directory objects, and Microsoft Graph's published
 * delegated permissions. Names typed by the admin reach $filter only through ODataFilter (escaped).
 */
class SettingsBackend : public QObject
{
    Q_OBJECT

public:
    explicit SettingsBackend(GraphClient* graph, QObject* parent = nullptr);

    ConsentSettingsLoader* loader() const { return m_loader; }

    struct Reviewers
    {
        QList<WorkflowReviewer> reviewers;
        QString error; // for people: which one could not be found, or is ambiguous
        bool notFound = false; // exit 5 rather than 2
    };
    void resolveReviewers(const QStringList& specs, std::function<void(const Reviewers&)> done);

    // Microsoft Graph's oauth2PermissionScopes ({id, value, type, isEnabled}), or the error.
    void graphScopes(const QString& servicePrincipalId, std::function<void(const QJsonArray&, const GraphError&)> done);

private:
    QPointer<GraphClient> m_graph;
    ConsentSettingsLoader* m_loader = nullptr;
};
