#pragma once

#include "ReviewerQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/**
 * A reviewer of the admin consent workflow: the query Graph stores (kept verbatim, so a PUT that does not touch it
 * sends it back as it was), what it names, and whether anyone behind it can act on a request. Reviewers can view,
 * block and deny; approving needs a role that may grant admin consent (Cloud Application Administrator, Application
 * Administrator, Privileged Role Administrator or Global Administrator — Entra's "Configure the admin consent
 * workflow": being a reviewer does not elevate anyone). A disabled account acts on nothing.
 */
struct WorkflowReviewer
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowReviewer)

public:
    QJsonObject graph; // {query, queryType, queryRoot} as Graph returned it or as it will be sent
    ReviewerQuery parsed;
    QString displayName; // the user's, group's or role's name; empty until resolved
    QString roleTemplateId; // Role: the template (also when Graph names a directoryRole object)

    bool resolved = false; // the directory was read for it
    bool found = false; // the user, group or role exists (meaningful when resolved)
    bool accountEnabled = true; // User
    int approvers = -1; // enabled accounts behind it that may approve; -1: not known
    QString problem; // for people, when nobody behind it can approve: why

    QString query() const { return graph.value(QStringLiteral("query")).toString(); }
    bool canApprove() const { return approvers > 0; }

    static WorkflowReviewer fromGraph(const QJsonObject& scope);
    static WorkflowReviewer forQuery(const ReviewerQuery& parsed, const QString& displayName = {});
    QJsonObject toJson() const; // the CLI's {type, id, displayName}
};
