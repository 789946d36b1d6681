#include "narrationmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

NarrationManifest NarrationManifest::read(const QString &file)
{
    NarrationManifest manifest;
    manifest.m_file = file;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        manifest.m_error = in.errorString();
        return manifest;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!document.isObject()) {
        manifest.m_error = parseError.errorString();
        return manifest;
    }
    const QDir folder = QFileInfo(file).absoluteDir();
    const QJsonObject narration = document.object().value(QStringLiteral("narration")).toObject();
    for (auto it = narration.begin(); it != narration.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Clip clip;
        clip.exercise = entry.value(QStringLiteral("exercise")).toString();
        clip.step = entry.value(QStringLiteral("step")).toInt(-1);
        clip.textSha256 = entry.value(QStringLiteral("textSha256")).toString();
        clip.durationMs = entry.value(QStringLiteral("durationMs")).toInteger();
        clip.source = entry.value(QStringLiteral("source")).toString();
        manifest.m_clips.insert(QDir::cleanPath(folder.absoluteFilePath(it.key())), clip);
    }
    return manifest;
}

QString NarrationManifest::findFor(const QString &clipFile)
{
    QDir folder = QFileInfo(clipFile).absoluteDir();
    for (int up = 0; up <= 3; ++up) {
        const QString candidate = folder.filePath(QStringLiteral("manifest.json"));
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!folder.cdUp())
            break;
    }
    return {};
}

QString NarrationManifest::textHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const NarrationManifest::Clip *NarrationManifest::clip(const QString &absolutePath) const
{
    const auto it = m_clips.constFind(absolutePath);
    return it == m_clips.constEnd() ? nullptr : &*it;
}
