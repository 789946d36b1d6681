#include "idlewatch.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

class TestIdleWatch : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

    void wait(IdleWatch &watch, int seconds)
    {
        m_clock.advanceMs(seconds * 1000LL);
        watch.update();
    }

private Q_SLOTS:
    void asksThenResets()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
        watch.setEnabled(true);
        wait(watch, 89);
        QVERIFY(!watch.isAsking());
        wait(watch, 1);
        QVERIFY(watch.isAsking());
        QCOMPARE(watch.secondsLeft(), 15);
        wait(watch, 14);
        QCOMPARE(watch.secondsLeft(), 1);
        QCOMPARE(timedOut.count(), 0);
        wait(watch, 1);
        QCOMPARE(timedOut.count(), 1);
        QVERIFY(!watch.isAsking());
        QVERIFY(!watch.isEnabled()); // waits for the app to finish the wipe
        wait(watch, 500);
        QCOMPARE(timedOut.count(), 1);
    }

    void aTouchWithdrawsTheQuestion()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
        watch.setEnabled(true);
        wait(watch, 95);
        QVERIFY(watch.isAsking());
        watch.activity();
        QVERIFY(!watch.isAsking());
        wait(watch, 89);
        QVERIFY(!watch.isAsking());
        wait(watch, 3);
        QVERIFY(watch.isAsking());
        QCOMPARE(timedOut.count(), 0);
    }

    void realInputCounts()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        watch.setEnabled(true);
        wait(watch, 80);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QCoreApplication::sendEvent(this, &key);
        wait(watch, 80);
        QVERIFY(!watch.isAsking());
    }

    // The touch that answers "Are you still there?" goes no further; a drifting pointer does
    // not answer at all.
    void theAnsweringTouchAnswersOnly()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        watch.setEnabled(true);
        wait(watch, 91);
        QVERIFY(watch.isAsking());
        QMouseEvent move(QEvent::MouseMove, QPointF(5, 5), QPointF(5, 5), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QVERIFY(!QCoreApplication::sendEvent(this, &move));
        QVERIFY(watch.isAsking());
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QVERIFY(QCoreApplication::sendEvent(this, &press)); // consumed
        QVERIFY(!watch.isAsking());
        QVERIFY(!QCoreApplication::sendEvent(this, &press)); // the next is the visitor's own
    }

    void disabledDuringAnExerciseAndTimedFromItsEnd()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
        watch.setEnabled(true);
        wait(watch, 30);
        watch.setEnabled(false); // an exercise begins
        wait(watch, 600);
        QCOMPARE(timedOut.count(), 0);
        watch.setEnabled(true); // it ended: the wait starts now
        wait(watch, 89);
        QVERIFY(!watch.isAsking());
        wait(watch, 1);
        QVERIFY(watch.isAsking());
    }

    void configurable()
    {
        IdleWatch watch;
        watch.setClock(&m_clock);
        watch.setIdleSeconds(30);
        watch.setCountdownSeconds(5);
        QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
        watch.setEnabled(true);
        wait(watch, 30);
        QVERIFY(watch.isAsking());
        wait(watch, 5);
        QCOMPARE(timedOut.count(), 1);
        watch.setIdleSeconds(1);
        QCOMPARE(watch.idleSeconds(), 10); // never so short that a visitor is cut off mid-thought
    }
};

QTEST_GUILESS_MAIN(TestIdleWatch)
#include "tst_idlewatch.moc"
