#include "OutputCapture.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#define CD_DUP _dup
#define CD_DUP2 _dup2
#define CD_CLOSE _close
#else
#include <fcntl.h>
#include <unistd.h>
#define CD_DUP ::dup
#define CD_DUP2 ::dup2
#define CD_CLOSE ::close
#endif

OutputCapture::~OutputCapture()
{
    stop();
}

bool OutputCapture::start(const QString& filePath)
{
    if (isActive()) {
        return false;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    const QByteArray path = QFile::encodeName(filePath);
#ifdef Q_OS_WIN
    m_file = _open(path.constData(), _O_WRONLY | _O_CREAT | _O_TRUNC | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
    m_file = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
#endif
    if (m_file < 0) {
        return false;
    }
    m_savedOut = CD_DUP(1);
    m_savedErr = CD_DUP(2);
    CD_DUP2(m_file, 1);
    CD_DUP2(m_file, 2);
    return true;
}

void OutputCapture::stop()
{
    if (!isActive()) {
        return;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    CD_DUP2(m_savedOut, 1);
    CD_DUP2(m_savedErr, 2);
    CD_CLOSE(m_savedOut);
    CD_CLOSE(m_savedErr);
    CD_CLOSE(m_file);
    m_file = m_savedOut = m_savedErr = -1;
}
