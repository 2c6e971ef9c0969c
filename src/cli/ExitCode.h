#pragma once

class AuthError;
class GraphError;

// consentdesk-cli's exit codes (a contract: scripts branch on them; see docs/architecture.md).
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    SignInNeeded = 3,
    PermissionDenied = 4,
    NotFound = 5,
};

ExitCode exitCodeFor(const GraphError& error);
// interactive: the failure of `signin` itself (the browser flow). There, "consent or policy refused" is final —
// signing in again will not help until an admin acts — so it is PermissionDenied; for a stored sign-in that could not
// be refreshed, anything that needs the browser is SignInNeeded.
ExitCode exitCodeFor(const AuthError& error, bool interactive);
