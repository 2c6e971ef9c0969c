#include "JournalWriter.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

JournalWriter JournalWriter::current()
{
    JournalWriter w;
    w.pid = QCoreApplication::applicationPid();
    w.host = QSysInfo::machineHostName();
    w.bootId = QString::fromLatin1(QSysInfo::bootUniqueId());
    return w;
}

bool JournalWriter::isCurrentProcess() const
{
    const JournalWriter me = current();
    return pid == me.pid && host == me.host && (bootId.isEmpty() || bootId == me.bootId);
}

JournalWriter::State JournalWriter::state() const
{
    if (!isKnown()) {
        return State::Gone;
    }
    const JournalWriter me = current();
    if (host.compare(me.host, Qt::CaseInsensitive) != 0) {
        return State::Unknown;
    }
    if (!bootId.isEmpty() && !me.bootId.isEmpty() && bootId != me.bootId) {
        return State::Gone; // every process of that boot has ended
    }
    if (pid == me.pid) {
        return State::Alive;
    }
    return processExists(pid) ? State::Alive : State::Gone;
}

QString JournalWriter::describe() const
{
    return QCoreApplication::translate("JournalWriter", "process %1 on %2").arg(pid).arg(host);
}

bool JournalWriter::processExists(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) {
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to open
    }
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks existence; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

QJsonObject JournalWriter::toJson() const
{
    QJsonObject o {{QStringLiteral("pid"), pid}, {QStringLiteral("host"), host}};
    if (!bootId.isEmpty()) {
        o.insert(QStringLiteral("bootId"), bootId);
    }
    return o;
}

JournalWriter JournalWriter::fromJson(const QJsonObject& object)
{
    JournalWriter w;
    w.pid = object.value(QStringLiteral("pid")).toInteger();
    w.host = object.value(QStringLiteral("host")).toString();
    w.bootId = object.value(QStringLiteral("bootId")).toString();
    return w;
}
