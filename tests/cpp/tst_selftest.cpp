#include "selftest.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

class TestSelfTest : public QObject
{
    Q_OBJECT

private:
    static int runSelfTest(const QByteArray &qml, const std::function<void()> &alongside = {})
    {
        QQmlApplicationEngine engine;
        SelfTest selfTest;
        engine.loadData(qml);
        if (alongside)
            alongside();
        auto *window = engine.rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        selfTest.watch(window);
        return window ? QCoreApplication::exec() : 1;
    }

private Q_SLOTS:
    void cleanWindowPasses()
    {
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("self-test passed")));
        QCOMPARE(
            runSelfTest(
                "import QtQuick\nWindow { visible: true; Rectangle { width: 10; height: 10 } }"),
            0);
    }

    void bindingErrorFails()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nothingHere")));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("self-test failed: 1 QML")));
        QCOMPARE(
            runSelfTest(
                "import QtQuick\nWindow { visible: true; Rectangle { width: nothingHere.width } }"),
            1);
    }

    void brokenComponentFails()
    {
        QTest::ignoreMessage(QtWarningMsg, "QQmlComponent: Component is not ready");
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("self-test failed")));
        QCOMPARE(runSelfTest("import QtQuick\nWindow { visible: true; Component.onCompleted: "
                             "Qt.createComponent(\"Missing.qml\").createObject(contentItem) }"),
                 1);
    }

    // An audio server that is not running is not a fault of the interface.
    void otherWarningsDoNotCount()
    {
        QTest::ignoreMessage(QtWarningMsg, "PulseAudioService: pa_context_connect() failed");
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("self-test passed")));
        QCOMPARE(runSelfTest("import QtQuick\nWindow { visible: true; Component.onCompleted: "
                             "Qt.callLater(() => {}) }",
                             [] { qWarning("PulseAudioService: pa_context_connect() failed"); }),
                 0);
    }

    void consoleWarningFails()
    {
        QTest::ignoreMessage(QtWarningMsg, "careful");
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("self-test failed")));
        QCOMPARE(runSelfTest("import QtQuick\nWindow { visible: true; Component.onCompleted: "
                             "console.warn(\"careful\") }"),
                 1);
    }
};

QTEST_MAIN(TestSelfTest)
#include "tst_selftest.moc"
