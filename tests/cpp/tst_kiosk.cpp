#include "idlewatch.h"
#include "inifile.h"
#include "soundchannel.h"
#include "windowtest.h"

// Haven as a waiting-room kiosk, driven the way visitors and staff use it.
class TestKiosk : public WindowTest
{
    Q_OBJECT

private:
    FakeClock m_clock;
    IdleWatch *m_idle = nullptr;
    QList<RunRecord> m_records;

    template<typename T>
    qsizetype alive(const char *className) const
    {
        qsizetype count = 0;
        for (QObject *object : m_window->findChildren<T *>()) {
            if (QString::fromLatin1(object->metaObject()->className())
                    .startsWith(QLatin1StringView(className)))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        open(AppConfig::Mode::Kiosk);
        connect(&m_haven->visit, &Visit::runRecorded, this,
                [this](const RunRecord &r) { m_records.append(r); });
        m_idle = m_window->findChild<IdleWatch *>(QStringLiteral("idleWatch"));
        QVERIFY(m_idle);
        m_idle->setClock(&m_clock);
    }

    void opensOnTheAttractScreenFullAndFrameless()
    {
        QCOMPARE(depth(), 1);
        QVERIFY(currentType().startsWith(u"AttractScreen"));
        QVERIFY(m_window->flags() & Qt::FramelessWindowHint);
        QVERIFY(m_haven->config.fullscreen());
        QVERIFY(!m_idle->isEnabled()); // nobody here yet: nothing to ask about
        save(QStringLiteral("kiosk-attract-1280x800"));
    }

    void attractMotionRestsAfterItsMinute()
    {
        m_haven->config.setReducedMotion(false);
        QObject *attract = current();
        QTRY_VERIFY(attract->property("moving").toBool());
        attract->setProperty("motionMs", 100); // the minute, shortened
        QTRY_VERIFY_WITH_TIMEOUT(!attract->property("moving").toBool(), 2000);
        m_haven->config.setReducedMotion(true);
    }

    void noWayOutForAVisitor()
    {
        tap(QStringLiteral("attractBegin"));
        QCOMPARE(depth(), 2);
        QVERIFY(m_idle->isEnabled());
        // A shared tablet keeps nobody's history or favourites.
        QVERIFY(item(QStringLiteral("checkInButton")));
        QVERIFY(!item(QStringLiteral("historyButton")));
        QVERIFY(!item(QStringLiteral("card-feet-on-the-floor-favourite")));
        tap(QStringLiteral("checkInButton"));
        QCOMPARE(depth(), 3);
        // Escape, Back, Ctrl+Q, Alt+F4: nothing moves, nothing closes.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::keyClick(m_window, Qt::Key_Back);
        QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_F4, Qt::AltModifier);
        QCOMPARE(depth(), 3);
        m_window->close(); // what the window manager's close asks for
        QTest::qWait(20);
        QVERIFY(m_window->isVisible());
        // The top bar's own Back still goes back, but never past the library to the attract screen.
        tap(QStringLiteral("backButton"));
        QCOMPARE(depth(), 2);
        QVERIFY(!item(QStringLiteral("backButton")));
    }

    // A visitor checks in, starts an exercise, draws a little, pauses, and walks away.
    void idleResetWipesEveryTrace()
    {
        m_records.clear();
        m_haven->visit.checkIn(0.7, 8);
        const QVariant args = QVariantMap{{QStringLiteral("exerciseId"), u"safe-place"_qs}};
        QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, QStringLiteral("exercise")),
                                  Q_ARG(QVariant, args));
        QTest::qWait(20);
        auto *runner = m_window->findChild<ExerciseRunner *>(QStringLiteral("exerciseRunner"));
        QVERIFY(runner);
        QVERIFY(!m_idle->isEnabled()); // an exercise in progress keeps the kiosk awake
        while (runner->stepKind() != u"draw")
            runner->next();
        runner->pause(); // and then nobody came back
        QTest::qWait(20);
        QVERIFY(m_idle->isEnabled());

        m_clock.advanceMs(m_haven->config.idleSeconds() * 1000LL);
        m_idle->update();
        QVERIFY(m_idle->isAsking());
        QVERIFY(item(QStringLiteral("stillThere")));
        save(QStringLiteral("kiosk-still-there-1280x800"));
        m_clock.advanceMs(15000);
        m_idle->update();
        settle();

        // The attract screen, and nothing of the visitor anywhere.
        QCOMPARE(depth(), 1);
        QVERIFY(currentType().startsWith(u"AttractScreen"));
        QVERIFY(!item(QStringLiteral("stillThere")));
        QCOMPARE(alive<QObject>("ExerciseScreen"), 0);
        QCOMPARE(alive<QObject>("HomeScreen"), 0);
        QCOMPARE(alive<QObject>("DrawView"), 0);
        QCOMPARE(m_window->findChildren<SoundChannel *>().size(), 0); // the audio went with it
        QVERIFY(!m_haven->visit.checkedIn());
        QVERIFY(!m_haven->visit.checkedOut());
        QVERIFY(m_haven->visit.recommendations().isEmpty());
        QCOMPARE(m_records.size(), 1);
        QCOMPARE(m_records.first().ending, RunRecord::Ending::ResetByIdle);
        QCOMPARE(m_records.first().exerciseId, u"safe-place"_qs);
        QVERIFY(m_records.first().before); // the check-in went into the anonymous record only

        // The next person starts fresh: the library without recommendations.
        tap(QStringLiteral("attractBegin"));
        QVERIFY(!item(QStringLiteral("recommendations")));
        QMetaObject::invokeMethod(m_window, "startOver");
        settle();
    }

    void aTouchKeepsTheVisit()
    {
        tap(QStringLiteral("attractBegin"));
        m_clock.advanceMs(m_haven->config.idleSeconds() * 1000LL + 5000);
        m_idle->update();
        QVERIFY(m_idle->isAsking());
        tap(QStringLiteral("stillHereButton"));
        QVERIFY(!m_idle->isAsking());
        QCOMPARE(depth(), 2);
        QMetaObject::invokeMethod(m_window, "startOver");
        settle();
    }

    void staffHoldTheCornerAndEnterThePin()
    {
        // A second and a half is not enough: a visitor leaning on the corner opens nothing.
        QTest::mousePress(m_window, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::qWait(1500);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::qWait(50);
        QVERIFY(!item(QStringLiteral("pinPad")));
        QCOMPARE(depth(), 1);
        // Three seconds in the corner, as staff would hold it.
        QTest::mousePress(m_window, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::qWait(3200);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(10, 10));
        QTRY_VERIFY(item(QStringLiteral("pinPad")));
        QCOMPARE(depth(), 1); // the attract screen did not take the hold for a tap
        for (const char *key : {"pinKey-4", "pinKey-8", "pinKey-2"})
            tap(QLatin1StringView(key));
        save(QStringLiteral("kiosk-pin-1280x800"));
        tap(QStringLiteral("pinKey-0")); // wrong: 4820
        tap(QStringLiteral("pinOpen"));
        QVERIFY(item(QStringLiteral("pinPad")));
        QTRY_VERIFY(
            item(QStringLiteral("pinStatus"))->property("text").toString().contains(u"not right"));
        QCOMPARE(m_haven->staffLock->attemptsLeft(), 4);
        for (const QChar digit : QString::fromLatin1(HavenFixture::pin))
            tap(u"pinKey-"_qs + digit);
        tap(QStringLiteral("pinOpen"));
        QTRY_VERIFY(!item(QStringLiteral("pinPad")));
        QVERIFY(currentType().startsWith(u"StaffScreen"));
        QVERIFY(item(QStringLiteral("exitButton")));
        QVERIFY(!item(QStringLiteral("pinNotice")));
        save(QStringLiteral("kiosk-staff-1280x800"));
    }

    void staffSettings()
    {
        tap(QStringLiteral("settingsButton"));
        QVERIFY(currentType().startsWith(u"SettingsScreen"));
        QVERIFY(item(QStringLiteral("idleStepper")));
        tap(QStringLiteral("idleStepper-more"));
        item(QStringLiteral("crisisText"))->forceActiveFocus();
        QTRY_VERIFY(item(QStringLiteral("keyboardPanel")));
        save(QStringLiteral("kiosk-settings-1280x800"));
        tap(QStringLiteral("saveSettings"));
        QCOMPARE(m_haven->config.idleSeconds(), 105);
        QCOMPARE(item(QStringLiteral("settingsMessage"))->property("text").toString(),
                 u"Saved."_qs);
        QVERIFY(
            IniFile::read(m_haven->config.configFile()).contains(u"[kiosk]\nidleSeconds=105"_qs));
    }

    void onlyStaffCanCloseIt()
    {
        m_window->setProperty("staffExit", true);
        m_window->close();
        QTRY_VERIFY(!m_window->isVisible());
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
