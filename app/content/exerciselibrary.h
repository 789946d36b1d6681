#pragma once

#include "contentproblem.h"
#include "exercise.h"
#include "qmlsingleton.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSortFilterProxyModel>

// Every exercise Haven can offer: the shipped ones, with a clinic's folder laid over them.
// A clinic file with a new id adds an exercise; one with a shipped id and a higher version
// replaces it. A file with errors is skipped and its problems kept for the staff screen.
class ExerciseLibrary : public QAbstractListModel, public QmlSingleton<ExerciseLibrary>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QStringList problems READ problems NOTIFY loaded)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY loaded)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(QStringList folders READ folders NOTIFY loaded)
    // The language of its texts (a BCP 47 tag): what titleOf() and overviewOf() answer in.
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        GroupRole,
        MinutesRole,
        TagsRole,
        VersionRole,
        BreathHoldsRole,
    };
    Q_ENUM(Roles)

    explicit ExerciseLibrary(QObject *parent); // no default: see QmlSingleton

    // Reads folders in order, each overriding the ones before; a missing folder is a problem.
    void load(const QStringList &folders);
    static QString shippedFolder();
    // The *.json entries of folder (its path cleaned), files or not, by name.
    static QStringList exerciseFiles(const QString &folder);
    QStringList folders() const { return m_folders; }

    ExercisePtr exercise(const QString &id) const;
    QStringList ids() const;
    int count() const { return int(m_exercises.size()); }
    QList<ContentProblem> problemList() const { return m_problems; }
    QStringList problems() const;
    int errorCount() const;

    // The UI language as a BCP 47 tag ("en", "es-MX"); texts fall back to English.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    Q_INVOKABLE QString titleOf(const QString &id) const;
    // What a person needs to know before starting one, for its detail sheet: "summary";
    // "activities", the kinds of its steps in order, each once ("breathe", "senses"...);
    // "eyesOpen", true when it needs the eyes (tagged "eyes open", or a step to look at or tap);
    // "narrated", true when a step has spoken words; "soundscape", true when an imagery step plays
    // one. Empty if unknown.
    Q_INVOKABLE QVariantMap overviewOf(const QString &id) const
    {
        return overviewIn(m_language, id);
    }
    // In a given language: a QML binding that passes ExerciseLibrary.language is read again
    // when the language changes.
    Q_INVOKABLE QVariantMap overviewIn(const QString &language, const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void languageChanged();
    void loaded();

private:
    QStringList m_folders;
    QList<ExercisePtr> m_exercises;
    QList<ContentProblem> m_problems;
    QString m_language;
};

// One group of the library (settle, wake, present or learn), or all of it, by title, without the
// exercises a clinic chose to hide.
class ExerciseFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(QStringList hidden READ hidden WRITE setHidden NOTIFY hiddenChanged)

public:
    explicit ExerciseFilter(QObject *parent = nullptr);

    QString group() const { return m_group; }
    void setGroup(const QString &group);
    QStringList hidden() const { return m_hidden; }
    void setHidden(const QStringList &ids);

Q_SIGNALS:
    void groupChanged();
    void hiddenChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_group;
    QStringList m_hidden;
};
