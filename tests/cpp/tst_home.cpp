#include "checkinhistory.h"
#include "exerciselibrary.h"
#include "lengthchoice.h"
#include "preferences.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What a person keeps on their own device, and nothing more: check-ins by day, favourites and
// chosen lengths, in files only they can read.
class TestHome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray read(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    static bool isPrivate(const QString &file)
    {
        return QFile::permissions(file)
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser);
    }

    static RunRecord run(qreal before, qreal after)
    {
        RunRecord record;
        record.exerciseId = QStringLiteral("box-breathing");
        record.mode = QStringLiteral("home");
        record.before = CheckIn{before, 7};
        record.after = CheckIn{after, 3};
        record.endedAt = QDateTime(QDate(2026, 3, 4), QTime(21, 47));
        return record;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void historyKeepsTheDayAndTheCheckInsOnly()
    {
        const QString file = path(QStringLiteral("a/checkins.json"));
        {
            CheckInHistory history(file, nullptr);
            history.addRun(run(0.7, 0.1));
            RunRecord skipped = run(0.5, 0);
            skipped.after.reset(); // no after check-in: nothing to compare, nothing kept
            history.addRun(skipped);
            QCOMPARE(history.count(), 1);
            QVERIFY(history.error().isEmpty());
        }
        QVERIFY(isPrivate(file));
        const QByteArray saved = read(file);
        QVERIFY(!saved.contains("box-breathing")); // not which exercise
        QVERIFY(!saved.contains("21:47") && !saved.contains("T21")); // nor the time of day
        QVERIFY(saved.contains("2026-03-04"));

        CheckInHistory again(file, nullptr);
        QCOMPARE(again.count(), 1);
        const QModelIndex row = again.index(0);
        QCOMPARE(row.data(CheckInHistory::BeforeRole).toReal(), 0.7);
        QCOMPARE(row.data(CheckInHistory::AfterDistressRole).toInt(), 3);
        QCOMPARE(row.data(CheckInHistory::CloserRole).toBool(), true);
        QCOMPARE(row.data(CheckInHistory::LongDayRole).toString(), u"Wednesday 4 March"_qs);
    }

    void daysAndCloserAreCounted()
    {
        CheckInHistory history(path(QStringLiteral("b/checkins.json")), nullptr);
        const QDate day(2026, 5, 1);
        history.add(day, {0.8, 8}, {0.2, 4}); // closer
        history.add(day, {-0.6, -1}, {-0.55, -1}); // about the same
        history.add(day.addDays(2), {0.4, 5}, {0.6, 6}); // further
        history.add(day.addDays(1), {0.5, 5}, {0, 2}); // the clock set back: in its place
        QCOMPARE(history.count(), 4);
        QCOMPARE(history.days(), 3);
        QCOMPARE(history.closerCount(), 2);
        QCOMPARE(history.index(2).data(CheckInHistory::DayRole).toString(), u"2026-05-02"_qs);
        QVERIFY(history.index(0).data(CheckInHistory::FirstOfDayRole).toBool());
        QVERIFY(!history.index(1).data(CheckInHistory::FirstOfDayRole).toBool());
    }

    void deleteMyHistoryReallyDeletes()
    {
        const QString file = path(QStringLiteral("c/checkins.json"));
        CheckInHistory history(file, nullptr);
        history.add(QDate(2026, 1, 1), {0.5, 5}, {0.1, 2});
        QVERIFY(QFile::exists(file));
        QSignalSpy changed(&history, &CheckInHistory::changed);
        QVERIFY(history.deleteAll());
        QCOMPARE(history.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!QFile::exists(file)); // the file itself, not an empty list in it
        QCOMPARE(CheckInHistory(file, nullptr).count(), 0);
    }

    void anUnreadableHistoryIsSetAsideNotLost()
    {
        const QString file = path(QStringLiteral("d/checkins.json"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("d"))));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"checkIns\": [ half a file");
        out.close();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"could not be read; the history "
                                                u"starts again and the old file is "
                                                u".*checkins.json.unreadable-"_qs));
        CheckInHistory history(file, nullptr);
        QCOMPARE(history.count(), 0);
        QVERIFY(!QFile::exists(file));
        const QStringList aside = QDir(path(QStringLiteral("d")))
                                      .entryList({QStringLiteral("checkins.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        history.add(QDate(2026, 1, 2), {0.5, 5}, {0.1, 2}); // and it carries on
        QCOMPARE(CheckInHistory(file, nullptr).count(), 1);
    }

    void aSaveThatFailsSaysSo()
    {
        const QString blocked = path(QStringLiteral("e"));
        QVERIFY(QFile(blocked).open(QIODevice::WriteOnly)); // a file where the folder should be
        CheckInHistory history(blocked + QStringLiteral("/checkins.json"), nullptr);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_qs));
        history.add(QDate(2026, 1, 3), {0.5, 5}, {0.1, 2});
        QVERIFY(!history.error().isEmpty());
        QCOMPARE(history.count(), 1); // still shown while Haven runs
    }

    void withoutAFileNothingIsKept()
    {
        CheckInHistory history(QString(), nullptr);
        history.addRun(run(0.7, 0.1));
        QVERIFY(!history.isEnabled());
        QCOMPARE(history.count(), 0);
        Preferences preferences(QString(), nullptr);
        preferences.setFavourite(QStringLiteral("orienting"), true);
        preferences.setMinutes(QStringLiteral("orienting"), 5);
        preferences.setVoice(QStringLiteral("bdl"));
        QVERIFY(preferences.favourites().isEmpty());
        QCOMPARE(preferences.voice(), QString());
        QCOMPARE(preferences.minutesFor(QStringLiteral("orienting")), 0);
    }

    void preferencesAreRemembered()
    {
        const QString file = path(QStringLiteral("f/preferences.json"));
        {
            Preferences preferences(file, nullptr);
            preferences.setFavourite(QStringLiteral("orienting"), true);
            preferences.setFavourite(QStringLiteral("safe-place"), true);
            preferences.setFavourite(QStringLiteral("orienting"), false);
            preferences.setMinutes(QStringLiteral("box-breathing"), 7);
            preferences.setMinutes(QStringLiteral("safe-place"), 99); // not a length: ignored
            QSignalSpy voiceChanged(&preferences, &Preferences::voiceChanged);
            preferences.setVoice(QStringLiteral("bdl"));
            preferences.setVoice(QStringLiteral("robot")); // not a narrator: the device's voice
            QCOMPARE(preferences.voice(), QString());
            preferences.setVoice(QStringLiteral("bdl"));
            QCOMPARE(voiceChanged.count(), 3);
        }
        QVERIFY(isPrivate(file));
        Preferences again(file, nullptr);
        QCOMPARE(again.favourites(), QStringList{u"safe-place"_qs});
        QCOMPARE(again.minutesFor(QStringLiteral("box-breathing")), 7);
        QCOMPARE(again.minutesFor(QStringLiteral("safe-place")), 0);
        QCOMPARE(again.voice(), QStringLiteral("bdl"));
        again.setMinutes(QStringLiteral("box-breathing"), 0); // back to its own length
        QCOMPARE(Preferences(file, nullptr).minutes().size(), 0);
    }

    void lengthsAnExerciseCanHonestlyRun()
    {
        ExerciseLibrary library(nullptr);
        library.setLanguage(QStringLiteral("en"));
        library.load({ExerciseLibrary::shippedFolder()});
        LengthChoice length;
        length.setLibrary(&library);
        length.setExerciseId(QStringLiteral("box-breathing"));
        QVERIFY(length.isValid() && length.isAdjustable());
        QVERIFY(length.from() >= 1 && length.from() <= length.ownMinutes());
        QCOMPARE(length.to(), LengthChoice::maxMinutes);
        QCOMPARE(length.runMinutes(length.ownMinutes()), 0); // its own length
        QCOMPARE(length.runMinutes(12), 12);

        length.setExerciseId(QStringLiteral("window-of-tolerance")); // a read: as long as it takes
        QVERIFY(length.isValid());
        QVERIFY(!length.isAdjustable());
        length.setExerciseId(QStringLiteral("no-such-thing"));
        QVERIFY(!length.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_home.moc"
