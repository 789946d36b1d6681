#include "exerciserunner.h"
#include "windowtest.h"

#include <QAccessible>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtQuickTest/quicktest.h>

#include <cmath>

// Haven's real window as a screen reader meets it, through Qt's accessibility interfaces: what a
// gauge, a stepper, the distress scale and a progress line say, what a disabled control admits
// to, and the window's title. Each screen prints how much of it was checked.
class TestAccessible : public WindowTest
{
    Q_OBJECT

private:
    // How much of a screen was checked, for the log.
    struct Counts
    {
        int nodes = 0;
        int values = 0;
        int radios = 0;
        int disabled = 0;
    };

    // Every interface a screen reader can reach, depth first; hidden ones and their children are
    // left out, as a screen reader leaves them.
    static void collect(QAccessibleInterface *iface, QList<QAccessibleInterface *> &into)
    {
        if (!iface || !iface->isValid() || iface->state().invisible)
            return;
        into.append(iface);
        for (int i = 0; i < iface->childCount(); ++i)
            collect(iface->child(i), into);
    }

    QList<QAccessibleInterface *> tree() const
    {
        QList<QAccessibleInterface *> all;
        collect(QAccessible::queryAccessibleInterface(m_window), all);
        return all;
    }

    QList<QAccessibleInterface *> withRole(QAccessible::Role role) const
    {
        QList<QAccessibleInterface *> found;
        for (QAccessibleInterface *iface : tree()) {
            if (iface->role() == role)
                found.append(iface);
        }
        return found;
    }

    QAccessibleInterface *named(QAccessible::Role role, const QString &name) const
    {
        for (QAccessibleInterface *iface : withRole(role)) {
            if (iface->text(QAccessible::Name) == name)
                return iface;
        }
        return nullptr;
    }

    static QString describe(QAccessibleInterface *iface)
    {
        return iface->text(QAccessible::Name) % u" (" % iface->text(QAccessible::Description)
            % u')';
    }

    // What holds on every screen: a value has a real range and sits in it (or is left out), no
    // text says "nan", and a disabled control cannot take focus and ignores a press.
    void audit(const QString &where, Counts &counts)
    {
        settle();
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        counts = {};
        static const QRegularExpression nan(QStringLiteral("\\bnan\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QList<QAccessible::Role> controls
            = {QAccessible::Button,  QAccessible::CheckBox, QAccessible::RadioButton,
               QAccessible::Slider,  QAccessible::SpinBox,  QAccessible::ComboBox,
               QAccessible::PageTab, QAccessible::Link,     QAccessible::EditableText};
        for (QAccessibleInterface *iface : tree()) {
            ++counts.nodes;
            for (QAccessible::Text text :
                 {QAccessible::Name, QAccessible::Description, QAccessible::Value}) {
                QVERIFY2(!iface->text(text).contains(nan),
                         qPrintable(where % u": \"" % describe(iface) % u"\" says nan"));
            }
            if (QAccessibleValueInterface *value = iface->valueInterface()) {
                ++counts.values;
                const QVariant minimum = value->minimumValue();
                const QVariant maximum = value->maximumValue();
                const QVariant current = value->currentValue();
                QVERIFY2(minimum.isValid() && maximum.isValid()
                             && minimum.toDouble() < maximum.toDouble(),
                         qPrintable(where % u": \"" % describe(iface) % u"\" has the range "
                                    % minimum.toString() % u".." % maximum.toString()));
                QVERIFY2(!current.isValid()
                             || (!std::isnan(current.toDouble())
                                 && current.toDouble() >= minimum.toDouble()
                                 && current.toDouble() <= maximum.toDouble()),
                         qPrintable(where % u": \"" % describe(iface) % u"\" has the value "
                                    % current.toString()));
            }
            if (iface->role() == QAccessible::RadioButton)
                ++counts.radios;
            auto *item = qobject_cast<QQuickItem *>(iface->object());
            if (item && !item->isEnabled() && controls.contains(iface->role())) {
                ++counts.disabled;
                QVERIFY2(
                    !iface->state().focusable,
                    qPrintable(where % u": disabled \"" % describe(iface) % u"\" takes focus"));
                if (item->metaObject()->indexOfSignal("clicked()") >= 0) {
                    QSignalSpy clicked(item, SIGNAL(clicked()));
                    if (QAccessibleActionInterface *actions = iface->actionInterface())
                        actions->doAction(QAccessibleActionInterface::pressAction());
                    QVERIFY2(
                        clicked.isEmpty(),
                        qPrintable(where % u": disabled \"" % describe(iface) % u"\" was pressed"));
                }
            }
        }
        qInfo().noquote() << where << u"checked" << counts.nodes << u"interfaces," << counts.values
                          << u"values," << counts.radios << u"radio buttons," << counts.disabled
                          << u"disabled controls";
    }

    // A screen reader's action on an interface, as it would call it.
    static void act(QAccessibleInterface *iface, const QString &action)
    {
        QAccessibleActionInterface *actions = iface->actionInterface();
        QVERIFY2(actions && actions->actionNames().contains(action),
                 qPrintable(describe(iface) % u" offers no " % action));
        actions->doAction(action);
    }

    // The window's title as a window list and a screen reader have it.
    QString title() const
    {
        const QString name
            = QAccessible::queryAccessibleInterface(m_window)->text(QAccessible::Name);
        return name == m_window->title() ? name : m_window->title() % u" / " % name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
        open(AppConfig::Mode::Home);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_haven.reset();
    }

    // The check-in gauge is a slider from −1 to 1 that says where it is in words, and nothing
    // until it is placed; each step of a screen reader moves it.
    void checkInGauge()
    {
        flow().start();
        flow().openCheckIn();
        Counts counts;
        audit(QStringLiteral("checkin"), counts);
        if (QTest::currentTestFailed())
            return;
        QAccessibleInterface *gauge
            = named(QAccessible::Slider, QStringLiteral("Where are you right now?"));
        QVERIFY(gauge);
        QAccessibleValueInterface *value = gauge->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->minimumValue().toDouble(), -1.0);
        QCOMPARE(value->maximumValue().toDouble(), 1.0);
        QVERIFY(!value->currentValue().isValid());
        QCOMPARE(gauge->text(QAccessible::Description), u"not chosen yet"_qs);
        act(gauge, QAccessibleActionInterface::increaseAction());
        QTRY_COMPARE(value->currentValue().toDouble(), 0.1);
        QCOMPARE(gauge->text(QAccessible::Description), u"okay"_qs);
        act(gauge, QAccessibleActionInterface::increaseAction());
        QTRY_COMPARE(gauge->text(QAccessible::Description), u"okay, toward revved up"_qs);
        audit(QStringLiteral("checkin-placed"), counts);
        if (QTest::currentTestFailed())
            return;
    }

    // The distress scale is eleven radio buttons, "7 of 10", the chosen one checked; unset, the
    // scale says "not chosen yet" and never −1.
    void distressScale()
    {
        flow().start();
        flow().openCheckIn();
        Counts counts;
        audit(QStringLiteral("checkin-distress"), counts);
        if (QTest::currentTestFailed())
            return;
        QAccessibleInterface *scale = named(
            QAccessible::Grouping, QStringLiteral("How strong is the upset, from 0 to 10?"));
        QVERIFY(scale);
        QCOMPARE(scale->text(QAccessible::Description), u"not chosen yet"_qs);
        QList<QAccessibleInterface *> numbers;
        collect(scale, numbers);
        numbers.removeIf(
            [](QAccessibleInterface *i) { return i->role() != QAccessible::RadioButton; });
        QCOMPARE(numbers.size(), 11);
        for (QAccessibleInterface *number : std::as_const(numbers)) {
            QVERIFY(number->state().checkable);
            QVERIFY2(!number->state().checked, qPrintable(describe(number)));
        }
        QCOMPARE(numbers.at(0)->text(QAccessible::Name), u"0 of 10, calm"_qs);
        QAccessibleInterface *seven = numbers.at(7);
        QCOMPARE(seven->text(QAccessible::Name), u"7 of 10"_qs);
        act(seven, QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(seven->state().checked);
        QCOMPARE(scale->text(QAccessible::Description), u"7 of 10"_qs);
        QCOMPARE(item(QStringLiteral("distress"))->property("value").toInt(), 7);
        for (QAccessibleInterface *number : std::as_const(numbers))
            QCOMPARE(number->state().checked, number == seven);
    }

    // Each stepper's range and value come through: text size runs 100 to 200 %.
    void steppers()
    {
        flow().start();
        settle();
        QQuickItem *button = m_window->findChild<QQuickItem *>(QStringLiteral("displayButton"));
        QVERIFY(button);
        QMetaObject::invokeMethod(button, "clicked");
        Counts counts;
        audit(QStringLiteral("display"), counts);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(counts.values > 0);
        const QList<QAccessibleInterface *> spinBoxes = withRole(QAccessible::SpinBox);
        QVERIFY(!spinBoxes.isEmpty());
        for (QAccessibleInterface *spinBox : spinBoxes) {
            QAccessibleValueInterface *value = spinBox->valueInterface();
            QVERIFY2(value, qPrintable(describe(spinBox)));
            QVERIFY2(value->currentValue().isValid(), qPrintable(describe(spinBox)));
            QVERIFY2(!spinBox->text(QAccessible::Description).isEmpty(),
                     qPrintable(describe(spinBox)));
        }
        qInfo() << "display:" << spinBoxes.size() << "steppers";
        QAccessibleInterface *size = named(QAccessible::SpinBox, QStringLiteral("Text size"));
        QVERIFY(size);
        QAccessibleValueInterface *value = size->valueInterface();
        QCOMPARE(value->minimumValue().toDouble(), 1.0);
        QCOMPARE(value->maximumValue().toDouble(), 2.0);
        QCOMPARE(value->minimumStepSize().toDouble(), 0.25);
        QCOMPARE(value->currentValue().toDouble(), 1.0);
        QCOMPARE(size->text(QAccessible::Description), u"100%"_qs);
        act(size, QAccessibleActionInterface::increaseAction());
        QTRY_COMPARE(value->currentValue().toDouble(), 1.25);
        QCOMPARE(size->text(QAccessible::Description), u"125%"_qs);
        act(size, QAccessibleActionInterface::decreaseAction());
        QTRY_COMPARE(value->currentValue().toDouble(), 1.0);
        QObject *sheet = m_window->findChild<QObject *>(QStringLiteral("displaySheet"));
        QVERIFY(sheet);
        QMetaObject::invokeMethod(sheet, "close");
    }

    // The staff's settings: every stepper there gives its range too.
    void settings()
    {
        flow().start();
        flow().openStaff();
        flow().openSettings();
        Counts counts;
        audit(QStringLiteral("settings"), counts);
        if (QTest::currentTestFailed())
            return;
        const QList<QAccessibleInterface *> spinBoxes = withRole(QAccessible::SpinBox);
        QVERIFY(!spinBoxes.isEmpty());
        QCOMPARE(counts.values, spinBoxes.size());
        qInfo() << "settings:" << spinBoxes.size() << "steppers";
    }

    // The summary's gauge only shows: text with its value in words, not a slider to move.
    void summaryGauge()
    {
        flow().start();
        flow().openCheckIn();
        flow().checkIn(0.7, 8);
        flow().startExercise(QStringLiteral("feet-on-the-floor"));
        flow().endExercise();
        flow().checkOut(0.05, 4);
        Counts counts;
        audit(QStringLiteral("summary"), counts);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(withRole(QAccessible::Slider).isEmpty());
        QAccessibleInterface *gauge
            = named(QAccessible::StaticText, QStringLiteral("Where you are now"));
        QVERIFY(gauge);
        QCOMPARE(gauge->text(QAccessible::Description), u"okay"_qs);
    }

    // An exercise: its progress lines say how far along they are, and "Previous step", disabled
    // at the first step, neither takes focus nor goes back.
    void exercise()
    {
        flow().start();
        flow().startExercise(QStringLiteral("feet-on-the-floor"));
        Counts counts;
        audit(QStringLiteral("exercise"), counts);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(counts.disabled > 0);
        const QList<QAccessibleInterface *> bars = withRole(QAccessible::ProgressBar);
        QVERIFY(!bars.isEmpty());
        static const QRegularExpression percent(QStringLiteral("^\\d+ percent$"));
        for (QAccessibleInterface *bar : bars) {
            QVERIFY2(!bar->text(QAccessible::Name).isEmpty(), qPrintable(describe(bar)));
            QVERIFY2(percent.match(bar->text(QAccessible::Description)).hasMatch(),
                     qPrintable(describe(bar)));
        }
        qInfo() << "exercise:" << bars.size() << "progress lines";
        QAccessibleInterface *previous
            = named(QAccessible::Button, QStringLiteral("Previous step"));
        QVERIFY(previous);
        QVERIFY(!previous->state().focusable);
        QCOMPARE(runner()->stepIndex(), 0);
        flow().endExercise();
    }

    // The window's title names the screen, so a window list and a screen reader say where it is.
    void windowTitle()
    {
        flow().start();
        settle();
        QCOMPARE(title(), u"Haven"_qs);
        flow().openCheckIn();
        settle();
        QCOMPARE(title(), u"Check in – Haven"_qs);
        flow().start();
        settle();
        QCOMPARE(title(), u"Haven"_qs);
    }
};

QTEST_MAIN(TestAccessible)
#include "tst_accessible.moc"
