#pragma once

#include "AuthProfile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/**
 * The admin's tenant profiles and which one is current, in QSettings (the platform's settings store). Only the
 * non-secret fields of AuthProfile are written; tokens never pass through this class.
 *
 * Layout: profiles/<id>/{name,tenant,clientId,cloud,customAuthority,customGraph,customExchange,
 * lastUserPrincipalName,lastUserObjectId,lastUserTenantId} and profiles/current = <id>.
 */
class ProfileStore
{
public:
    ProfileStore(); // QSettings() of the application (organization/application names)
    explicit ProfileStore(const QString& iniFile); // tests and portable mode
    ~ProfileStore();

    QList<AuthProfile> profiles() const; // sorted by name
    std::optional<AuthProfile> profile(const QString& id) const;
    std::optional<AuthProfile> findByName(const QString& name) const; // case-insensitive

    // Inserts or replaces; assigns an id when the profile has none and returns it.
    QString save(AuthProfile profile);
    bool remove(const QString& id); // also clears "current" when it pointed here
    void setLastUser(const QString& id, const AuthProfile::LastUser& user);

    QString currentId() const;
    void setCurrentId(const QString& id);
    std::optional<AuthProfile> current() const;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
