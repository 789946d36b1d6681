#include "havenfixture.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { m_haven = std::make_unique<HavenFixture>(); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // As HavenApp::loadWindow does: a language chosen changes what this engine shows.
        Language::instance()->setEngine(engine);
    }

private:
    std::unique_ptr<HavenFixture> m_haven;
};

QUICK_TEST_MAIN_WITH_SETUP(haven, Setup)

#include "tst_qml.moc"
