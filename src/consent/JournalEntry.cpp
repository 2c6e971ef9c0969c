#include "JournalEntry.h"

QString JournalEntry::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotApplied:
        return QStringLiteral("not-applied");
    case Outcome::Pending:
        break;
    }
    return QStringLiteral("pending");
}

JournalEntry::Outcome JournalEntry::outcomeFromKey(const QString& key)
{
    if (key == QLatin1String("succeeded")) {
        return Outcome::Succeeded;
    }
    if (key == QLatin1String("failed")) {
        return Outcome::Failed;
    }
    if (key == QLatin1String("not-applied")) {
        return Outcome::NotApplied;
    }
    return Outcome::Pending;
}

QJsonObject JournalEntry::intentJson() const
{
    QJsonObject o {
        {QStringLiteral("type"), QStringLiteral("intent")},
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("actorId"), actorId},
        {QStringLiteral("action"), action},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("target"), target},
        {QStringLiteral("prior"), prior},
        {QStringLiteral("request"), request},
        {QStringLiteral("clientRequestId"), clientRequestId},
    };
    if (!operationId.isEmpty()) {
        o.insert(QStringLiteral("operationId"), operationId);
    }
    if (!restoresEntryId.isEmpty()) {
        o.insert(QStringLiteral("restores"), restoresEntryId);
    }
    if (!resendsEntryId.isEmpty()) {
        o.insert(QStringLiteral("resends"), resendsEntryId);
    }
    if (writer.isKnown()) {
        o.insert(QStringLiteral("writer"), writer.toJson());
    }
    return o;
}

QJsonObject JournalEntry::outcomeJson() const
{
    QJsonObject o {
        {QStringLiteral("type"), QStringLiteral("outcome")},
        {QStringLiteral("entry"), id},
        {QStringLiteral("time"), outcomeTime.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("outcome"), outcomeKey(outcome)},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("settledBy"), settledBy},
    };
    if (!result.isEmpty()) {
        o.insert(QStringLiteral("result"), result);
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

std::optional<JournalEntry> JournalEntry::fromIntentJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("intent")) {
        return std::nullopt;
    }
    JournalEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    if (e.id.isEmpty() || e.action.isEmpty()) {
        return std::nullopt;
    }
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.tenantId = o.value(QStringLiteral("tenantId")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.actorId = o.value(QStringLiteral("actorId")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.operationId = o.value(QStringLiteral("operationId")).toString();
    e.restoresEntryId = o.value(QStringLiteral("restores")).toString();
    e.resendsEntryId = o.value(QStringLiteral("resends")).toString();
    e.target = o.value(QStringLiteral("target")).toObject();
    e.prior = o.value(QStringLiteral("prior")).toObject();
    e.request = o.value(QStringLiteral("request")).toObject();
    e.clientRequestId = o.value(QStringLiteral("clientRequestId")).toString();
    e.writer = JournalWriter::fromJson(o.value(QStringLiteral("writer")).toObject());
    return e;
}

bool JournalEntry::applyOutcomeJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("outcome")
        || o.value(QStringLiteral("entry")).toString() != id) {
        return false;
    }
    outcome = outcomeFromKey(o.value(QStringLiteral("outcome")).toString());
    outcomeTime = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    result = o.value(QStringLiteral("result")).toObject();
    error = o.value(QStringLiteral("error")).toString();
    settledBy = o.value(QStringLiteral("settledBy")).toString();
    return true;
}
