#include "stafflock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestStaffLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    const QString m_pin = QStringLiteral("482916");
    QString m_record;

    StaffLock::Now now()
    {
        return [this] { return m_now; };
    }

    QString stateFile(const char *name) { return m_dir.filePath(QLatin1StringView(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_record = StaffLock::makeRecord(m_pin, 1000); // few iterations: tests stay fast
    }

    void recordHoldsOnlyAHash()
    {
        const QString record = StaffLock::makeRecord(m_pin, StaffLock::minIterations);
        const QStringList parts = record.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts[1].toInt(), StaffLock::minIterations);
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
        QVERIFY(!record.contains(m_pin));
        // A fresh salt each time: the same PIN never gives the same record.
        QVERIFY(StaffLock::makeRecord(m_pin, 1000) != StaffLock::makeRecord(m_pin, 1000));
    }

    void verifies()
    {
        QVERIFY(StaffLock::verify(m_record, m_pin));
        QVERIFY(!StaffLock::verify(m_record, QStringLiteral("482917")));
        QVERIFY(!StaffLock::verify(m_record, QString()));
        QVERIFY(!StaffLock::verify(QStringLiteral("md5$1$x$y"), m_pin));
        QVERIFY(!StaffLock::verify(QStringLiteral("garbage"), m_pin));
    }

    void pinShape_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4 digits") << QStringLiteral("1234") << true;
        QTest::newRow("8 digits") << QStringLiteral("12345678") << true;
        QTest::newRow("3 digits") << QStringLiteral("123") << false;
        QTest::newRow("9 digits") << QStringLiteral("123456789") << false;
        QTest::newRow("letters") << QStringLiteral("12a4") << false;
        QTest::newRow("space") << QStringLiteral("1234 ") << false;
    }

    void pinShape()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(StaffLock::isValidPin(pin), valid);
    }

    void calibrationNeverGoesBelowTheFloor()
    {
        QVERIFY(StaffLock::calibrateIterations(1) >= StaffLock::minIterations);
        QVERIFY(StaffLock::calibrateIterations(250) >= StaffLock::minIterations);
    }

    void wrongPinsLockForLongerEachTime()
    {
        StaffLock lock(m_record, stateFile("backoff.ini"), nullptr, now());
        QSignalSpy changed(&lock, &StaffLock::changed);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!lock.tryPin(QStringLiteral("0000")));
        QCOMPARE(lock.attemptsLeft(), 1);
        QCOMPARE(lock.secondsLocked(), 0);
        QVERIFY(!lock.tryPin(QStringLiteral("0000")));
        QCOMPARE(lock.secondsLocked(), 60);
        QVERIFY(!lock.tryPin(m_pin)); // the right PIN does not open a locked pad
        m_now = m_now.addSecs(59);
        QCOMPARE(lock.secondsLocked(), 1);
        m_now = m_now.addSecs(1);
        QCOMPARE(lock.secondsLocked(), 0);
        for (int i = 0; i < 5; ++i)
            lock.tryPin(QStringLiteral("1111"));
        QCOMPARE(lock.secondsLocked(), 120);
        m_now = m_now.addSecs(120);
        for (int i = 0; i < 5; ++i)
            lock.tryPin(QStringLiteral("1111"));
        QCOMPARE(lock.secondsLocked(), 240);
        m_now = m_now.addSecs(240);
        QVERIFY(lock.tryPin(m_pin));
        QCOMPARE(lock.attemptsLeft(), 5);
        // After the right PIN the next lock is a minute again.
        for (int i = 0; i < 5; ++i)
            lock.tryPin(QStringLiteral("1111"));
        QCOMPARE(lock.secondsLocked(), 60);
        QVERIFY(changed.count() >= 20);
    }

    void lockoutSurvivesARestart()
    {
        const QString file = stateFile("restart.ini");
        {
            StaffLock lock(m_record, file, nullptr, now());
            for (int i = 0; i < 5; ++i)
                lock.tryPin(QStringLiteral("9999"));
            QCOMPARE(lock.secondsLocked(), 60);
        }
        m_now = m_now.addSecs(20);
        StaffLock restarted(m_record, file, nullptr, now());
        QCOMPARE(restarted.secondsLocked(), 40);
        QVERIFY(!restarted.tryPin(m_pin));
        m_now = m_now.addSecs(40);
        QVERIFY(restarted.tryPin(m_pin));
    }

    void noPinTextOnDisk()
    {
        const QString file = stateFile("secret.ini");
        StaffLock lock(m_record, file, nullptr, now());
        lock.tryPin(QStringLiteral("135790"));
        lock.tryPin(m_pin);
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(m_pin.toLatin1()) && !bytes.contains("135790"),
                     qPrintable(name));
        }
    }

    // The hash takes about 0.65 s on a kiosk: check() returns at once, says it is checking, and
    // answers later; a second PIN meanwhile is ignored.
    void checksOffTheUiThread()
    {
        const QString slow = StaffLock::makeRecord(m_pin, 400000);
        StaffLock lock(slow, stateFile("async.ini"), nullptr, now());
        QSignalSpy checked(&lock, &StaffLock::checked);
        QElapsedTimer timer;
        timer.start();
        lock.check(QStringLiteral("000000"));
        QVERIFY2(timer.elapsed() < 50, "check() waited for the hash");
        QVERIFY(lock.checking());
        lock.check(m_pin); // ignored: one at a time
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(!lock.checking());
        QCOMPARE(lock.attemptsLeft(), 4);
        lock.check(m_pin);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.at(1).at(0).toBool(), true);
        QCOMPARE(lock.attemptsLeft(), 5);
    }

    // A lock on the fake clock, read again with nothing ticking in between (as after an idle
    // reset closed the pad): the seconds left come from lockedUntil and now, never a countdown.
    void lockoutIsDerivedFromTheClock()
    {
        StaffLock lock(m_record, stateFile("derived.ini"), nullptr, now());
        for (int i = 0; i < 5; ++i)
            lock.tryPin(QStringLiteral("0000"));
        QCOMPARE(lock.lockedUntil(), m_now.addSecs(60));
        QSignalSpy changed(&lock, &StaffLock::changed);
        m_now = m_now.addSecs(50);
        lock.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lock.secondsLocked(), 10);
        m_now = m_now.addSecs(3600); // long past, with no tick at all
        QCOMPARE(lock.secondsLocked(), 0);
        QVERIFY(lock.tryPin(m_pin));
    }

    void withoutAPinNothingOpens()
    {
        StaffLock lock(QString(), stateFile("none.ini"), nullptr, now());
        QVERIFY(!lock.hasPin());
        QVERIFY(!lock.tryPin(QStringLiteral("1234")));
    }
};

QTEST_GUILESS_MAIN(TestStaffLock)
#include "tst_stafflock.moc"
