#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("profiles/current");

QString keyOf(const QString& id, const char* field)
{
    return kGroup + QLatin1Char('/') + id + QLatin1Char('/') + QLatin1String(field);
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QList<AuthProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<AuthProfile> list;
    for (const QString& id : ids) {
        if (auto p = profile(id)) {
            list.append(*p);
        }
    }
    std::sort(list.begin(), list.end(), [](const AuthProfile& a, const AuthProfile& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

std::optional<AuthProfile> ProfileStore::profile(const QString& id) const
{
    if (id.isEmpty() || !m_settings->contains(keyOf(id, "tenant"))) {
        return std::nullopt;
    }
    auto value = [&](const char* field) { return m_settings->value(keyOf(id, field)).toString(); };
    AuthProfile p;
    p.id = id;
    p.name = value("name");
    p.tenant = value("tenant");
    p.clientId = value("clientId");
    p.cloud = value("cloud");
    if (p.cloud.isEmpty()) {
        p.cloud = QStringLiteral("global");
    }
    p.customAuthority = QUrl(value("customAuthority"));
    p.customGraph = QUrl(value("customGraph"));
    p.customExchange = QUrl(value("customExchange"));
    p.lastUser.userPrincipalName = value("lastUserPrincipalName");
    p.lastUser.objectId = value("lastUserObjectId");
    p.lastUser.tenantId = value("lastUserTenantId");
    return p;
}

std::optional<AuthProfile> ProfileStore::findByName(const QString& name) const
{
    for (const AuthProfile& p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

QString ProfileStore::save(AuthProfile profile)
{
    if (profile.id.isEmpty()) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QString& id = profile.id;
    auto set = [&](const char* field, const QString& value) {
        if (value.isEmpty()) {
            m_settings->remove(keyOf(id, field));
        } else {
            m_settings->setValue(keyOf(id, field), value);
        }
    };
    m_settings->setValue(keyOf(id, "tenant"), profile.tenant); // always present: marks the profile as existing
    set("name", profile.name);
    set("clientId", profile.clientId);
    set("cloud", profile.cloud);
    set("customAuthority", profile.customAuthority.toString());
    set("customGraph", profile.customGraph.toString());
    set("customExchange", profile.customExchange.toString());
    set("lastUserPrincipalName", profile.lastUser.userPrincipalName);
    set("lastUserObjectId", profile.lastUser.objectId);
    set("lastUserTenantId", profile.lastUser.tenantId);
    return id;
}

bool ProfileStore::remove(const QString& id)
{
    if (!profile(id)) {
        return false;
    }
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (currentId() == id) {
        m_settings->remove(kCurrent);
    }
    return true;
}

void ProfileStore::setLastUser(const QString& id, const AuthProfile::LastUser& user)
{
    auto p = profile(id);
    if (!p) {
        return;
    }
    p->lastUser = user;
    save(*p);
}

QString ProfileStore::currentId() const
{
    return m_settings->value(kCurrent).toString();
}

void ProfileStore::setCurrentId(const QString& id)
{
    m_settings->setValue(kCurrent, id);
}

std::optional<AuthProfile> ProfileStore::current() const
{
    return profile(currentId());
}

void ProfileStore::sync()
{
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}
