#pragma once

#include "finger.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

// Haven's real window in a given mode, for tests that drive it as a finger would.
class WindowTest : public QObject
{
protected:
    std::unique_ptr<HavenFixture> m_haven;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    void open(AppConfig::Mode mode, HavenApp::Options options = HavenFixture::options())
    {
        m_haven = std::make_unique<HavenFixture>(mode, options);
        m_haven->config().setReducedMotion(true);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_window = m_haven->app->loadWindow(*m_engine);
        QVERIFY(m_window);
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    VisitFlow &flow() const { return m_haven->flow(); }
    ExerciseRunner *runner() const { return flow().runner(); }
    QObject *stack() const { return m_window->findChild<QObject *>(QStringLiteral("stack")); }
    int depth() const { return stack()->property("depth").toInt(); }
    QObject *current() const { return stack()->property("current").value<QObject *>(); }

    QString currentType() const
    {
        return QString::fromLatin1(current()->metaObject()->className());
    }

    QQuickItem *item(const QString &name) const { return Finger::find(m_window, name); }

    void tap(const QString &name)
    {
        QTRY_VERIFY2(item(name), qPrintable(name));
        const QString trouble = Finger::tap(m_window, name);
        QVERIFY2(trouble.isEmpty(), qPrintable(trouble));
    }

    void save(const QString &name) { QVERIFY(Finger::save(m_window, name)); }

    // What is gone is really gone: destroyed screens are deleted, not merely hidden.
    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(20);
    }
};
