// A stand-in for the desktop's keychain on a private D-Bus session: it owns the Secret Service name (and KWallet's,
// QtKeychain's other Linux backend), answers every call with an error so nothing waits, and prints one line per call
// ("CALL <interface>.<member> <path>") for the test that started it. A call here means ConsentDesk
// touched the keychain — on a real desktop, the moment a "create/unlock keyring" prompt would open.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>

#include <cstdio>

namespace {

class Recorder : public QDBusVirtualObject
{
public:
    explicit Recorder(QObject* parent)
        : QDBusVirtualObject(parent)
    {
    }

    QString introspect(const QString&) const override { return {}; }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        std::printf("CALL %s.%s %s\n",
                    qPrintable(message.interface().isEmpty() ? QStringLiteral("-") : message.interface()),
                    qPrintable(message.member()),
                    qPrintable(message.path()));
        std::fflush(stdout);
        if (message.type() == QDBusMessage::MethodCallMessage && !message.isReplyRequired()) {
            return true;
        }
        connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                                                 QStringLiteral("recorded by the first-start test")));
        return true;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    for (const char* name : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6", "org.kde.kwalletd"}) {
        if (!bus.registerService(QString::fromLatin1(name))) {
            std::fprintf(stderr, "could not own %s: %s\n", name, qPrintable(bus.lastError().message()));
            return 1;
        }
    }
    auto* recorder = new Recorder(&app);
    if (!bus.registerVirtualObject(QStringLiteral("/"), recorder, QDBusConnection::SubPath)) {
        std::fprintf(stderr, "could not register the recorder: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    return app.exec();
}
