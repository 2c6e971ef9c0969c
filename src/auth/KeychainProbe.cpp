#include "KeychainProbe.h"

#include "ConsentDeskVersion.h"
#include "log/Log.h"

#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

namespace {
const QString kProbeKey = QStringLiteral("ConsentDesk/diagnostics/probe");
} // namespace

KeychainProbe::KeychainProbe(QObject* parent)
    : QObject(parent)
{
}

QString KeychainProbe::serviceName()
{
    return QStringLiteral(CONSENTDESK_APP_ID);
}

QString KeychainProbe::explain(const QString& rawError)
{
    QString meaning;
    // "Could not connect: …" is libdbus failing to reach the session bus address it was given.
    if (rawError.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) || rawError.contains(QLatin1String("DBus"))
        || rawError.startsWith(QLatin1String("Could not connect"))) {
        meaning = tr("No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, "
                     "KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.");
    } else if (rawError.contains(QLatin1String("collection"), Qt::CaseInsensitive)
               || rawError.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        meaning = tr("The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.");
    } else if (rawError.contains(QLatin1String("secret"), Qt::CaseInsensitive)
               || rawError.contains(QLatin1String("libsecret"), Qt::CaseInsensitive)) {
        meaning = tr("The Secret Service is not installed or not running (install gnome-keyring or enable "
                     "KeePassXC's Secret Service integration).");
    }
    return meaning.isEmpty() ? rawError : meaning + QStringLiteral(" (") + rawError + QLatin1Char(')');
}

void KeychainProbe::fail(const QString& step, const QString& error)
{
    m_running = false;
    Log::get("auth")->warn("keychain probe failed at {}: {}", step, error);
    m_promise.finish({false, explain(error)});
}

QFuture<KeychainProbe::Result> KeychainProbe::start()
{
    if (m_running) {
        return m_promise.future();
    }
    m_running = true;
    m_promise = {};
    const QByteArray marker = QByteArray::number(QRandomGenerator::global()->generate64(), 16);

    auto* write = new QKeychain::WritePasswordJob(serviceName()); // no parent: see KeychainSecretStore
    write->setKey(kProbeKey);
    write->setBinaryData(marker);
    connect(write, &QKeychain::Job::finished, this, [this, marker](QKeychain::Job* job) {
        if (job->error() != QKeychain::NoError) {
            fail(QStringLiteral("write"), job->errorString());
            return;
        }
        auto* read = new QKeychain::ReadPasswordJob(serviceName()); // no parent: see KeychainSecretStore
        read->setKey(kProbeKey);
        connect(read, &QKeychain::Job::finished, this, [this, marker](QKeychain::Job* job) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(job);
            if (job->error() != QKeychain::NoError) {
                fail(QStringLiteral("read"), job->errorString());
                return;
            }
            if (readJob->binaryData() != marker) {
                fail(QStringLiteral("read"), tr("The keychain returned different data than was stored."));
                return;
            }
            auto* remove = new QKeychain::DeletePasswordJob(serviceName()); // no parent: see KeychainSecretStore
            remove->setKey(kProbeKey);
            connect(remove, &QKeychain::Job::finished, this, [this](QKeychain::Job* job) {
                m_running = false;
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
                    fail(QStringLiteral("delete"), job->errorString());
                    return;
                }
                m_promise.finish({true, QString()});
            });
            remove->start();
        });
        read->start();
    });
    write->start();
    return m_promise.future();
}
