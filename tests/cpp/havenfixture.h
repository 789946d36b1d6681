#pragma once

#include "appconfig.h"
#include "checkinhistory.h"
#include "exerciselibrary.h"
#include "preferences.h"
#include "stafflock.h"
#include "usagelog.h"
#include "visit.h"

#include <QQuickItem>
#include <QStandardPaths>
#include <QTemporaryDir>

// What main() makes before it loads QML, for the tests that load it: the shipped library in
// English, a default configuration in the given mode, and a staff PIN of 482916.
struct HavenFixture
{
    static constexpr const char *pin = "482916";

    QTemporaryDir folder;
    AppConfig config{nullptr};
    ExerciseLibrary library{nullptr};
    Visit visit{&library, &config};
    UsageLog usageLog{nullptr};
    std::unique_ptr<StaffLock> staffLock;
    // At home a person's own check-ins and choices are kept, in this fixture's folder.
    std::unique_ptr<CheckInHistory> history;
    std::unique_ptr<Preferences> preferences;

    explicit HavenFixture(AppConfig::Mode mode = AppConfig::Mode::Home)
    {
        QStandardPaths::setTestModeEnabled(true);
        AppConfig::Overrides overrides;
        overrides.mode = mode;
        // A config file of its own, so a settings test never writes into the source tree.
        config.load(folder.filePath(QStringLiteral("haven.conf")), overrides);
        library.setLanguage(QStringLiteral("en"));
        library.load({ExerciseLibrary::shippedFolder()});
        staffLock = std::make_unique<StaffLock>(StaffLock::makeRecord(QLatin1StringView(pin), 1000),
                                                folder.filePath(QStringLiteral("staff-lock.ini")));
        AppConfig::setInstance(&config);
        ExerciseLibrary::setInstance(&library);
        Visit::setInstance(&visit);
        UsageLog::setInstance(&usageLog); // not opened unless a test opens it
        StaffLock::setInstance(staffLock.get());
        const bool home = mode == AppConfig::Mode::Home;
        history = std::make_unique<CheckInHistory>(
            home ? folder.filePath(QStringLiteral("checkins.json")) : QString(), nullptr);
        preferences = std::make_unique<Preferences>(
            home ? folder.filePath(QStringLiteral("preferences.json")) : QString(), nullptr);
        if (home)
            QObject::connect(&visit, &Visit::runRecorded, history.get(), &CheckInHistory::addRun);
        CheckInHistory::setInstance(history.get());
        Preferences::setInstance(preferences.get());
    }
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
