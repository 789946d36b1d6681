#include "wholefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace WholeFile {

QString write(const QString &file, const QByteArray &data, bool ownerOnly)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return u"cannot make the folder " % folder;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (ownerOnly && !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("cannot make the file private");
    if (out.write(data) != data.size() || !out.commit())
        return out.errorString();
    return {};
}

QString setAside(const QString &file)
{
    const QString aside = file % u".unreadable-"
        % QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QFile::rename(file, aside) ? aside : QString();
}

} // namespace WholeFile
