#include "BatchReply.h"

BatchReply::BatchReply(QObject* parent)
    : QObject(parent)
{
}
