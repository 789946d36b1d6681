#include "exerciselibrary.h"
#include "exerciseparser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestExerciseLibrary : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *path)
    {
        return QStringLiteral(HAVEN_TEST_DATA "/library/") + QLatin1StringView(path);
    }

    void loadBoth(ExerciseLibrary &library)
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("broken.json: steps")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("walk.json: id")));
        library.setLanguage(QStringLiteral("en"));
        library.load({data("shipped"), data("clinic")});
    }

private Q_SLOTS:
    void modelIsSound()
    {
        ExerciseLibrary library(nullptr);
        QAbstractItemModelTester tester(&library,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExerciseFilter filter;
        filter.setSourceModel(&library);
        filter.setGroup(QStringLiteral("settle"));
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadBoth(library);
        library.setLanguage(QStringLiteral("es"));
        filter.setGroup(QStringLiteral("wake"));
    }

    void clinicFolderLaysOverShipped()
    {
        ExerciseLibrary library(nullptr);
        QSignalSpy loaded(&library, &ExerciseLibrary::loaded);
        loadBoth(library);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(library.ids(),
                 (QStringList{QStringLiteral("box"), QStringLiteral("calm"),
                              QStringLiteral("orient"), QStringLiteral("walk")}));
        // A higher version replaces; the same version is ignored; a new id adds.
        QCOMPARE(library.exercise(QStringLiteral("calm"))->version, 3);
        QCOMPARE(library.titleOf(QStringLiteral("calm")), QStringLiteral("Clinic calm"));
        QCOMPARE(library.titleOf(QStringLiteral("orient")), QStringLiteral("Orient"));
        QCOMPARE(library.exercise(QStringLiteral("walk"))->version, 4);
        QVERIFY(!library.exercise(QStringLiteral("broken")));
        QVERIFY(!library.exercise(QStringLiteral("nope")));
    }

    void problemsAreKeptForStaff()
    {
        ExerciseLibrary library(nullptr);
        loadBoth(library);
        QCOMPARE(library.errorCount(), 2);
        const QStringList problems = library.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.contains(
            data("clinic")
            + QStringLiteral(
                "/broken.json: steps: expected a list of 1 to 200 steps, got an empty list")));
        QVERIFY(problems.contains(
            data("clinic")
            + QStringLiteral(
                "/orient-older.json: version: warning: 1 is not newer than version 1 in ")
            + data("shipped")
            + QStringLiteral("/orient.json; this file is ignored (raise its version to use it)")));
        QVERIFY(problems.contains(data("clinic")
                                  + QStringLiteral("/walk.json: id: \"walk\" is already used by "
                                                   "walk-again.json; this file is skipped")));
    }

    void missingFolderIsAProblemNotACrash()
    {
        ExerciseLibrary library(nullptr);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("folder not found")));
        library.load({data("shipped"), QStringLiteral("/nonexistent/haven")});
        QCOMPARE(library.count(), 3);
        QCOMPARE(library.problems(),
                 QStringList{QStringLiteral(
                     "/nonexistent/haven: folder not found; no exercises read from it")});
    }

    void rolesAndLanguage()
    {
        ExerciseLibrary library(nullptr);
        loadBoth(library);
        const QHash<int, QByteArray> roles = library.roleNames();
        QCOMPARE(roles.value(ExerciseLibrary::IdRole), QByteArray("exerciseId"));
        int orient = -1;
        for (int row = 0; row < library.rowCount(); ++row) {
            if (library.index(row).data(ExerciseLibrary::IdRole) == QStringLiteral("orient"))
                orient = row;
        }
        QVERIFY(orient >= 0);
        const QModelIndex index = library.index(orient);
        QCOMPARE(index.data(ExerciseLibrary::GroupRole).toString(), QStringLiteral("wake"));
        QCOMPARE(index.data(ExerciseLibrary::MinutesRole).toDouble(), 2.0);
        QVERIFY(!index.data(ExerciseLibrary::BreathHoldsRole).toBool());
        library.setLanguage(QStringLiteral("es"));
        QCOMPARE(library.exercise(QStringLiteral("orient"))
                     ->steps.first()
                     .text.text(QStringLiteral("es")),
                 QStringLiteral("Mira la habitación."));
        // A regional language finds its language's text.
        QCOMPARE(library.exercise(QStringLiteral("orient"))
                     ->steps.first()
                     .text.text(QStringLiteral("es-MX")),
                 QStringLiteral("Mira la habitación."));
        // No Spanish title: English stands in.
        QCOMPARE(index.data(ExerciseLibrary::TitleRole).toString(), QStringLiteral("Orient"));
    }

    void filterKeepsOneGroupByTitle()
    {
        ExerciseLibrary library(nullptr);
        loadBoth(library);
        ExerciseFilter filter;
        filter.setSourceModel(&library);
        filter.setGroup(QStringLiteral("settle"));
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, 0).data(ExerciseLibrary::IdRole).toString(),
                 QStringLiteral("box"));
        QCOMPARE(filter.index(1, 0).data(ExerciseLibrary::IdRole).toString(),
                 QStringLiteral("calm"));
        QVERIFY(filter.index(0, 0).data(ExerciseLibrary::BreathHoldsRole).toBool());
        filter.setGroup(QStringLiteral("present"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setGroup(QString());
        QCOMPARE(filter.rowCount(), 4);
        QStringList titles;
        for (int row = 0; row < filter.rowCount(); ++row)
            titles.append(filter.index(row, 0).data(ExerciseLibrary::TitleRole).toString());
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(titles, sorted);
        filter.setHidden({QStringLiteral("calm"), QStringLiteral("walk")});
        QCOMPARE(filter.rowCount(), 2);
        filter.setGroup(QStringLiteral("settle"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void shippedExercisesAllLoadCleanly()
    {
        ExerciseLibrary library(nullptr);
        library.load({ExerciseLibrary::shippedFolder()});
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(u'\n')));
        QVERIFY(library.count() >= 8);
        QSet<QString> kinds;
        for (const QString &id : library.ids()) {
            for (const Step &step : library.exercise(id)->steps)
                kinds.insert(nameOfStepKind(step.kind));
        }
        QCOMPARE(kinds.size(), 8); // every step kind is shipped in at least one exercise
    }

    // The detail sheet's facts come from the steps themselves, so they cannot drift from them.
    void overviewSaysWhatAPersonWillDo()
    {
        ExerciseLibrary library(nullptr);
        library.load({ExerciseLibrary::shippedFolder()});
        const auto overview
            = [&](const char *id) { return library.overviewOf(QLatin1StringView(id)); };
        const auto get = [](const QVariantMap &facts, const char *key) {
            return facts.value(QLatin1StringView(key));
        };
        const auto list = [](std::initializer_list<const char *> kinds) {
            QStringList out;
            for (const char *kind : kinds)
                out.append(QLatin1StringView(kind));
            return out;
        };

        QVariantMap senses = overview("five-senses");
        QCOMPARE(get(senses, "summary").toString(),
                 library.exercise(QStringLiteral("five-senses"))->summary.english());
        QCOMPARE(get(senses, "activities").toStringList(), list({"say", "senses"}));
        QVERIFY(get(senses, "eyesOpen").toBool());
        QVERIFY(get(senses, "narrated").toBool());
        QVERIFY(!get(senses, "soundscape").toBool());

        // Only spoken words and quiet: the eyes may close.
        QVariantMap scan = overview("body-scan");
        QCOMPARE(get(scan, "activities").toStringList(), list({"say", "pause"}));
        QVERIFY(!get(scan, "eyesOpen").toBool());
        // The breathing shape is watched.
        QVERIFY(get(overview("box-breathing"), "eyesOpen").toBool());
        // Tagged "eyes open", though every step is spoken.
        QVERIFY(get(overview("orienting"), "eyesOpen").toBool());

        QVariantMap place = overview("safe-place");
        QCOMPARE(get(place, "activities").toStringList(), list({"say", "imagery", "draw"}));
        QVERIFY(get(place, "soundscape").toBool());

        // A read has no voice.
        QVariantMap read = overview("why-slow-breathing");
        QCOMPARE(get(read, "activities").toStringList(), list({"read"}));
        QVERIFY(get(read, "eyesOpen").toBool());
        QVERIFY(!get(read, "narrated").toBool());

        QVERIFY(library.overviewOf(QStringLiteral("no-such-exercise")).isEmpty());
    }

    // The guide's complete example must itself be a valid exercise (its files are only named).
    void guideExampleIsValid()
    {
        QFile guide(ExerciseLibrary::shippedFolder() + QStringLiteral("/README.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("```json\n"));
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(QStringLiteral("```"), start + 8);
        const QByteArray json = text.mid(start + 8, end - start - 8).toUtf8();
        const auto result = ExerciseParser::parse(json, QStringLiteral("README example"));
        QVERIFY(result.exercise);
        QCOMPARE(result.exercise->steps.size(), 10);
        for (const ContentProblem &problem : result.problems)
            QVERIFY2(problem.message.startsWith(QStringLiteral("file not found")),
                     qPrintable(problem.toString()));
    }
};

QTEST_GUILESS_MAIN(TestExerciseLibrary)
#include "tst_exerciselibrary.moc"
