#pragma once

#include "ClientConsentState.h"
#include "directory/ConsentRequest.h"
#include "directory/Permission.h"
#include "graph/GraphError.h"

#include <QList>
#include <QMetaType>
#include <QString>

/**
 * Everything the detail pane of a request shows and the planner needs: the request, the client's current
 * tenant-wide consent, and each pending scope resolved with "already granted".
 */
struct ConsentRequestReview
{
    struct Item
    {
        QString requestedScope; // as in pendingScopes
        Permission permission;
        bool alreadyGranted = false;
    };

    ConsentRequest request;
    ClientConsentState state;
    QList<Item> items;
    GraphError error; // the first failure while loading (the review may be partial)

    bool clientMissing() const { return !state.hasServicePrincipal(); }
    QList<Permission> notYetGranted() const; // the default selection for "Grant selected"
    RiskLevel highestRisk() const;
};

Q_DECLARE_METATYPE(ConsentRequestReview)
