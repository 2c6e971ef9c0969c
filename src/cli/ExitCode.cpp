#include "ExitCode.h"

#include "auth/AuthError.h"
#include "graph/GraphError.h"

ExitCode exitCodeFor(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::None:
        return ExitCode::Ok;
    case GraphError::Kind::SignInRequired:
        return ExitCode::SignInNeeded;
    case GraphError::Kind::PermissionDenied:
        return ExitCode::PermissionDenied;
    case GraphError::Kind::NotFound:
        return ExitCode::NotFound;
    default:
        break;
    }
    if (error.httpStatus == 401) {
        return ExitCode::SignInNeeded;
    }
    if (error.httpStatus == 403) {
        return ExitCode::PermissionDenied;
    }
    if (error.httpStatus == 404) {
        return ExitCode::NotFound;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(const AuthError& error, bool interactive)
{
    using Kind = AuthError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitCode::Ok;
    case Kind::SignInRequired:
    case Kind::Keychain:
        return ExitCode::SignInNeeded;
    case Kind::ConsentRequired:
    case Kind::AccessBlocked:
        return interactive ? ExitCode::PermissionDenied : ExitCode::SignInNeeded;
    case Kind::Protocol:
        return interactive ? ExitCode::Failure : ExitCode::SignInNeeded;
    case Kind::Cancelled:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Tls:
    case Kind::Configuration:
    case Kind::Server:
    case Kind::Other:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}
