#pragma once

#include "directory/GrantedPermission.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

/**
 * What PermissionRowModel's text columns show for a row, and the columns' sort keys. A value a worker thread can use
 * on its own copy (no tr(), no model): the model translates its constant words once and hands them in, so the ranks
 * it prepares off the GUI thread are the ones it would compute on it.
 */
class PermissionColumnTexts
{
public:
    struct Words // the column texts every row may show, translated once by the model
    {
        QString application;
        QString delegated;
        QString allUsers;
        QString asApplication;
        QString assignedDirectly;
        QString notRecorded;
        QString group; // "Group: %1"
    };

    void setWords(const Words& words) { m_words = words; }
    const Words& words() const { return m_words; }
    void setGrantedBy(const QHash<QString, QString>& actorsByObjectId) { m_grantedBy = actorsByObjectId; }

    // The text a column shows (PermissionRowModel::Column); none for FirstSeen (the model's dates).
    QString text(const GrantedPermission& row, int column) const;
    QString grantedThrough(const GrantedPermission& row) const;
    QString grantedBy(const GrantedPermission& row) const;

    // Per row: its text's place among the column's distinct texts, compared case-insensitively (QString::toLower, then
    // UTF-16 order); texts equal but for case share a rank, so a stable sort by rank keeps their given order. Only the
    // distinct texts are lowered and compared: an app's 100 000 rows have a few hundred claims and one name per user.
    std::vector<quint32> ranks(const QList<GrantedPermission>& rows, int column) const;

private:
    Words m_words;
    QHash<QString, QString> m_grantedBy; // grant or assignment id -> UPN
};
