// The crash test's child: logs runs as fast as a busy kiosk never would, and kills itself with
// SIGKILL the nth time the writer reaches the step named (see UsageWriter::s_step). Each run
// carries its number in planned_seconds, from the first number given; after each commit it prints
// "committed N": every run up to N is on disk.
#include "usagelog.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

const char *killStep = nullptr;
int killAt = 0;

void onStep(const char *name)
{
    if (std::strcmp(name, killStep) == 0 && --killAt == 0)
        std::raise(SIGKILL);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    int next = QString::fromLocal8Bit(argv[2]).toInt();
    killStep = argv[3];
    killAt = QString::fromLocal8Bit(argv[4]).toInt();
    UsageWriter::s_step = onStep;
    int committed = next - 1;

    UsageLog::Options options;
    options.commitDelayMs = 5; // many commits in a short life
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
        for (int i = 0; i < 2; ++i) {
            RunRecord run;
            run.exerciseId = QStringLiteral("box-breathing");
            run.mode = QStringLiteral("kiosk");
            run.plannedSeconds = next++;
            run.activeSeconds = 60;
            run.before = CheckIn{0.7, 6};
            const quint64 token = log.record(run);
            log.amendAfter(token, CheckIn{0.2, 3}); // the after check-in, as a later UPDATE
        }
    });
    timer.start(2);
    return QCoreApplication::exec();
}
