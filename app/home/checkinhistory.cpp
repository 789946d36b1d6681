#include "checkinhistory.h"

#include "logging.h"
#include "wholefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

namespace {

const QString keyCheckIns = QStringLiteral("checkIns");
const QString keyDay = QStringLiteral("day");
const QString keyBefore = QStringLiteral("before");
const QString keyAfter = QStringLiteral("after");
const QString keyArousal = QStringLiteral("arousal");
const QString keyDistress = QStringLiteral("distress");

QJsonObject toJson(const CheckIn &checkIn)
{
    QJsonObject object{{keyArousal, checkIn.arousal}};
    if (checkIn.hasDistress())
        object.insert(keyDistress, checkIn.distress);
    return object;
}

std::optional<CheckIn> checkInFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue arousal = object.value(keyArousal);
    const int distress = object.value(keyDistress).toInt(-1);
    if (!arousal.isDouble() || qAbs(arousal.toDouble()) > 1 || distress < -1 || distress > 10)
        return std::nullopt;
    return CheckIn{arousal.toDouble(), distress};
}

} // namespace

CheckInHistory::CheckInHistory(const QString &file, QObject *parent)
    : QAbstractListModel(parent)
    , m_file(file)
{
    load();
}

QString CheckInHistory::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/checkins.json");
}

bool CheckInHistory::movedCloser(const CheckIn &before, const CheckIn &after)
{
    return qAbs(after.arousal) + 0.1 < qAbs(before.arousal);
}

int CheckInHistory::days() const
{
    int days = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (i == 0 || m_entries.at(i).day != m_entries.at(i - 1).day)
            ++days;
    }
    return days;
}

int CheckInHistory::closerCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return movedCloser(e.before, e.after); }));
}

void CheckInHistory::load()
{
    if (!isEnabled())
        return;
    QFile in(m_file);
    if (!in.exists())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = in.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(in.readAll(), &parseError)
        : QJsonDocument();
    if (!document.isObject()) {
        const QString aside = WholeFile::setAside(m_file);
        qCWarning(lcHome).noquote()
            << m_file << "could not be read; the history starts again"
            << (aside.isEmpty() ? QString() : u"and the old file is " % aside);
        return;
    }
    const QJsonArray checkIns = document.object().value(keyCheckIns).toArray();
    for (const QJsonValue &value : checkIns) {
        const QJsonObject object = value.toObject();
        const QDate day = QDate::fromString(object.value(keyDay).toString(), Qt::ISODate);
        const auto before = checkInFrom(object.value(keyBefore));
        const auto after = checkInFrom(object.value(keyAfter));
        if (day.isValid() && before && after)
            m_entries.append({day, *before, *after});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.day < b.day; });
    if (m_entries.size() > maxEntries)
        m_entries.remove(0, m_entries.size() - maxEntries);
}

void CheckInHistory::save()
{
    QJsonArray checkIns;
    for (const Entry &entry : std::as_const(m_entries)) {
        checkIns.append(QJsonObject{{keyDay, entry.day.toString(Qt::ISODate)},
                                    {keyBefore, toJson(entry.before)},
                                    {keyAfter, toJson(entry.after)}});
    }
    const QString error = WholeFile::write(
        m_file, QJsonDocument(QJsonObject{{keyCheckIns, checkIns}}).toJson(QJsonDocument::Compact),
        true);
    if (!error.isEmpty())
        qCWarning(lcHome).noquote() << m_file << "could not be saved:" << error;
    setError(error);
}

void CheckInHistory::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void CheckInHistory::add(const QDate &day, const CheckIn &before, const CheckIn &after)
{
    if (!isEnabled() || !day.isValid())
        return;
    if (m_entries.size() >= maxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
        Q_EMIT dataChanged(index(0), index(0), {FirstOfDayRole}); // now first, whatever its day
    }
    // A day earlier than the last (the clock was set back) still goes in its place, after the
    // others of its day, so no other row's first-of-day changes.
    qsizetype row = m_entries.size();
    while (row > 0 && m_entries.at(row - 1).day > day)
        --row;
    beginInsertRows({}, int(row), int(row));
    m_entries.insert(row, {day, before, after});
    endInsertRows();
    save();
    Q_EMIT changed();
}

void CheckInHistory::addRun(const RunRecord &record)
{
    // A point on each gauge, or there is nothing to draw.
    if (record.before && record.after && record.before->placed() && record.after->placed())
        add(record.endedAt.isValid() ? record.endedAt.date() : QDate::currentDate(), *record.before,
            *record.after);
}

bool CheckInHistory::deleteAll()
{
    if (!isEnabled())
        return true;
    QFile file(m_file);
    if (file.exists() && !file.remove()) {
        setError(file.errorString());
        return false;
    }
    beginResetModel();
    m_entries.clear();
    endResetModel();
    setError({});
    Q_EMIT changed();
    return true;
}

int CheckInHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CheckInHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case DayRole:
        return entry.day.toString(Qt::ISODate);
    case DayNumberRole:
        return locale.toString(entry.day, QStringLiteral("d"));
    case MonthRole:
        return locale.toString(entry.day, QStringLiteral("MMM"));
    case LongDayRole:
        //: A date as QLocale::toString writes it: "Thursday 3 December"; quote literal words.
        return locale.toString(entry.day, tr("dddd d MMMM"));
    case FirstOfDayRole:
        return index.row() == 0 || m_entries.at(index.row() - 1).day != entry.day;
    case BeforeRole:
        return entry.before.arousal;
    case BeforeDistressRole:
        return entry.before.distress;
    case AfterRole:
        return entry.after.arousal;
    case AfterDistressRole:
        return entry.after.distress;
    case CloserRole:
        return movedCloser(entry.before, entry.after);
    }
    return {};
}

QHash<int, QByteArray> CheckInHistory::roleNames() const
{
    return {{DayRole, "day"},
            {DayNumberRole, "dayNumber"},
            {MonthRole, "month"},
            {LongDayRole, "longDay"},
            {FirstOfDayRole, "firstOfDay"},
            {BeforeRole, "before"},
            {BeforeDistressRole, "beforeDistress"},
            {AfterRole, "after"},
            {AfterDistressRole, "afterDistress"},
            {CloserRole, "closer"}};
}

void CheckInHistory::relocalize()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {DayNumberRole, MonthRole, LongDayRole});
}
