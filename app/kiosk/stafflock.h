#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <functional>

// The staff PIN that guards a kiosk's way out. Only a PBKDF2-HMAC-SHA256 hash with a random salt
// is ever stored ("pbkdf2-sha256$iterations$salt$hash", base64). Five wrong PINs lock the pad for
// a minute, then two, four…; the lockout is kept in a state file, so a restart does not clear it.
class StaffLock : public QObject, public QmlSingleton<StaffLock>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasPin READ hasPin CONSTANT)
    Q_PROPERTY(int secondsLocked READ secondsLocked NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)

public:
    using Now = std::function<QDateTime()>;

    static constexpr int minIterations = 100000;
    static constexpr int attemptsBeforeLock = 5;
    static constexpr int firstLockSeconds = 60;

    StaffLock(
        const QString &pinRecord, const QString &stateFile, QObject *parent = nullptr,
        Now now = [] { return QDateTime::currentDateTimeUtc(); });

    bool hasPin() const { return !m_record.isEmpty(); }
    int secondsLocked() const;
    int attemptsLeft() const { return attemptsBeforeLock - m_failures; }

    // True when pin is right and the pad is not locked. Every answer is saved before returning.
    Q_INVOKABLE bool tryPin(const QString &pin);
    // The lockout counts down by the clock; views call this to show the seconds left.
    Q_INVOKABLE void refresh() { Q_EMIT changed(); }

    static bool isValidPin(const QString &pin); // 4 to 8 digits
    // Where the lockout is kept: the app's data folder, which the kiosk user can write.
    static QString defaultStateFile();
    static QString makeRecord(const QString &pin, int iterations);
    static bool verify(const QString &record, const QString &pin);
    // Iterations that take about targetMs here, and never fewer than minIterations.
    static int calibrateIterations(int targetMs = 250);

Q_SIGNALS:
    void changed();

private:
    void save();

    QString m_record;
    QString m_stateFile;
    Now m_now;
    int m_failures = 0;
    int m_lockouts = 0;
    QDateTime m_lockedUntil;
};
