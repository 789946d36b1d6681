#include "appconfig.h"
#include "exerciselibrary.h"

#include <QAccessible>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

// Every screen in the real window, at the sizes Haven must fit: screenshots to look at, and
// checks that every control can be found by a screen reader and hit by a finger.
class TestScreens : public QObject
{
    Q_OBJECT

private:
    AppConfig m_config{nullptr};
    ExerciseLibrary m_library{nullptr};
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    void open(const QString &route, QSize size)
    {
        m_window->resize(size);
        if (QObject *help = m_window->findChild<QObject *>(QStringLiteral("helpDialog")))
            QMetaObject::invokeMethod(help, "close");
        QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, QStringLiteral("home")),
                                  Q_ARG(QVariant, QVariantMap{}));
        if (route == u"help") {
            QQuickItem *button = m_window->findChild<QQuickItem *>(QStringLiteral("helpButton"));
            QVERIFY(button);
            QMetaObject::invokeMethod(button, "clicked");
        } else if (route != u"home") {
            QVariantMap properties;
            if (route == u"exercise")
                properties.insert(QStringLiteral("exerciseId"),
                                  QStringLiteral("feet-on-the-floor"));
            QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, route),
                                      Q_ARG(QVariant, properties));
        }
        // Reduced motion makes every transition instant; two frames settle layout and paint.
        QTest::qWait(50);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    static QList<QQuickItem *> allItems(QQuickItem *root)
    {
        QList<QQuickItem *> items{root};
        for (QQuickItem *child : root->childItems())
            items += allItems(child);
        return items;
    }

    static qreal effectiveOpacity(const QQuickItem *item)
    {
        qreal opacity = 1;
        for (; item; item = item->parentItem())
            opacity *= item->opacity();
        return opacity;
    }

    // Every visible control a finger or a screen reader can reach.
    void checkControls(QAccessibleInterface *iface, const QString &where)
    {
        if (!iface || iface->state().invisible)
            return;
        static const QList<QAccessible::Role> interactive
            = {QAccessible::Button,  QAccessible::CheckBox, QAccessible::RadioButton,
               QAccessible::Slider,  QAccessible::SpinBox,  QAccessible::ComboBox,
               QAccessible::PageTab, QAccessible::Link,     QAccessible::EditableText};
        if (interactive.contains(iface->role())) {
            const QRect rect = iface->rect();
            const QString name = iface->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(where % u": a control has no accessible name"));
            QVERIFY2(rect.width() >= 48 && rect.height() >= 48,
                     qPrintable(where % u": \"" % name % u"\" is " % QString::number(rect.width())
                                % u'×' % QString::number(rect.height()) % u", smaller than 48×48"));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            checkControls(iface->child(i), where);
    }

    // No text runs past the window's edge or past its own box.
    void checkText(const QString &where)
    {
        QList<QQuickItem *> items = allItems(m_window->contentItem());
        for (QQuickItem *item : std::as_const(items)) {
            if (!item->isVisible() || effectiveOpacity(item) == 0 || !item->inherits("QQuickText"))
                continue;
            const QString text = item->property("text").toString();
            if (text.isEmpty())
                continue;
            const QRectF scene = item->mapRectToScene(item->boundingRect());
            QVERIFY2(scene.left() >= -0.5 && scene.right() <= m_window->width() + 0.5,
                     qPrintable(where % u": \"" % text.left(40) % u"\" runs off the window"));
            const bool elides = item->property("elide").toInt() != 0;
            QVERIFY2(elides || item->property("contentWidth").toReal() <= item->width() + 1,
                     qPrintable(where % u": \"" % text.left(40) % u"\" is wider than its box"));
        }
    }

    void save(const QString &name)
    {
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(QDir().mkpath(QStringLiteral(HAVEN_SCREENSHOT_DIR)));
        QVERIFY(image.save(QStringLiteral(HAVEN_SCREENSHOT_DIR "/") % name % u".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_config.load(QStringLiteral(HAVEN_TEST_DATA "/empty.conf"));
        m_config.setReducedMotion(true);
        AppConfig::setInstance(&m_config);
        m_library.setLanguage(QStringLiteral("en"));
        m_library.load({ExerciseLibrary::shippedFolder()});
        ExerciseLibrary::setInstance(&m_library);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Haven/qml/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        m_config.setTextScale(1.0);
        m_config.setHighContrast(false);
    }

    void cleanupTestCase() { m_engine.reset(); }

    void screens_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<bool>("screenshot");
        const QStringList routes
            = {QStringLiteral("home"),    QStringLiteral("checkin"), QStringLiteral("exercise"),
               QStringLiteral("summary"), QStringLiteral("staff"),   QStringLiteral("help")};
        const QList<QSize> sizes = {{1280, 800}, {800, 1280}, {800, 480}, {480, 800}, {1920, 1080}};
        for (const QString &route : routes) {
            for (const QSize size : sizes) {
                const bool shown = size == QSize(1280, 800) || size == QSize(800, 1280)
                    || size == QSize(480, 800);
                const QString name = route % u'-' % QString::number(size.width()) % u'x'
                    % QString::number(size.height());
                QTest::newRow(qPrintable(name)) << route << size << 1.0 << false << shown;
                QTest::newRow(qPrintable(name % u"-text2"))
                    << route << size << 2.0 << false << shown;
            }
            QTest::newRow(qPrintable(route % u"-1280x800-contrast"))
                << route << QSize(1280, 800) << 1.0 << true << true;
        }
    }

    void screens()
    {
        QFETCH(QString, route);
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        QFETCH(bool, highContrast);
        QFETCH(bool, screenshot);
        m_config.setTextScale(textScale);
        m_config.setHighContrast(highContrast);
        open(route, size);
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        if (screenshot)
            save(where);
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
