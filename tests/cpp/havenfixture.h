#pragma once

#include "havenapp.h"
#include "inifile.h"

#include <QQuickItem>
#include <QStandardPaths>
#include <QTemporaryDir>

// Haven as main() makes it, before it loads QML, for the tests that load it: the shipped library
// in English, a default configuration in the given mode with a staff PIN of 482916, and every
// file it keeps (config, usage log, staff lock, history, preferences) in a folder of its own.
// The usage log is not opened unless a test opens it.
struct HavenFixture
{
    static constexpr const char *pin = "482916";

    QTemporaryDir folder;
    std::unique_ptr<HavenApp> app;

    // The fixture's usual options: the usage log closed, sound and the clock as in Haven.
    static HavenApp::Options options(const Clock *clock = nullptr, bool sound = true,
                                     bool openLog = false)
    {
        HavenApp::Options o;
        o.clock = clock;
        o.sound = sound;
        o.openLog = openLog;
        o.desktop = DisplaySettings::Layer{}; // this machine's desktop settings change nothing
        return o;
    }

    explicit HavenFixture(AppConfig::Mode mode = AppConfig::Mode::Home,
                          HavenApp::Options options = HavenFixture::options())
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString config = folder.filePath(QStringLiteral("haven.conf"));
        IniFile::write(config,
                       IniFile::withValue({}, QStringLiteral("staff"), QStringLiteral("pin"),
                                          StaffLock::makeRecord(QLatin1StringView(pin), 1000)));
        CommandLine cli;
        cli.configFile = config;
        cli.overrides.mode = mode;
        cli.overrides.databaseFile = folder.filePath(QStringLiteral("haven.db"));
        options.stateFolder = folder.path();
        app = std::make_unique<HavenApp>(cli, options);
        app->library().setLanguage(QStringLiteral("en"));
        if (!app->setUp())
            qFatal("Haven could not be set up");
    }

    AppConfig &config() { return app->config(); }
    VisitFlow &flow() { return app->flow(); }
};

// Every item under root, by the visual tree, which also holds what Repeaters and views made.
inline QList<QQuickItem *> allItems(QQuickItem *root)
{
    QList<QQuickItem *> items{root};
    for (QQuickItem *child : root->childItems())
        items += allItems(child);
    return items;
}

// The visible item named objectName under root, if there is one.
inline QQuickItem *findVisibleItem(QQuickItem *root, const QString &objectName)
{
    const QList<QQuickItem *> items = allItems(root);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible())
            return item;
    }
    return nullptr;
}
