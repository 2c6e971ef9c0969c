#include "AuthSandboxHarness.h"

#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {

QString fixturePath()
{
    return QStringLiteral(CONSENTDESK_SOURCE_DIR "/resources/fixtures/contoso.json");
}

} // namespace

QNetworkReply* AuthSandboxHarness::RecordingNetworkAccessManager::createRequest(Operation op,
                                                                                const QNetworkRequest& request,
                                                                                QIODevice* data)
{
    if (data) {
        bodies.append(data->peek(data->size() > 0 ? data->size() : 1 << 20));
    }
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
    // Connected before anyone else can connect: peek at the answer without consuming it.
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QJsonObject answer = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        for (const char* key : {"access_token", "refresh_token", "id_token"}) {
            const QString value = answer.value(QLatin1String(key)).toString();
            if (!value.isEmpty()) {
                issued.append(value);
            }
        }
    });
    return reply;
}

AuthSandboxHarness::AuthSandboxHarness()
    : AuthSandboxHarness(Options())
{
}

AuthSandboxHarness::AuthSandboxHarness(const Options& options)
    : m_options(options)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

AuthSandboxHarness::~AuthSandboxHarness() = default;

QJsonObject AuthSandboxHarness::contoso(const Options& options)
{
    QFile file(fixturePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QString consentDeskSp;
    QString graphSp;
    for (const QJsonValue& v : root.value(QStringLiteral("servicePrincipals")).toArray()) {
        const QJsonObject sp = v.toObject();
        if (sp.value(QStringLiteral("appId")).toString() == QLatin1String(ClientId)) {
            consentDeskSp = sp.value(QStringLiteral("id")).toString();
        }
        if (sp.value(QStringLiteral("appId")).toString() == QLatin1String("00000003-0000-0000-c000-000000000000")) {
            graphSp = sp.value(QStringLiteral("id")).toString();
        }
    }
    // The shipped fixture grants ConsentDesk's read set tenant-wide (as an admin does when registering it);
    // without it, a non-admin's sign-in needs admin approval (AADSTS90094/90095).
    QJsonArray grants = root.value(QStringLiteral("oauth2PermissionGrants")).toArray();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        QJsonObject g = grants.at(i).toObject();
        if (g.value(QStringLiteral("clientId")).toString() == consentDeskSp
            && g.value(QStringLiteral("resourceId")).toString() == graphSp
            && g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            QStringList scopes
                = g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (options.consentReadSet && !scopes.contains(QStringLiteral("Directory.Read.All"))) {
                scopes << QStringLiteral("Directory.Read.All");
            } else if (!options.consentReadSet) {
                scopes.removeAll(QStringLiteral("Directory.Read.All"));
            }
            g.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
            grants[i] = g;
        }
    }
    root.insert(QStringLiteral("oauth2PermissionGrants"), grants);
    QJsonObject policies = root.value(QStringLiteral("policies")).toObject();
    QJsonObject workflow = policies.value(QStringLiteral("adminConsentRequestPolicy")).toObject();
    workflow.insert(QStringLiteral("isEnabled"), options.adminConsentWorkflow);
    policies.insert(QStringLiteral("adminConsentRequestPolicy"), workflow);
    root.insert(QStringLiteral("policies"), policies);
    return root;
}

bool AuthSandboxHarness::start(QString* error)
{
    SandboxOptions options;
    options.fixture = contoso(m_options);
    if (options.fixture->isEmpty()) {
        *error = QStringLiteral("cannot read ") + fixturePath();
        return false;
    }
    m_server = std::make_unique<SandboxServer>(options);
    return m_server->start(error) != 0;
}

QUrl AuthSandboxHarness::baseUrl() const
{
    return m_server->baseUrl();
}

AuthProfile AuthSandboxHarness::profile(const QString& clientId) const
{
    AuthProfile p = AuthProfile::forSandbox(baseUrl(), QStringLiteral("contoso.onmicrosoft.com"), clientId);
    p.name = QStringLiteral("Contoso sandbox");
    return p;
}

std::unique_ptr<SignInManager> AuthSandboxHarness::manager(const QString& upn)
{
    m_driver = std::make_unique<SandboxBrowserDriver>(upn);
    auto manager = std::make_unique<SignInManager>();
    manager->setSecretStore(&m_keychain);
    manager->setNetworkAccessManager(&m_network);
    SandboxBrowserDriver* driver = m_driver.get();
    manager->setInteractiveDriver([this, driver](const QUrl& url) {
        const QUrlQuery q(url);
        record(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
        driver->complete(url);
    });
    return manager;
}

void AuthSandboxHarness::record(const QByteArray& secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(QString::fromUtf8(secret))) {
        m_secrets.append(QString::fromUtf8(secret));
    }
}

QStringList AuthSandboxHarness::secrets() const
{
    QStringList all = m_secrets;
    for (const QString& token : m_network.issued) {
        if (!all.contains(token)) {
            all.append(token);
        }
    }
    // Everything the token endpoint was sent: codes, verifiers, refresh tokens.
    for (const QByteArray& body : m_network.bodies) {
        const QUrlQuery form(QString::fromLatin1(QByteArray(body).replace('+', ' ')));
        for (const char* key : {"code", "code_verifier", "refresh_token"}) {
            const QString value = form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
            if (!value.isEmpty() && !all.contains(value)) {
                all.append(value);
            }
        }
    }
    return all;
}
