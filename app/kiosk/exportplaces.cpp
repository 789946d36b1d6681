#include "exportplaces.h"

#include "logging.h"
#include "usagereport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// The mount table writes a space, tab, newline or backslash in a path as \040, \011, \012, \134.
QString unescapeMountPath(const QString &field)
{
    QString path;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                path.append(QChar(code));
                i += 3;
                continue;
            }
        }
        path.append(field.at(i));
    }
    return path;
}

} // namespace

ExportPlaces::ExportPlaces(QObject *parent)
    : QObject(parent)
    , m_localFolder(UsageReport::defaultExportFolder())
{
    refresh();
}

QList<ExportPlaces::Place> ExportPlaces::removableMounts(const QString &mountTable)
{
    QList<Place> places;
    const QStringList lines = mountTable.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 4)
            continue;
        const QString path = unescapeMountPath(fields.at(1));
        const bool removableFolder = path.startsWith(u"/media/") || path.startsWith(u"/run/media/");
        const bool writable = fields.at(3).split(u',').contains(u"rw");
        if (removableFolder && writable && fields.at(0).startsWith(u"/dev/"))
            places.append({QFileInfo(path).fileName(), path, true});
    }
    return places;
}

QVariantList ExportPlaces::placeList() const
{
    QVariantList list;
    for (const Place &place : m_places)
        list.append(QVariantMap{{QStringLiteral("name"), place.name},
                                {QStringLiteral("path"), place.path},
                                {QStringLiteral("removable"), place.removable}});
    return list;
}

void ExportPlaces::setChosen(const QString &path)
{
    if (path == m_chosen)
        return;
    m_chosen = path;
    Q_EMIT changed();
}

QString ExportPlaces::folder() const
{
    for (const Place &place : m_places) {
        if (place.path == m_chosen)
            return m_chosen;
    }
    return m_places.isEmpty() ? m_localFolder : m_places.constFirst().path;
}

QString ExportPlaces::description() const
{
    const QString where = folder();
    for (const Place &place : m_places) {
        if (place.path == where && place.removable)
            return tr("the USB stick %1 (%2)").arg(place.name, QDir::toNativeSeparators(where));
    }
    return tr("this device, in %1").arg(QDir::toNativeSeparators(where));
}

void ExportPlaces::refresh()
{
    QFile table(m_mountTable);
    QList<Place> places;
    if (table.open(QIODevice::ReadOnly))
        places = removableMounts(QString::fromLocal8Bit(table.readAll()));
    places.append({tr("This device"), m_localFolder, false});
    if (places == m_places)
        return;
    if (places.size() > m_places.size())
        qCInfo(lcKiosk).noquote() << "export places:" << places.size() - 1 << "removable drive(s)";
    m_places = places;
    Q_EMIT changed();
}
