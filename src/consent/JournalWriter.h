#pragma once

#include <QJsonObject>
#include <QString>

/**
 * Which process wrote a journal intent: process id, host name and boot id. Several ConsentDesk processes (the app,
 * CLIs) share one journal, and an intent without an outcome means "the answer never arrived" only once its writer is
 * gone — while the writer lives, the request may simply still be on its way. JournalSettler settles an intent only
 * when state() is Gone.
 *
 * Gone when the machine was restarted since (another boot id) or no process with that id exists. A process id reused
 * by an unrelated process reads as Alive: the intent then stays pending (reported, never mis-settled). An intent from
 * another computer (a journal on a shared folder) is Unknown and left to that computer.
 */
struct JournalWriter
{
    enum class State { Alive, Gone, Unknown };

    qint64 pid = 0;
    QString host;
    QString bootId;

    bool isKnown() const { return pid > 0; } // entries from before writers were recorded are not
    bool isCurrentProcess() const;
    State state() const;
    QString describe() const; // "process 1234 on host", for messages

    static JournalWriter current();
    QJsonObject toJson() const;
    static JournalWriter fromJson(const QJsonObject& object);
    static bool processExists(qint64 pid);
};
