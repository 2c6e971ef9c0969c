#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QObject>

/**
 * Secrets in process memory: the "stay signed in for this session only" mode (no keychain, or the keychain is
 * locked), and the test double. setSimulatedError() makes every call fail, to test the fallbacks.
 */
class MemorySecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    QFuture<Read> read(const QString& key) override;
    QFuture<Error> write(const QString& key, const QByteArray& secret) override;
    QFuture<Error> remove(const QString& key) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

    void setSimulatedError(const Error& error) { m_simulatedError = error; } // None: work normally
    void clear();
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QByteArray peek(const QString& key) const { return m_secrets.value(key); } // tests
    int count() const { return int(m_secrets.size()); }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, QByteArray> m_secrets;
    Error m_simulatedError;
    int m_writes = 0;
};
