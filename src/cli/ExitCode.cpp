#include "ExitCode.h"

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
