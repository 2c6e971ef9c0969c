#include "LiveSnapshot.h"

#include "SnapshotWriter.h"
#include "async/Async.h"

#include <QBuffer>

#include <memory>

QFuture<LiveSnapshot::Read> LiveSnapshot::read(GraphClient* graph,
                                               ExchangeAdminClient* exchange,
                                               const SnapshotExporter::Options& options,
                                               QObject* owner)
{
    const Async::Promise<Read> promise;
    auto* exporter = new SnapshotExporter(graph, exchange, owner);
    auto buffer = std::make_shared<QBuffer>();
    buffer->open(QIODevice::WriteOnly);
    auto writer = std::make_shared<SnapshotWriter>(buffer.get(), false);
    // The exporter is the connection's context: gone with its owner, the promise goes too.
    QObject::connect(exporter,
                     &SnapshotExporter::finished,
                     exporter,
                     [exporter, buffer, writer, promise](bool ok, const GraphError& e) {
                         exporter->deleteLater();
                         if (!ok) {
                             promise.finish({{}, e});
                             return;
                         }
                         const QByteArray bytes = buffer->buffer();
                         buffer->close();
                         promise.finish({SnapshotReader::readBytes(bytes), {}});
                     });
    exporter->start(writer.get(), options);
    return promise.future();
}
