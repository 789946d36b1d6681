#include "windowtest.h"

#include <QSignalSpy>

// The kiosk's staff PIN pad in the real window, on a fake clock: a lockout read from the stored
// lockedUntil whenever the pad is shown, an idle reset in the middle of it, and the check of a PIN
// running off the UI thread while the pad says so.
class TestPinPad : public WindowTest
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

    QObject *pad() const { return m_window->findChild<QObject *>(QStringLiteral("pinPad")); }
    QString status() const
    {
        QQuickItem *text = item(QStringLiteral("pinStatus"));
        return text ? text->property("text").toString() : QString();
    }
    void showPad()
    {
        QVERIFY(QMetaObject::invokeMethod(pad(), "open"));
        QTRY_VERIFY(item(QStringLiteral("pinPad")));
    }
    void enter(const QString &pin)
    {
        for (const QChar digit : pin)
            tap(u"pinKey-"_qs + digit);
        tap(QStringLiteral("pinOpen"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        open(AppConfig::Mode::Kiosk);
        m_haven->app->staffLock().setNow([this] { return m_now; });
        QVERIFY(pad());
    }

    void lockedPadAfterAnIdleResetAndAfterTheLockEnds()
    {
        showPad();
        for (int i = 0; i < StaffLock::attemptsBeforeLock; ++i) {
            enter(QStringLiteral("0000"));
            QTRY_VERIFY(!m_haven->app->staffLock().checking());
        }
        QTRY_VERIFY2(status().contains(u"Try again in 60 seconds"), qPrintable(status()));
        QVERIFY(!item(QStringLiteral("pinKey-1"))->isEnabled());

        // While it is open, the clock alone moves the figure (the lock's tick re-reads it).
        m_now = m_now.addSecs(5);
        QTRY_VERIFY2(status().contains(u"Try again in 55 seconds"), qPrintable(status()));

        // The visitor's time runs out under the pad: the idle reset closes it mid-lockout.
        flow().idleReset();
        settle();
        QVERIFY(!item(QStringLiteral("pinPad")));
        m_now = m_now.addSecs(45);
        showPad();
        QVERIFY2(status().contains(u"Try again in 10 seconds"), qPrintable(status()));
        QVERIFY(QMetaObject::invokeMethod(pad(), "close"));

        // The lock ends while the pad is closed: shown again, it is open for a PIN at once.
        m_now = m_now.addSecs(11);
        showPad();
        QCOMPARE(status(), QStringLiteral("Enter the staff PIN."));
        QVERIFY(item(QStringLiteral("pinKey-1"))->isEnabled());
        save(QStringLiteral("kiosk-pin-after-lock-1280x800"));
        enter(QString::fromLatin1(HavenFixture::pin));
        QTRY_VERIFY(currentType().startsWith(u"StaffScreen"));
        QVERIFY(!item(QStringLiteral("pinPad")));
        QCOMPARE(m_haven->app->staffLock().attemptsLeft(), StaffLock::attemptsBeforeLock);
    }

    // Until the worker's answer arrives the pad says it is checking and takes no keys; an answer
    // that comes after an idle reset closed the pad opens nothing.
    void showsThatItIsChecking()
    {
        flow().idleReset();
        settle();
        showPad();
        for (const QChar digit : QString::fromLatin1(HavenFixture::pin))
            tap(u"pinKey-"_qs + digit);
        QSignalSpy answered(&m_haven->app->staffLock(), &StaffLock::checked);
        QVERIFY(QMetaObject::invokeMethod(pad(), "submit"));
        QVERIFY(m_haven->app->staffLock().checking());
        QCOMPARE(status(), QStringLiteral("Checking the PIN…"));
        QVERIFY(!item(QStringLiteral("pinKey-1"))->isEnabled());
        m_window->grabWindow().save(QStringLiteral(HAVEN_SCREENSHOT_DIR "/kiosk-pin-checking.png"));
        flow().idleReset(); // before the answer
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.at(0).at(0).toBool(), true);
        settle();
        QVERIFY(!item(QStringLiteral("pinPad")));
        QVERIFY(!currentType().startsWith(u"StaffScreen"));
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_MAIN(TestPinPad)
#include "tst_pinpad.moc"
