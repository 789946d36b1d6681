#include "sqlitetesting.h"
#include "usagesamples.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using SqliteTesting::Connection;

// A tester's afternoon with the real executable, kept as a table: hostile files, configs and
// options, each with the exit code and the words it must give, and the files it must not lose.
// A case loses data when a file it protects is changed, moved away without its bytes surviving
// beside it, or a log holds fewer runs than before.
class TestHostile : public QObject
{
    Q_OBJECT

private:
    struct Case
    {
        QString name;
        // Makes the case's files in the folder and returns the arguments.
        std::function<QStringList(const QDir &)> setUp;
        int exitCode;
        QString says = {}; // in stdout or stderr
        QString neverSays = {}; // a secret that must not be echoed
        QStringList protect = {}; // files (in the folder) that must keep their bytes
        bool asideIsFine = false; // a damaged log may be set aside, bytes intact
        QString log = {}; // a log whose runs must all stay
        bool noNewFiles = false; // a report must make no file beside what it reads
    };

    struct Outcome
    {
        int exitCode = -1;
        QString output;
    };

    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
    }

    static int runs(const QString &path)
    {
        Connection c(path);
        return c.value(QStringLiteral("SELECT count(*) FROM runs")).toInt();
    }

    static QString sampleLog(const QDir &dir, int count = 40)
    {
        const QString path = dir.filePath(QStringLiteral("haven.db"));
        if (!writeSampleLog(path, count, QDate::currentDate(), 20, 7))
            qFatal("cannot write a sample log");
        return path;
    }

    static QString otherAppDatabase(const QDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("contacts.db"));
        Connection c(path);
        c.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
        c.exec(QStringLiteral("INSERT INTO contacts VALUES ('A', '555')"));
        return path;
    }

    static Outcome run(const QDir &home, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("home/data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(HAVEN_EXECUTABLE), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) { // a hang is a failure, never a wait
            process.kill();
            process.waitForFinished();
            return {-2, QString::fromUtf8(process.readAll()) + u"\n(hung: killed after 30 s)"_qs};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    static QList<Case> cases()
    {
        const auto self = [](const QStringList &more) {
            return QStringList{QStringLiteral("--self-test")} + more;
        };
        const QString conf = QStringLiteral("haven.conf");
        const QString pinConf
            = QStringLiteral("[staff]\npin=pbkdf2-sha256$100000$c2FsdA==$aGFzaA==\n");
        QList<Case> list;
        // Options.
        list.append({u"report with set-pin"_qs,
                     [](const QDir &) {
                         return QStringList{u"--report"_qs, u"--set-pin"_qs};
                     },
                     2, u"cannot be used together"_qs});
        list.append({u"check-content with report"_qs,
                     [](const QDir &d) {
                         return QStringList{u"--check-content"_qs, d.path(), u"--report"_qs};
                     },
                     2, u"cannot be used together"_qs});
        list.append({u"exercise with report"_qs,
                     [](const QDir &) {
                         return QStringList{u"--report"_qs, u"--exercise"_qs, u"orienting"_qs};
                     },
                     2, u"--exercise cannot be used with --report"_qs});
        list.append({u"unknown option"_qs, [](const QDir &) { return QStringList{u"--rm"_qs}; }, 2,
                     u"unknown option"_qs});
        list.append({u"minutes alone"_qs,
                     [](const QDir &) {
                         return QStringList{u"--minutes"_qs, u"5"_qs};
                     },
                     2, u"--minutes needs --exercise"_qs});
        list.append({u"impossible date"_qs,
                     [](const QDir &) {
                         return QStringList{u"--report"_qs, u"--from"_qs, u"2025-13-01"_qs};
                     },
                     2, u"--from"_qs});
        list.append({u"minutes out of range"_qs,
                     [](const QDir &) {
                         return QStringList{u"--exercise"_qs, u"orienting"_qs, u"--minutes"_qs,
                                            u"100000"_qs};
                     },
                     2, u"--minutes"_qs});
        // Configuration files.
        list.append({u"mistyped --config"_qs,
                     [self](const QDir &d) {
                         return self({u"--mode"_qs, u"kiosk"_qs, u"--config"_qs,
                                      d.filePath(u"hven.conf"_qs)});
                     },
                     0, u"there is no such file; using defaults, so there is no staff PIN"_qs});
        list.append({u"binary config"_qs,
                     [self](const QDir &d) {
                         write(d.filePath(u"bin.conf"_qs),
                               QByteArray("\x7f"
                                          "ELF",
                                          4)
                                   + QByteArray(64, '\0'));
                         return self({u"--config"_qs, d.filePath(u"bin.conf"_qs)});
                     },
                     0,
                     u"holds binary data"_qs,
                     {},
                     {u"bin.conf"_qs}});
        list.append({u"plain-text PIN"_qs,
                     [self](const QDir &d) {
                         write(d.filePath(u"plain.conf"_qs), "[staff]\npin=739164\n");
                         return self({u"--config"_qs, d.filePath(u"plain.conf"_qs)});
                     },
                     0,
                     u"not shown"_qs,
                     u"739164"_qs,
                     {u"plain.conf"_qs}});
        list.append({u"2 MB of help text"_qs,
                     [self](const QDir &d) {
                         write(d.filePath(u"help.conf"_qs),
                               "[help]\ntext=" + QByteArray(2 << 20, 'h') + '\n');
                         return self({u"--config"_qs, d.filePath(u"help.conf"_qs)});
                     },
                     0, u"at most 4000 characters"_qs});
        list.append({u"config is a folder"_qs,
                     [self](const QDir &d) {
                         d.mkpath(u"conf.d"_qs);
                         return self({u"--config"_qs, d.filePath(u"conf.d"_qs)});
                     },
                     2, u"--config"_qs});
        // The usage log.
        list.append({u"the clinic config given as --db"_qs,
                     [self, conf, pinConf](const QDir &d) {
                         write(d.filePath(conf), pinConf.toUtf8());
                         return self({u"--db"_qs, d.filePath(conf)});
                     },
                     0,
                     u"is not a usage log (it is not an SQLite file)"_qs,
                     {},
                     {conf}});
        list.append({u"another program's database, at start"_qs,
                     [self](const QDir &d) {
                         return self({u"--db"_qs, otherAppDatabase(d)});
                     },
                     0,
                     u"not a Haven usage log"_qs,
                     {},
                     {u"contacts.db"_qs}});
        list.append({u"another program's database, reported"_qs,
                     [](const QDir &d) {
                         return QStringList{u"--report"_qs, u"--db"_qs, otherAppDatabase(d)};
                     },
                     1,
                     u"not a Haven usage log"_qs,
                     {},
                     {u"contacts.db"_qs},
                     false,
                     {},
                     true});
        list.append({u"negative user_version"_qs,
                     [](const QDir &d) {
                         const QString path = otherAppDatabase(d);
                         Connection c(path);
                         c.exec(u"DROP TABLE contacts"_qs);
                         c.exec(u"PRAGMA user_version = -3"_qs);
                         return QStringList{u"--report"_qs, u"--db"_qs, path};
                     },
                     1,
                     u"its schema version is -3, which no Haven writes"_qs,
                     {},
                     {u"contacts.db"_qs}});
        list.append({u"a log from a newer Haven"_qs,
                     [self](const QDir &d) {
                         const QString path = sampleLog(d);
                         Connection(path).exec(u"PRAGMA user_version = 99"_qs);
                         return self({u"--db"_qs, path});
                     },
                     0,
                     u"newer version of Haven"_qs,
                     {},
                     {u"haven.db"_qs}});
        list.append({u"a damaged log"_qs,
                     [self](const QDir &d) {
                         write(d.filePath(u"haven.db"_qs),
                               QByteArray("SQLite format 3", 16) + QByteArray(5000, '\x5a'));
                         return self({u"--db"_qs, d.filePath(u"haven.db"_qs)});
                     },
                     0,
                     u"is damaged"_qs,
                     {},
                     {u"haven.db"_qs},
                     true});
        list.append({u"--db is a folder"_qs,
                     [](const QDir &d) {
                         d.mkpath(u"db.d"_qs);
                         return QStringList{u"--report"_qs, u"--db"_qs, d.filePath(u"db.d"_qs)};
                     },
                     2, u"--db"_qs});
        list.append({u"--db is a pipe"_qs,
                     [self](const QDir &d) {
                         ::mkfifo(QFile::encodeName(d.filePath(u"pipe.db"_qs)).constData(), 0600);
                         return self({u"--db"_qs, d.filePath(u"pipe.db"_qs)});
                     },
                     0, u"is not a file"_qs});
        list.append({u"a report reads and writes nothing"_qs,
                     [](const QDir &d) {
                         return QStringList{u"--report"_qs, u"--db"_qs, sampleLog(d)};
                     },
                     0,
                     u"Haven usage report"_qs,
                     {},
                     {u"haven.db"_qs},
                     false,
                     {},
                     true});
        list.append({u"an empty file reported"_qs,
                     [](const QDir &d) {
                         write(d.filePath(u"empty.db"_qs), {});
                         return QStringList{u"--report"_qs, u"--db"_qs, d.filePath(u"empty.db"_qs)};
                     },
                     1,
                     u"older Haven"_qs,
                     {},
                     {u"empty.db"_qs},
                     false,
                     {},
                     true});
        list.append({u"a missing log reported"_qs,
                     [](const QDir &d) {
                         return QStringList{u"--report"_qs, u"--db"_qs, d.filePath(u"none.db"_qs)};
                     },
                     1, u"there is no usage log"_qs});
        list.append({u"a good log survives a start"_qs,
                     [self](const QDir &d) {
                         return self({u"--db"_qs, sampleLog(d)});
                     },
                     0,
                     {},
                     {},
                     {},
                     false,
                     u"haven.db"_qs});
        // Exercise folders.
        const auto content = [](const QDir &d, const char *what) {
            d.mkpath(u"ex"_qs);
            const QDir ex(d.filePath(u"ex"_qs));
            const QByteArray name(what);
            if (name == "pipe")
                ::mkfifo(QFile::encodeName(ex.filePath(u"stalled.json"_qs)).constData(), 0600);
            else if (name == "audio pipe") {
                // A real exercise whose first clip is a pipe that never ends.
                QFile::copy(QStringLiteral(HAVEN_MEDIA_DIR "/exercises/box-breathing.json"),
                            ex.filePath(u"box-breathing.json"_qs));
                d.mkpath(u"audio/box-breathing"_qs);
                ::mkfifo(
                    QFile::encodeName(d.filePath(u"audio/box-breathing/00.ogg"_qs)).constData(),
                    0600);
            } else if (name == "dangling")
                QFile::link(ex.filePath(u"gone"_qs), ex.filePath(u"dangling.json"_qs));
            else if (name == "loop") {
                QFile::link(ex.filePath(u"b.json"_qs), ex.filePath(u"a.json"_qs));
                QFile::link(ex.filePath(u"a.json"_qs), ex.filePath(u"b.json"_qs));
            } else if (name == "folder")
                ex.mkpath(u"x.json"_qs);
            else if (name == "broken") {
                for (int i = 0; i < 5; ++i)
                    write(ex.filePath(u"broken-%1.json"_qs.arg(i)), "{\"id\": ");
            }
            return ex.path();
        };
        list.append({u"check-content DIR// with broken files"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "broken") + u"//"_qs};
                     },
                     1, u"0 ready, 5 with errors"_qs});
        list.append({u"an exercise file that is a pipe"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "pipe")};
                     },
                     1, u"not a regular file (a pipe or a device)"_qs});
        list.append({u"an exercise whose audio is a pipe"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "audio pipe")};
                     },
                     1, u"not a regular file: ../audio/box-breathing/00.ogg"_qs});
        list.append({u"a dangling link"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "dangling")};
                     },
                     1, u"a link that leads nowhere"_qs});
        list.append({u"a symlink loop"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "loop")};
                     },
                     1, u"0 ready, 2 with errors"_qs});
        list.append({u"a folder named x.json"_qs,
                     [content](const QDir &d) {
                         return QStringList{u"--check-content"_qs, content(d, "folder")};
                     },
                     1, u"a folder, not a file"_qs});
        list.append({u"a pipe among a clinic's exercises, at start"_qs,
                     [self, content](const QDir &d) {
                         return self({u"--content"_qs, content(d, "pipe")});
                     },
                     0, u"not a regular file"_qs});
        return list;
    }

private Q_SLOTS:
    void hostileInputs()
    {
        int losing = 0;
        int failing = 0;
        const QList<Case> all = cases();
        for (const Case &c : all) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const QDir folder(dir.path());
            const QStringList arguments = c.setUp(folder);
            QHash<QString, QByteArray> before;
            for (const QString &name : c.protect)
                before.insert(name, digest(folder.filePath(name)));
            const int runsBefore = c.log.isEmpty() ? 0 : runs(folder.filePath(c.log));
            const QStringList filesBefore
                = folder.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);

            const Outcome outcome = run(folder, arguments);

            QStringList lost;
            for (const QString &name : c.protect) {
                if (digest(folder.filePath(name)) == before.value(name))
                    continue;
                bool aside = false;
                for (const QString &other : folder.entryList(QDir::Files))
                    aside = aside
                        || (c.asideIsFine && other.startsWith(name + u".corrupt-")
                            && digest(folder.filePath(other)) == before.value(name));
                if (!aside)
                    lost.append(name);
            }
            if (!c.log.isEmpty() && runs(folder.filePath(c.log)) < runsBefore)
                lost.append(c.log % u" lost runs");
            if (c.noNewFiles) {
                const QStringList after
                    = folder.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
                if (after != filesBefore)
                    lost.append(u"made files: "_qs + after.join(u", "));
            }
            QStringList wrong;
            if (outcome.exitCode != c.exitCode)
                wrong.append(u"exit %1, expected %2"_qs.arg(outcome.exitCode).arg(c.exitCode));
            if (!c.says.isEmpty() && !outcome.output.contains(c.says))
                wrong.append(u"did not say \""_qs + c.says + u'"');
            if (!c.neverSays.isEmpty() && outcome.output.contains(c.neverSays))
                wrong.append(u"echoed the secret"_qs);
            if (!lost.isEmpty())
                ++losing;
            if (!wrong.isEmpty() || !lost.isEmpty()) {
                ++failing;
                qWarning().noquote() << c.name << ":" << (wrong + lost).join(u"; ") << "\n"
                                     << outcome.output.left(1500);
            }
        }
        qInfo().noquote() << all.size() << "hostile cases run against" << HAVEN_EXECUTABLE << ";"
                          << losing << "lose data;" << failing << "fail";
        QCOMPARE(losing, 0);
        QCOMPARE(failing, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
