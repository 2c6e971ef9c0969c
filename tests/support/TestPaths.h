#pragma once

#include <QString>

// Paths of the source and build trees, for tests that read fixtures or start the built executables.
namespace TestPaths {
QString sourceDir();
QString binaryDir();
QString binDir(); // build/bin: consentdesk, consentdesk-cli, consentdesk-sandbox
QString fixture(const QString& name); // resources/fixtures/<name>
} // namespace TestPaths
