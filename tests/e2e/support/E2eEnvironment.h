#pragma once

#include <QString>

/**
 * Where the real-browser and conformance tests find their tools: Node.js, Debian's Chromium, the scripts in
 * tests/e2e and their node_modules (scripts/install-deps installs all of them). An empty string means "missing";
 * the tests skip with missingReason() only for a missing Node.js or Chromium.
 */
class E2eEnvironment
{
public:
    static QString nodeExecutable(); // node on PATH
    static QString chromiumExecutable(); // $CHROMIUM_PATH or /usr/bin/chromium (what browser-signin.mjs launches)
    static QString scriptsDir(); // <source>/tests/e2e
    static QString script(const QString& name); // <source>/tests/e2e/<name>
    static bool hasNodeModules(); // npm ci has run (playwright-core and oidc-provider are there)
    static QString screenshotsDir(); // <build>/screenshots, created on demand
    // Empty when everything is there; otherwise what is missing, for the failure message (Node.js, Chromium).
    static QString missingReason(bool needsChromium);
};
