#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * What one view asks another to show: "the apps whose riskiest tenant-wide claim is Critical", "the requests
 * waiting over 30 days", "this app". The key names the filter (each view documents the ones it knows), the value is
 * its argument, and the description is the sentence the filtered view shows above its list (translated by whoever
 * made the filter), with a way back to everything.
 */
struct ViewFilter
{
    QString key; // "highestRisk", "pendingAge", "app", …
    QString value; // "critical", "month", a service principal id, …
    QString description; // a whole sentence: "Only the apps whose riskiest permission is Critical."
    QStringList values = {}; // a filter of several items ("apps": service principal ids); may be empty

    bool isEmpty() const { return key.isEmpty(); }
};

Q_DECLARE_METATYPE(ViewFilter)
