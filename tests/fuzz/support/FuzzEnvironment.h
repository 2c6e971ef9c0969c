#pragma once

#include <QString>

#include <functional>

/**
 * What every harness needs once per process: a QCoreApplication (the transport and the journal run on its event
 * loop), logging switched to critical only (fuzzed inputs make every warning path fire; writing them would measure the
 * disk, not the parser), and a private temporary directory.
 */
class FuzzEnvironment
{
public:
    static void init();
    static QString tempDir();
    // Runs the event loop until done() holds. A harness that waits longer than timeoutMs found a hang: the process
    // aborts with `what`, so libFuzzer (or the replay test) reports the input.
    static void runUntil(const std::function<bool()>& done, int timeoutMs, const char* what);
    // The input as a QString the way Qt decodes server text (UTF-8, invalid sequences replaced).
    static QString text(const char* data, size_t size);
    // CONSENTDESK_FUZZ_VERBOSE=1: harnesses say what they did with an input (for writing seeds, not for fuzzing).
    static bool verbose();
};
