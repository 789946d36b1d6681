#include "appconfig.h"
#include "exerciselibrary.h"
#include "usagelog.h"
#include "visit.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_config.load(QStringLiteral(HAVEN_TEST_DATA "/empty.conf"));
        AppConfig::setInstance(&m_config);
        m_library.setLanguage(QStringLiteral("en"));
        m_library.load({ExerciseLibrary::shippedFolder()});
        ExerciseLibrary::setInstance(&m_library);
        Visit::setInstance(&m_visit);
        UsageLog::setInstance(&m_usageLog); // never opened: the staff screen says so
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    AppConfig m_config{nullptr};
    ExerciseLibrary m_library{nullptr};
    Visit m_visit{&m_library, &m_config};
    UsageLog m_usageLog{nullptr};
};

QUICK_TEST_MAIN_WITH_SETUP(haven, Setup)

#include "tst_qml.moc"
