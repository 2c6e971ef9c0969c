#include "TenantWrite.h"

#include <QPromise>

namespace {

// A future that is finished already (QtFuture::makeReadyFuture is deprecated from Qt 6.6 on).
template<typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

TenantWrite::~TenantWrite() = default;

QStringList TenantWrite::powerShellScopes() const
{
    return {};
}

QString TenantWrite::producedVariable() const
{
    return {};
}

bool TenantWrite::resolve(const QHash<QString, QString>& variables, QString* missing)
{
    Q_UNUSED(variables);
    Q_UNUSED(missing);
    return true;
}

QString TenantWrite::explain(const GraphError& error) const
{
    return error.message.isEmpty() ? error.summary() : error.message;
}

QFuture<TenantWrite::Prepared> TenantWrite::prepared(std::shared_ptr<TenantWrite> operation)
{
    return ready(Prepared {std::move(operation), {}, {}});
}

QFuture<TenantWrite::Prepared> TenantWrite::notPrepared(const GraphError& error, const QString& message)
{
    return ready(Prepared {nullptr, error, message});
}

QFuture<TenantWrite::Reply> TenantWrite::failed(const GraphError& error)
{
    return ready(Reply {error, error.httpStatus, {}, {}});
}
