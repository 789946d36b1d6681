// Kiosk benchmark, each figure against a baseline from the same run:
//  (a) idle CPU: `haven --mode kiosk` on its attract screen once the breathing circle has rested
//      (after its minute), over 60 s (target <= 1% of one core), against a bare Qt Quick window
//      with a still text, started alongside and sampled over the same 60 s;
//  (b) memory: 200 visitors in one kiosk process, each tapping in from the attract screen,
//      checking in, opening an exercise and going a few steps before the idle reset wipes the
//      visit; resident memory after the 200th visitor against after the first (target: at most
//      5% growth).
#include "exerciserunner.h"
#include "finger.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <malloc.h>
#include <optional>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

namespace {

constexpr double cpuTargetPercent = 1;
constexpr double growthTargetPercent = 5;
// AttractScreen's motionMs is a minute; two more seconds let the start-up and last breath finish.
constexpr int restsAfterSeconds = 62;
constexpr int sampleSeconds = 60;
constexpr int visitors = 200;
constexpr int stepsPerVisit = 3;

QTextStream out(stdout);
QTextStream err(stderr);

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// User plus system CPU time of a process so far, in seconds: fields 14 and 15 of /proc/PID/stat.
std::optional<double> cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/" % QString::number(pid) % u"/stat");
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // The command name in parentheses may hold spaces; the fields after it never do.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

double residentMb()
{
    QFile file(QStringLiteral("/proc/self/statm"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return double(fields.value(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

struct Child
{
    explicit Child(const QString &name)
        : name(name)
    { }
    QString name;
    QProcess process;
    std::optional<double> cpu; // at the start of the current sample
};

// Percent of one core the child used since the last call, over `seconds`; 0 on the first call,
// which only marks the start. Nothing if the child has died.
std::optional<double> percentSince(Child &child, double seconds)
{
    const std::optional<double> now = cpuSeconds(child.process.processId());
    if (!now || child.process.state() != QProcess::Running) {
        err << "kiosk: " << child.name << " is no longer running:\n"
            << child.process.readAll() << Qt::endl;
        return std::nullopt;
    }
    const std::optional<double> before = std::exchange(child.cpu, now);
    return before ? (*now - *before) / seconds * 100 : 0.0;
}

bool idleCpu(const QProcessEnvironment &base)
{
    QTemporaryDir home;
    if (!home.isValid())
        return false;
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    // A runtime folder of its own, so this Haven never meets one already running.
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    const QString config = home.filePath(QStringLiteral("haven.conf"));
    QFile(config).open(QIODevice::WriteOnly); // an empty file: every setting at its default

    Child haven(QStringLiteral("haven --mode kiosk"));
    Child baseline(QStringLiteral("bare Qt Quick window"));
    for (Child *child : {&haven, &baseline}) {
        child->process.setProcessEnvironment(env);
        child->process.setProcessChannelMode(QProcess::MergedChannels);
    }
    haven.process.start(QStringLiteral(HAVEN_EXECUTABLE),
                        {QStringLiteral("--mode"), QStringLiteral("kiosk"),
                         QStringLiteral("--config"), config, QStringLiteral("--db"),
                         home.filePath(QStringLiteral("haven.db"))});
    baseline.process.start(QStringLiteral(BASELINE_EXECUTABLE), {QStringLiteral("--stay")});
    const auto stop = [&] {
        for (Child *child : {&haven, &baseline}) {
            child->process.kill();
            child->process.waitForFinished(5000);
        }
    };
    for (Child *child : {&haven, &baseline}) {
        if (!child->process.waitForStarted(10000)) {
            err << "kiosk: could not start " << child->name << Qt::endl;
            stop();
            return false;
        }
    }

    out << "kiosk (a): idle CPU, platform " << env.value(QStringLiteral("QT_QPA_PLATFORM"))
        << "; both processes side by side, " << restsAfterSeconds << " s to settle, then "
        << sampleSeconds << " s measured" << Qt::endl;
    // Start-up is not idling: the first five seconds are left out of every figure.
    constexpr int startupSeconds = 5;
    QTest::qWait(startupSeconds * 1000);
    QList<double> moving;
    for (Child *child : {&haven, &baseline}) {
        if (!percentSince(*child, startupSeconds)) {
            stop();
            return false;
        }
    }
    QTest::qWait((restsAfterSeconds - startupSeconds) * 1000);
    for (Child *child : {&haven, &baseline}) {
        const std::optional<double> percent
            = percentSince(*child, restsAfterSeconds - startupSeconds);
        if (!percent) {
            stop();
            return false;
        }
        moving.append(*percent);
    }
    QTest::qWait(sampleSeconds * 1000);
    QList<double> idle;
    for (Child *child : {&haven, &baseline}) {
        const std::optional<double> percent = percentSince(*child, sampleSeconds);
        if (!percent) {
            stop();
            return false;
        }
        idle.append(*percent);
    }
    stop();
    if (const QByteArray said = haven.process.readAll().trimmed(); !said.isEmpty())
        out << "  haven printed:\n" << said << Qt::endl;

    const bool met = idle[0] <= cpuTargetPercent;
    out << "  while the circle breathes (" << startupSeconds << "-" << restsAfterSeconds
        << " s): haven " << fixed(moving[0], 2) << "% of a core, bare window "
        << fixed(moving[1], 2) << "%" << Qt::endl;
    out << "  at rest (" << restsAfterSeconds << "-" << restsAfterSeconds + sampleSeconds
        << " s):" << Qt::endl;
    out << "    haven --mode kiosk     " << fixed(idle[0], 2) << "% of a core" << Qt::endl;
    out << "    bare Qt Quick window   " << fixed(idle[1], 2) << "% of a core" << Qt::endl;
    out << "    difference             " << fixed(idle[0] - idle[1], 2) << " points" << Qt::endl;
    out << "    haven " << fixed(idle[0], 2) << "% (target <= " << cpuTargetPercent
        << "%): " << (met ? "met" : "MISSED") << Qt::endl;
    return met;
}

// The kiosk as main() makes it, driven the way a visitor uses it (see tst_kiosk).
class Kiosk
{
public:
    bool load()
    {
        m_window = m_haven.app->loadWindow(m_engine);
        if (!m_window)
            return false;
        m_window->resize(1280, 800);
        m_ids = m_haven.app->library().ids();
        return QTest::qWaitForWindowExposed(m_window) && !m_ids.isEmpty();
    }

    // One visitor, from the attract screen back to it. Returns what went wrong, or nothing.
    QString visit(int n)
    {
        if (depth() != 1)
            return QStringLiteral("the visit did not start on the attract screen");
        if (!tap(QStringLiteral("attractBegin")) || !tap(QStringLiteral("checkInButton"))
            || !tap(QStringLiteral("gauge")) || !tap(QStringLiteral("checkInDone")))
            return m_failed;
        if (!m_haven.flow().checkedIn())
            return QStringLiteral("the check-in did not reach the visit");
        const QString id = m_ids.at(n % m_ids.size());
        m_haven.flow().startExercise(id); // as its card does
        QTest::qWait(50);
        ExerciseRunner *runner = m_haven.flow().runner();
        if (!runner || runner->exerciseId() != id)
            return u"exercise " % id % u" did not open";
        for (int step = 0; step < stepsPerVisit && step + 1 < runner->stepCount(); ++step) {
            runner->next();
            QTest::qWait(50);
        }
        // What the idle watch does when the visitor has walked away.
        m_haven.flow().idleReset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(20);
        if (depth() != 1 || m_haven.flow().checkedIn())
            return QStringLiteral("the reset did not wipe the visit");
        return {};
    }

    qsizetype objects() const { return m_window->findChildren<QObject *>().size(); }
    int exercises() const { return int(m_ids.size()); }

private:
    int depth() const
    {
        return m_window->findChild<QObject *>(QStringLiteral("stack"))->property("depth").toInt();
    }

    bool tap(const QString &name)
    {
        const QString trouble = Finger::tap(m_window, name);
        if (!trouble.isEmpty())
            m_failed = trouble % u" (screens open: " % QString::number(depth()) % u')';
        return trouble.isEmpty();
    }

    HavenFixture m_haven{AppConfig::Mode::Kiosk, HavenFixture::options(nullptr, true, true)};
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_ids;
    QString m_failed;
};

// Haven's warnings, each printed once with how often it came: a kiosk with no sound device warns
// once per visitor, and 200 copies would bury the figures.
QMap<QString, int> warnings;

void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    ++warnings[QString::fromLatin1(context.category) % u": " % message];
}

bool memory()
{
    Kiosk kiosk;
    if (!kiosk.load()) {
        err << "kiosk: Main.qml did not load" << Qt::endl;
        return false;
    }
    const int exercises = kiosk.exercises();
    out << "kiosk (b): memory over " << visitors << " visitors in one kiosk process, taking the "
        << exercises << " exercises in turn" << Qt::endl;
    out << "  loaded, before any visitor: " << fixed(residentMb(), 1) << " MB resident" << Qt::endl;
    qInstallMessageHandler(collect);
    QMap<int, double> resident;
    for (int n = 1; n <= visitors; ++n) {
        if (const QString problem = kiosk.visit(n - 1); !problem.isEmpty()) {
            qInstallMessageHandler(nullptr);
            err << "kiosk: visitor " << n << ": " << problem << Qt::endl;
            return false;
        }
        if (n == 1 || n == 10 || n == exercises || n % 50 == 0) {
            resident[n] = residentMb();
            out << "  after visitor " << QString::number(n).rightJustified(3) << ": "
                << fixed(resident[n], 1) << " MB resident, " << kiosk.objects()
                << " objects in the window"
                << (n == exercises ? " (each exercise opened once)" : "") << Qt::endl;
        }
    }
    qInstallMessageHandler(nullptr);
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        out << "  warned " << it.value() << " times: " << it.key() << Qt::endl;
    const auto growth = [&resident](int from) {
        return (resident[visitors] - resident[from]) / resident[from] * 100;
    };
    if (resident.contains(exercises))
        out << "  growth from visitor " << exercises << " to visitor " << visitors << ": "
            << fixed(growth(exercises), 1) << "% (for information)" << Qt::endl;
    const bool met = growth(1) <= growthTargetPercent;
    out << "  growth from visitor 1 to visitor " << visitors << ": " << fixed(growth(1), 1)
        << "% (target <= " << growthTargetPercent << "%): " << (met ? "met" : "MISSED") << Qt::endl;
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    mallopt(M_MMAP_THRESHOLD, 128 * 1024); // as Haven's main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Taken before the next line: the bare window gets no on-screen keyboard; haven adds its own.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A kiosk types on Qt's on-screen keyboard, as main() arranges in kiosk mode.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    // `bench_kiosk b` runs only that part; no argument runs both.
    const QStringList parts = app.arguments().mid(1);
    const auto runs = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1StringView(part));
    };
    bool met = true;
    if (runs("a"))
        met = idleCpu(env) && met;
    if (runs("b"))
        met = memory() && met;
    return met ? 0 : 1;
}
