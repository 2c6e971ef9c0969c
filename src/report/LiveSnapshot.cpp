#include "LiveSnapshot.h"

#include "SnapshotWriter.h"

#include <QBuffer>
#include <QPointer>

#include <memory>

void LiveSnapshot::read(GraphClient* graph,
                        ExchangeAdminClient* exchange,
                        const SnapshotExporter::Options& options,
                        QObject* context,
                        Done done)
{
    auto* exporter = new SnapshotExporter(graph, exchange, context);
    auto buffer = std::make_shared<QBuffer>();
    buffer->open(QIODevice::WriteOnly);
    auto writer = std::make_shared<SnapshotWriter>(buffer.get(), false);
    QObject::connect(exporter,
                     &SnapshotExporter::finished,
                     context,
                     [exporter, buffer, writer, done](bool ok, const GraphError& error) {
                         exporter->deleteLater();
                         if (!ok) {
                             done({}, error);
                             return;
                         }
                         const QByteArray bytes = buffer->buffer();
                         buffer->close();
                         done(SnapshotReader::readBytes(bytes), {});
                     });
    exporter->start(writer.get(), options);
}
