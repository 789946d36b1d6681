#include "privatefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PrivateFile {

QString write(const QString &file, const QByteArray &data)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return u"cannot make the folder " % folder;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
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

} // namespace PrivateFile
