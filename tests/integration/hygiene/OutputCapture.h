#pragma once

#include <QString>

/**
 * Sends everything this process writes to stdout and stderr (QTest, spdlog's console sink, Qt messages, printf) into a
 * file for a while, at the file-descriptor level, so a test can check its own output for secrets before anyone sees
 * it. stop() (or the destructor) restores both streams.
 */
class OutputCapture
{
public:
    OutputCapture() = default;
    ~OutputCapture();
    OutputCapture(const OutputCapture&) = delete;
    OutputCapture& operator=(const OutputCapture&) = delete;

    bool start(const QString& filePath);
    void stop();
    bool isActive() const { return m_file >= 0; }

private:
    int m_file = -1;
    int m_savedOut = -1;
    int m_savedErr = -1;
};
