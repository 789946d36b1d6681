#pragma once

#include "havenfixture.h"

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

    void open(AppConfig::Mode mode)
    {
        m_haven = std::make_unique<HavenFixture>(mode);
        m_haven->config.setReducedMotion(true);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Haven/qml/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    QObject *stack() const { return m_window->findChild<QObject *>(QStringLiteral("stack")); }
    int depth() const { return stack()->property("depth").toInt(); }
    QObject *current() const { return stack()->property("current").value<QObject *>(); }

    QString currentType() const
    {
        return QString::fromLatin1(current()->metaObject()->className());
    }

    QQuickItem *item(const QString &name) const
    {
        return findVisibleItem(m_window->contentItem(), name);
    }

    // Positioners lay out on the next frame; then a finger scrolls to what it wants, if need be,
    // and taps it.
    void tap(const QString &name)
    {
        QTRY_VERIFY2(item(name), qPrintable(name));
        QQuickItem *target = item(name);
        for (QQuickItem *up = target->parentItem(); up; up = up->parentItem()) {
            if (up->inherits("QQuickFlickable")) {
                const auto *content = up->property("contentItem").value<QQuickItem *>();
                const qreal y = target->mapToItem(content, QPointF()).y();
                const qreal top = up->property("contentY").toReal();
                if (y < top || y + target->height() > top + up->height())
                    up->setProperty("contentY", std::max(0.0, y - up->height() / 2));
                break;
            }
        }
        QTest::qWait(20);
        const QPointF centre
            = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QVERIFY2(m_window->contentItem()->contains(centre), qPrintable(name + u" is off screen"));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(20);
    }

    // The window's own picture of itself, in build/screenshots or $HAVEN_SCREENSHOT_DIR (the
    // run inside cage, tests/package/kiosk-under-cage, as a user who cannot write the build tree).
    void save(const QString &name)
    {
        QTest::qWait(50);
        const QString folder
            = qEnvironmentVariable("HAVEN_SCREENSHOT_DIR", QStringLiteral(HAVEN_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(m_window->grabWindow().save(folder % u'/' % name % u".png"));
    }

    // What is gone is really gone: destroyed screens are deleted, not merely hidden.
    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(20);
    }
};
