#pragma once

class GraphError;

// consentdesk-cli's exit codes (a contract: scripts branch on them; see DESIGN.md).
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    SignInNeeded = 3,
    PermissionDenied = 4,
    NotFound = 5,
};

ExitCode exitCodeFor(const GraphError& error);
