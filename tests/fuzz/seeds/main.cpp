// fuzz_record_seeds: writes tests/fuzz/*/corpus/seed-* from real sandbox traffic (scripts/fuzz --record-seeds).
#include "SeedRecorder.h"

#include "log/Log.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDeskFuzzSeeds"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_record_seeds TESTS_FUZZ_DIR\n");
        return 2;
    }
    Log::Options options;
    options.level = spdlog::level::critical;
    Log::init(options);
    SeedRecorder recorder(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!recorder.run(&error)) {
        std::fprintf(stderr, "fuzz_record_seeds: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
