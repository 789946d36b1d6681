#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <functional>

// The staff PIN that guards a kiosk's way out. Only a PBKDF2-HMAC-SHA256 hash with a random salt
// is ever stored ("pbkdf2-sha256$iterations$salt$hash", base64). Five wrong PINs lock the pad for
// a minute, then two, four…; the lockout is kept in a state file, so a restart does not clear it.
// What the pad shows is derived from the stored lockedUntil and the clock each time it is read:
// nothing counts down, so nothing (an idle reset closing the pad, say) can freeze it.
class StaffLock : public QObject, public QmlSingleton<StaffLock>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasPin READ hasPin CONSTANT)
    Q_PROPERTY(int secondsLocked READ secondsLocked NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)

public:
    using Now = std::function<QDateTime()>;

    static constexpr int minIterations = 100000;
    static constexpr int attemptsBeforeLock = 5;
    static constexpr int firstLockSeconds = 60;

    StaffLock(
        const QString &pinRecord, const QString &stateFile, QObject *parent = nullptr,
        Now now = [] { return QDateTime::currentDateTimeUtc(); });
    ~StaffLock() override;

    bool hasPin() const { return !m_record.isEmpty(); }
    int secondsLocked() const;
    int attemptsLeft() const { return attemptsBeforeLock - m_failures; }
    QDateTime lockedUntil() const { return m_lockedUntil; }
    bool checking() const { return m_checking; }

    // True when pin is right and the pad is not locked. Every answer is saved before returning.
    // Blocks for the hash (about 0.65 s on a kiosk): the pad uses check() instead.
    bool tryPin(const QString &pin);
    // The same, with the hash computed on a worker thread; checked() gives the answer. Ignored
    // (no answer) while a check is under way, without a PIN, or while locked.
    Q_INVOKABLE void check(const QString &pin);
    // Reads the clock again: views call it when shown. While locked, a one-second tick does it.
    Q_INVOKABLE void refresh();
    // Tests put the lock on a fake clock.
    void setNow(Now now);

    static bool isValidPin(const QString &pin); // 4 to 8 digits
    // Where the lockout is kept: the app's data folder, which the kiosk user can write.
    static QString defaultStateFile();
    static QString makeRecord(const QString &pin, int iterations);
    static bool verify(const QString &record, const QString &pin);
    // Iterations that take about targetMs here, and never fewer than minIterations.
    static int calibrateIterations(int targetMs = 250);

Q_SIGNALS:
    void changed();
    void checked(bool accepted);

private:
    bool answer(bool right); // the bookkeeping of one try, on the UI thread
    void save();

    QString m_record;
    QString m_stateFile;
    Now m_now;
    int m_failures = 0;
    int m_lockouts = 0;
    QDateTime m_lockedUntil;
    bool m_checking = false;
    QTimer m_tick; // only re-reads the clock; never holds a count of its own
    QThreadPool m_pool; // one worker; waited for on destruction, so an answer never outlives us
};
