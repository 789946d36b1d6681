#include "reportcommand.h"
#include "reports.h"
#include "sqlitetesting.h"
#include "usagesamples.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `haven --report`: what a clinic manager runs at the end of a month.
class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_log;
    const QDate m_lastDay{2025, 3, 31};

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run report(const QString &db, const ReportQuery &query, const QString &csv = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = printReport(db, query, csv, outStream, errStream);
        return {code, out, err};
    }

    Run haven(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never the real user's files
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a report needs no display
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HAVEN_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            qFatal("haven did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString expectedText(const ReportQuery &query)
    {
        SqliteTesting::Connection c(m_log);
        QSqlError error;
        return Reports::compute(c.database(), query, &error).toText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("haven.db"));
        QVERIFY(writeSampleLog(m_log, 3000, m_lastDay, 90, 5));
    }

    void printsAlignedText()
    {
        const ReportQuery march{QDate(2025, 3, 1), m_lastDay, {}};
        const Run r = report(m_log, march);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        // March, widened to whole weeks: Monday 24 February to Sunday 6 April.
        QVERIFY(r.out.startsWith(
            QStringLiteral("Haven usage report: 2025-02-24 to 2025-04-06, all modes\n")));
        QCOMPARE(r.out, expectedText(march));
        // Runs by language: a quarter of the sample's runs were in Spanish.
        const QRegularExpressionMatch spanish
            = QRegularExpression(QStringLiteral("\nSpanish +(\\d+)\n")).match(r.out);
        QVERIFY2(spanish.hasMatch(), qPrintable(r.out));
        const QRegularExpressionMatch english
            = QRegularExpression(QStringLiteral("\nEnglish +(\\d+)\n")).match(r.out);
        QVERIFY(english.hasMatch());
        QVERIFY(english.captured(1).toInt() > 2 * spanish.captured(1).toInt());
        QVERIFY(spanish.captured(1).toInt() >= Figure::minimumRuns);
    }

    void writesCsv()
    {
        const QString csv = m_dir.filePath(QStringLiteral("march.csv"));
        const Run r = report(m_log, {QDate(2025, 3, 1), m_lastDay, QStringLiteral("kiosk")}, csv);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"haven: wrote the report to " % csv % u'\n');
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("from,to,mode,section,item,figure,value,runs"));
        QVERIFY(lines.at(1).startsWith("2025-02-24,2025-04-06,kiosk,total,all,runs,"));
    }

    void missingLogIsNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.db"));
        const Run r = report(missing, {});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"haven: --report: there is no usage log at " % missing % u'\n');
        QVERIFY(!QFileInfo::exists(missing));
    }

    void newerLogIsRefused()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
        {
            SqliteTesting::Connection c(newer);
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const Run r = report(newer, {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer version of Haven"))
                     && r.err.count(u'\n') == 1,
                 qPrintable(r.err));
    }

    void theRealCommand()
    {
        const Run r = haven({QStringLiteral("--report"), QStringLiteral("--db"), m_log,
                             QStringLiteral("--from"), QStringLiteral("2025-03-10"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-16"),
                             QStringLiteral("--mode"), QStringLiteral("kiosk")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 expectedText({QDate(2025, 3, 10), QDate(2025, 3, 16), QStringLiteral("kiosk")}));
        const Run bad = haven({QStringLiteral("--report"), QStringLiteral("--from=yesterday")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
