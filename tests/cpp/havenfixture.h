#pragma once

#include "appconfig.h"
#include "exerciselibrary.h"
#include "stafflock.h"
#include "usagelog.h"
#include "visit.h"

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

    explicit HavenFixture(AppConfig::Mode mode = AppConfig::Mode::Home)
    {
        QStandardPaths::setTestModeEnabled(true);
        AppConfig::Overrides overrides;
        overrides.mode = mode;
        config.load(QStringLiteral(HAVEN_TEST_DATA "/empty.conf"), overrides);
        library.setLanguage(QStringLiteral("en"));
        library.load({ExerciseLibrary::shippedFolder()});
        staffLock = std::make_unique<StaffLock>(StaffLock::makeRecord(QLatin1StringView(pin), 1000),
                                                folder.filePath(QStringLiteral("staff-lock.ini")));
        AppConfig::setInstance(&config);
        ExerciseLibrary::setInstance(&library);
        Visit::setInstance(&visit);
        UsageLog::setInstance(&usageLog); // not opened unless a test opens it
        StaffLock::setInstance(staffLock.get());
    }
};
