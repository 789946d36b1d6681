#include "inifile.h"

#include "wholefile.h"

#include <QFile>
#include <QRegularExpression>

namespace IniFile {

QString withValue(const QString &ini, const QString &section, const QString &key,
                  const QString &value)
{
    QStringList lines = ini.split(u'\n');
    static const QRegularExpression header(QStringLiteral("^\\s*\\[(.*)\\]\\s*$"));
    // The key itself, or a commented-out example of it (";pin="), which it replaces.
    const QRegularExpression keyLine(u"^\\s*;?\\s*" % QRegularExpression::escape(key) % u"\\s*=");
    const QString entry = key % u'=' % value;
    qsizetype found = -1;
    qsizetype lastInSection = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = header.match(lines[i]);
        if (match.hasMatch()) {
            if (found >= 0)
                break; // the section ended without the key
            if (match.captured(1).trimmed().compare(section, Qt::CaseInsensitive) == 0)
                found = lastInSection = i;
        } else if (found >= 0) {
            if (keyLine.match(lines[i]).hasMatch()) {
                lines[i] = entry;
                return lines.join(u'\n');
            }
            if (!lines[i].trimmed().isEmpty())
                lastInSection = i;
        }
    }
    if (found >= 0) {
        lines.insert(lastInSection + 1, entry);
        return lines.join(u'\n');
    }
    QString text = lines.join(u'\n');
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return text % u"\n[" % section % u"]\n" % entry % u'\n';
}

QString write(const QString &file, const QString &text, bool ownerOnly)
{
    return WholeFile::write(file, text.toUtf8(), ownerOnly);
}

QString read(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return u'"' % escaped % u'"';
}

} // namespace IniFile
