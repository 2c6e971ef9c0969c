#include "ActivityFilterModel.h"

#include "ActivityModel.h"

ActivityFilterModel::ActivityFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ActivityFilterModel::setKind(Kind kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ActivityFilterModel::setOutcome(int outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void ActivityFilterModel::setSince(const QDateTime& since)
{
    m_since = since;
    invalidateFilter();
}

void ActivityFilterModel::setTenant(const QString& tenantId)
{
    m_tenant = tenantId;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_tenant.isEmpty()
        && first.data(ActivityModel::TenantRole).toString().compare(m_tenant, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (m_since.isValid() && first.data(ActivityModel::TimeRole).toDateTime() < m_since) {
        return false;
    }
    if (m_outcome >= 0 && first.data(ActivityModel::OutcomeRole).toInt() != m_outcome) {
        return false;
    }
    const QString action = first.data(ActivityModel::ActionKeyRole).toString();
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::Grants:
        if (!(action.endsWith(QLatin1String(".create")) || action.endsWith(QLatin1String(".add")))
            || action.startsWith(QLatin1String("servicePrincipal"))) {
            return false;
        }
        break;
    case Kind::Removals:
        if (!(action.endsWith(QLatin1String(".delete")) || action.endsWith(QLatin1String(".remove"))
              || action == QLatin1String("grant.updateScope"))
            || action.startsWith(QLatin1String("servicePrincipal"))) {
            return false;
        }
        break;
    case Kind::Exchange:
        if (!action.startsWith(QLatin1String("exchange."))) {
            return false;
        }
        break;
    case Kind::Apps:
        if (!action.startsWith(QLatin1String("servicePrincipal"))) {
            return false;
        }
        break;
    case Kind::Restores:
        // The entry's data, not its (translated) text.
        if (!model->index(sourceRow, ActivityModel::Action, sourceParent).data(ActivityModel::RestoresRole).toBool()) {
            return false;
        }
        break;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
