#include "stafflock.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString scheme = QStringLiteral("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, hashBytes);
}

// Compares without an early exit, so the time taken says nothing about how close a guess was.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

StaffLock::StaffLock(const QString &pinRecord, const QString &stateFile, QObject *parent, Now now)
    : QObject(parent)
    , m_record(pinRecord)
    , m_stateFile(stateFile)
    , m_now(std::move(now))
{
    QSettings state(m_stateFile, QSettings::IniFormat);
    m_failures
        = std::clamp(state.value(QStringLiteral("failures")).toInt(), 0, attemptsBeforeLock - 1);
    m_lockouts = std::clamp(state.value(QStringLiteral("lockouts")).toInt(), 0, 20);
    m_lockedUntil = state.value(QStringLiteral("lockedUntil")).toDateTime();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StaffLock::refresh);
    m_pool.setMaxThreadCount(1);
    refresh();
}

StaffLock::~StaffLock()
{
    m_pool.waitForDone();
}

void StaffLock::refresh()
{
    if (secondsLocked() > 0)
        m_tick.start();
    else
        m_tick.stop();
    Q_EMIT changed();
}

void StaffLock::setNow(Now now)
{
    m_now = std::move(now);
    refresh();
}

int StaffLock::secondsLocked() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    return int(std::max<qint64>(0, m_now().secsTo(m_lockedUntil)));
}

bool StaffLock::tryPin(const QString &pin)
{
    if (!hasPin() || secondsLocked() > 0 || m_checking)
        return false;
    return answer(verify(m_record, pin));
}

void StaffLock::check(const QString &pin)
{
    if (!hasPin() || secondsLocked() > 0 || m_checking)
        return;
    m_checking = true;
    Q_EMIT changed();
    m_pool.start([this, record = m_record, pin] {
        const bool right = verify(record, pin);
        // Queued to this thread; the destructor waits for the pool, so `this` is alive here,
        // and a queued call to a deleted object is dropped.
        QMetaObject::invokeMethod(
            this,
            [this, right] {
                m_checking = false;
                Q_EMIT checked(answer(right));
            },
            Qt::QueuedConnection);
    });
}

bool StaffLock::answer(bool right)
{
    if (right) {
        m_failures = 0;
        m_lockouts = 0;
        m_lockedUntil = {};
        save();
        return true;
    }
    if (++m_failures >= attemptsBeforeLock) {
        m_failures = 0;
        ++m_lockouts;
        m_lockedUntil = m_now().addSecs(qint64(firstLockSeconds) << std::min(m_lockouts - 1, 16));
        qCWarning(lcKiosk) << "staff PIN pad locked for" << secondsLocked() << "s after"
                           << attemptsBeforeLock << "wrong PINs";
    }
    save();
    return false;
}

void StaffLock::save()
{
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.setValue(QStringLiteral("failures"), m_failures);
    state.setValue(QStringLiteral("lockouts"), m_lockouts);
    state.setValue(QStringLiteral("lockedUntil"), m_lockedUntil);
    state.sync();
    if (state.status() != QSettings::NoError)
        qCWarning(lcKiosk) << "could not save the PIN lockout to" << m_stateFile;
    refresh();
}

QString StaffLock::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/staff-lock.ini");
}

bool StaffLock::isValidPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}

QString StaffLock::makeRecord(const QString &pin, int iterations)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltBytes / 4);
    return scheme % u'$' % QString::number(iterations) % u'$' % QString::fromLatin1(salt.toBase64())
        % u'$' % QString::fromLatin1(derive(pin, salt, iterations).toBase64());
}

bool StaffLock::verify(const QString &record, const QString &pin)
{
    const QStringList parts = record.split(u'$');
    if (parts.size() != 4 || parts[0] != scheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
    return sameBytes(derive(pin, salt, iterations), hash);
}

int StaffLock::calibrateIterations(int targetMs)
{
    constexpr int probe = 20000;
    QElapsedTimer timer;
    timer.start();
    derive(QStringLiteral("00000000"), QByteArray(saltBytes, 'x'), probe);
    const double msPerIteration = std::max<qint64>(1, timer.nsecsElapsed()) / 1e6 / probe;
    return std::max(minIterations, int(targetMs / msPerIteration));
}
