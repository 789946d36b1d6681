// Start-up benchmark: time from process start to the first rendered frame and exit, for
// `haven --self-test` and for a bare Qt Quick window, alternating so both see the same machine.
// Prints the medians and their ratio. Target: Haven ≤ 1.5 × the bare window.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int runs = 15;
constexpr double target = 1.5;

double timeOnce(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << process.readAllStandardError() << Qt::endl;
        std::exit(2);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    const QStringList havenArguments = {QStringLiteral("--self-test")};
    // One untimed run each warms the page cache, so the first timed run is not an outlier.
    timeOnce(QStringLiteral(HAVEN_EXECUTABLE), havenArguments, env);
    timeOnce(QStringLiteral(BASELINE_EXECUTABLE), {}, env);

    QList<double> haven;
    QList<double> baseline;
    for (int i = 0; i < runs; ++i) {
        haven.append(timeOnce(QStringLiteral(HAVEN_EXECUTABLE), havenArguments, env));
        baseline.append(timeOnce(QStringLiteral(BASELINE_EXECUTABLE), {}, env));
    }
    const double ratio = median(haven) / median(baseline);
    QTextStream out(stdout);
    out << "startup: " << runs << " runs each, platform "
        << env.value(QStringLiteral("QT_QPA_PLATFORM")) << Qt::endl;
    out << "  haven --self-test      median " << QString::number(median(haven), 'f', 1) << " ms"
        << Qt::endl;
    out << "  bare Qt Quick window   median " << QString::number(median(baseline), 'f', 1) << " ms"
        << Qt::endl;
    out << "  ratio " << QString::number(ratio, 'f', 2) << " (target <= " << target
        << "): " << (ratio <= target ? "met" : "MISSED") << Qt::endl;
    return ratio <= target ? 0 : 1;
}
