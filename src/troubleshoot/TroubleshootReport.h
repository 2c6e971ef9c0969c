#pragma once

#include "TroubleshootCheck.h"
#include "TroubleshootFacts.h"

#include <QJsonArray>
#include <QList>
#include <QMetaType>

/**
 * The troubleshooter's answer for one user and one app: what was read and the checklist judged from it. userNotFound
 * and appNotFound stop the run before the checks (nothing to judge); other read failures show in the checks.
 */
struct TroubleshootReport
{
    TroubleshootFacts facts;
    QList<TroubleshootCheck> checks;
    bool userNotFound = false;
    bool appNotFound = false; // neither a service principal nor a consent request names it
    bool appAmbiguous = false; // a display name several apps carry
    GraphError error; // the user or the app could not be read at all (other than not found)

    bool complete() const { return !userNotFound && !appNotFound && !appAmbiguous && !error.isError(); }
    bool hasFailure() const;
    const TroubleshootCheck* check(const QString& id) const;
    QJsonArray toJson() const; // the CLI's list of {check, status, evidence, fix, …}
};
Q_DECLARE_METATYPE(TroubleshootReport)
