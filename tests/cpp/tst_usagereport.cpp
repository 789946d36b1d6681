#include "sqlitetesting.h"
#include "usagelog.h"
#include "usagereport.h"
#include "usagesamples.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The dashboard's side of the report: a range picked with buttons, figures ready to draw, export.
class TestUsageReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_today{2025, 6, 30};

    QString logWithSamples(const QString &name, qsizetype runs)
    {
        const QString path = m_dir.filePath(name);
        if (!writeSampleLog(path, runs, m_today, 120, 9))
            qFatal("cannot make a log");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void presetsAndSteps()
    {
        UsageReport report;
        QSignalSpy changed(&report, &UsageReport::rangeChanged);
        report.setToday(m_today);
        QCOMPARE(report.presetDays(), UsageReport::defaultPresetDays);
        QCOMPARE(report.from(), QStringLiteral("2025-06-01"));
        QCOMPARE(report.to(), QStringLiteral("2025-06-30"));
        QVERIFY(report.toToday());
        report.choosePreset(7);
        QCOMPARE(report.from(), QStringLiteral("2025-06-24"));
        QCOMPARE(report.presetDays(), 7);
        QCOMPARE(report.fromText(), QStringLiteral("Tue 24 Jun 2025"));
        // The figures are counted over whole weeks, and the dashboard says which.
        QVERIFY2(report.countedText().endsWith(u"Mon 23 Jun 2025 to Sun 6 Jul 2025"),
                 qPrintable(report.countedText()));

        report.moveFrom(0, -1);
        QCOMPARE(report.from(), QStringLiteral("2025-05-24"));
        QCOMPARE(report.presetDays(), 0); // a range of one's own
        report.moveTo(1, 0); // not past today
        QCOMPARE(report.to(), QStringLiteral("2025-06-30"));
        report.moveTo(0, -2); // not before the start
        QCOMPARE(report.to(), QStringLiteral("2025-05-24"));
        QVERIFY(report.oneDay());
        QVERIFY(!report.toToday());
        report.moveFrom(3, 0); // nor the start past the end
        QCOMPARE(report.from(), QStringLiteral("2025-05-24"));
        report.moveTo(-1, 0);
        QCOMPARE(report.to(), QStringLiteral("2025-05-24"));
        QCOMPARE(changed.size(), 4); // only real changes are announced
    }

    void figuresToDraw()
    {
        UsageLog log(nullptr);
        // Busy enough that most cells (a week, a mode, an exercise) hold 11 runs or more.
        log.open(logWithSamples(QStringLiteral("figures.db"), 12000), 3650, false);
        UsageReport report;
        report.setToday(m_today);
        report.setLog(&log);
        QTRY_VERIFY(report.ready() && !report.busy());
        QCOMPARE(report.error(), QString());

        const QVariantMap runs = report.summary().value(QStringLiteral("runs")).toMap();
        QVERIFY(!runs.value(QStringLiteral("suppressed")).toBool());
        QVERIFY(runs.value(QStringLiteral("value")).toInt() > 500);
        QVERIFY(report.summary()
                    .value(QStringLiteral("distress"))
                    .toMap()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(u'\u2212'));

        const QVariantList exercises = report.exercises();
        QCOMPARE(exercises.first().toMap().value(QStringLiteral("exerciseId")),
                 QVariant(QStringLiteral("box-breathing")));
        QCOMPARE(exercises.first()
                     .toMap()
                     .value(QStringLiteral("runs"))
                     .toMap()
                     .value(QStringLiteral("share")),
                 QVariant(1.0));
        bool sawSuppressed = false;
        for (const QVariant &e : exercises) {
            const QVariantMap figure = e.toMap().value(QStringLiteral("runs")).toMap();
            const double share = figure.value(QStringLiteral("share")).toDouble();
            QVERIFY(share >= 0 && share <= 1);
            if (figure.value(QStringLiteral("suppressed")).toBool()) {
                sawSuppressed = true;
                QCOMPARE(figure.value(QStringLiteral("text")).toString(),
                         QStringLiteral("fewer than 11"));
                QCOMPARE(share, 0.0);
            }
        }
        QVERIFY(sawSuppressed);
        QCOMPARE(report.hours().size(), 24);
        QCOMPARE(report.weekdays().size(), 7);
        QCOMPARE(report.weekdays().first().toMap().value(QStringLiteral("name")),
                 QVariant(QStringLiteral("Monday")));
        QCOMPARE(report.zones().size(), 3);
        QCOMPARE(report.zones().first().toMap().value(QStringLiteral("zone")),
                 QVariant(QStringLiteral("above")));
        QCOMPARE(report.shifts().size(), 9);

        // Fewer days, fewer runs.
        const int month = runs.value(QStringLiteral("value")).toInt();
        report.choosePreset(7);
        QTRY_VERIFY(!report.busy());
        QVERIFY(report.summary()
                    .value(QStringLiteral("runs"))
                    .toMap()
                    .value(QStringLiteral("value"))
                    .toInt()
                < month);
        report.setMode(QStringLiteral("home"));
        QTRY_VERIFY(!report.busy());
    }

    void exportsCsv()
    {
        UsageLog log(nullptr);
        log.open(logWithSamples(QStringLiteral("export.db"), 500), 3650, false);
        UsageReport report;
        report.setToday(m_today);
        report.setExportFolder(m_dir.filePath(QStringLiteral("reports")));
        report.setLog(&log);
        report.exportCsv();
        QVERIFY(report.exporting());
        QTRY_VERIFY(!report.exporting());
        const QString file = m_dir.filePath(
            QStringLiteral("reports/haven-report-2025-06-01-to-2025-06-30-all.csv"));
        QCOMPARE(report.exportMessage(), u"Saved to " % file);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("from,to,mode,section,item,figure,value,runs"));
    }

    void aClosedLogSaysWhy()
    {
        UsageLog log(nullptr);
        UsageReport report;
        report.setLog(&log);
        QTRY_COMPARE(report.error(), log.status());
        QVERIFY(!report.ready());
        report.exportCsv();
        QTRY_VERIFY(report.exportMessage().startsWith(QStringLiteral("The report was not saved")));
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "tst_usagereport.moc"
