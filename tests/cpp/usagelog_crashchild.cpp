// The crash test's child: logs runs as fast as a busy kiosk never would, until it is killed.
// Each run carries its number in planned_seconds, from the first number given; after each
// commit it prints "committed N": every run up to N is on disk.
#include "usagelog.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    int next = QString::fromLocal8Bit(argv[2]).toInt();
    int committed = next - 1;

    UsageLog::Options options;
    options.commitDelayMs = 20; // many commits in a short life, so kills land inside them
    UsageLog log(nullptr);
    QObject::connect(&log, &UsageLog::committed, [&committed](int runs) {
        committed += runs;
        std::printf("committed %d\n", committed);
        std::fflush(stdout);
    });
    QObject::connect(&log, &UsageLog::changed, [&log] {
        if (log.logging()) {
            std::printf("logging\n");
            std::fflush(stdout);
        }
    });
    log.open(path, 3650, true, options);

    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (int i = 0; i < 3; ++i) {
            RunRecord run;
            run.exerciseId = QStringLiteral("box-breathing");
            run.mode = QStringLiteral("kiosk");
            run.plannedSeconds = next++;
            run.activeSeconds = 60;
            run.before = CheckIn{0.7, 6};
            run.after = CheckIn{0.2, 3};
            log.record(run);
        }
    });
    timer.start(1);
    return QCoreApplication::exec();
}
