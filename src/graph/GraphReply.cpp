#include "GraphReply.h"

#include <utility>

GraphReply::GraphReply(QObject* parent)
    : QObject(parent)
{
}

void GraphReply::resume()
{
    m_paused = false;
    if (m_nextPage && !m_finished) {
        std::exchange(m_nextPage, {})(); // asks for the page held back
    }
}

void GraphReply::abort()
{
    if (m_finished || m_abortRequested) {
        return;
    }
    m_abortRequested = true;
    emit aborted();
}
