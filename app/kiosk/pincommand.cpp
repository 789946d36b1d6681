#include "pincommand.h"

#include "appconfig.h"
#include "inifile.h"
#include "stafflock.h"

#include <QFile>

#include <cstring>
#include <grp.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

// A PIN typed at a terminal is not shown.
class HiddenInput
{
public:
    HiddenInput()
    {
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    ~HiddenInput()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    bool active() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};

// The kiosk's group may read the system file; nobody else. Without a haven group (no package
// installed) it stays root's alone. Empty on success, else why not.
QString shareWithKiosk(const QString &file)
{
    const group *kiosk = getgrnam("haven");
    if (!kiosk)
        return {};
    const QByteArray path = QFile::encodeName(file);
    if (chown(path.constData(), 0, kiosk->gr_gid) != 0 || chmod(path.constData(), 0640) != 0)
        return QString::fromLocal8Bit(strerror(errno));
    return {};
}

} // namespace

PinTarget pinTarget(const AppConfig &config)
{
    const QString file = config.pinConfigFile();
    if (file == config.loadedSystemConfigFile())
        return {file, AppConfig::kioskStateFolder() + QStringLiteral("/staff-lock.ini"), true};
    return {file, StaffLock::defaultStateFile(), false};
}

int setPin(const PinTarget &target, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QString &configFile = target.configFile;
    QString first;
    QString second;
    {
        HiddenInput hidden;
        err << "New staff PIN (4 to 8 digits): " << Qt::flush;
        first = in.readLine().trimmed();
        if (hidden.active())
            err << Qt::endl;
        err << "The same PIN again: " << Qt::flush;
        second = in.readLine().trimmed();
        if (hidden.active())
            err << Qt::endl;
    }
    if (!StaffLock::isValidPin(first)) {
        err << "haven: --set-pin: expected 4 to 8 digits; nothing was changed" << Qt::endl;
        return 1;
    }
    if (first != second) {
        err << "haven: --set-pin: the two PINs differ; nothing was changed" << Qt::endl;
        return 1;
    }

    const int iterations = StaffLock::calibrateIterations();
    // Written whole and renamed into place, already private: no moment with the file
    // half-written or readable by others.
    const QString ini
        = IniFile::withValue(IniFile::read(configFile), QStringLiteral("staff"),
                             QStringLiteral("pin"), StaffLock::makeRecord(first, iterations));
    if (const QString error = IniFile::write(configFile, ini, true); !error.isEmpty()) {
        err << "haven: --set-pin: could not write " << configFile << ": " << error
            << "; nothing was changed" << Qt::endl;
        return 1;
    }
    if (target.kioskSystemFile) {
        if (const QString error = shareWithKiosk(configFile); !error.isEmpty()) {
            err << "haven: --set-pin: the PIN is in " << configFile
                << ", but the kiosk cannot read it: " << error << Qt::endl;
            return 1;
        }
    }
    QFile::remove(target.lockStateFile); // a new PIN starts without a lockout
    out << "Staff PIN set in " << configFile << " (PBKDF2-HMAC-SHA256, " << iterations
        << " iterations). "
        << (target.kioskSystemFile && getgrnam("haven")
                ? "Only root and the group haven can read the file."
                : "Only its owner can read the file.")
        << Qt::endl;
    return 0;
}
