#include "GraphReply.h"

GraphReply::GraphReply(QObject* parent)
    : QObject(parent)
{
}

void GraphReply::abort()
{
    if (m_finished || m_abortRequested) {
        return;
    }
    m_abortRequested = true;
    emit aborted();
}
