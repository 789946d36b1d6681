#include "narrationmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString english = QStringLiteral("en");
// Format 1's one voice: festival's slt, whose clips make-media makes again as RHVoice's slt.
const QString formatOneVoice = QStringLiteral("slt");

NarrationManifest::Clip readClip(const QJsonObject &object, const QDir &folder,
                                 const QString &fallbackFile)
{
    NarrationManifest::Clip clip;
    clip.file = QDir::cleanPath(
        folder.absoluteFilePath(object.value(QStringLiteral("file")).toString(fallbackFile)));
    clip.textSha256 = object.value(QStringLiteral("textSha256")).toString();
    clip.durationMs = object.value(QStringLiteral("durationMs")).toInteger();
    clip.source = object.value(QStringLiteral("source")).toString();
    return clip;
}

} // namespace

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
    const QJsonObject root = document.object();
    const QJsonObject voices = root.value(QStringLiteral("voices")).toObject();
    for (auto it = voices.begin(); it != voices.end(); ++it) {
        for (const QJsonValue &voice : it.value().toArray())
            manifest.m_voices[it.key()].append(voice.toString());
    }
    if (manifest.m_voices.isEmpty())
        manifest.m_voices.insert(english, {formatOneVoice});

    const QJsonObject narration = root.value(QStringLiteral("narration")).toObject();
    for (auto it = narration.begin(); it != narration.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Entry entry;
        entry.exercise = object.value(QStringLiteral("exercise")).toString();
        entry.step = object.value(QStringLiteral("step")).toInt(-1);
        if (object.contains(QStringLiteral("textSha256"))) {
            entry.clips[english].insert(formatOneVoice, readClip(object, folder, it.key()));
        } else {
            for (auto language = object.begin(); language != object.end(); ++language) {
                if (!language.value().isObject())
                    continue; // exercise, step
                const QJsonObject perVoice = language.value().toObject();
                for (auto voice = perVoice.begin(); voice != perVoice.end(); ++voice) {
                    entry.clips[language.key()].insert(
                        voice.key(), readClip(voice.value().toObject(), folder, QString()));
                }
            }
        }
        manifest.m_entries.insert(QDir::cleanPath(folder.absoluteFilePath(it.key())), entry);
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

const NarrationManifest::Entry *NarrationManifest::entry(const QString &stepAudio) const
{
    const auto it = m_entries.constFind(stepAudio);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

const NarrationManifest::Clip *NarrationManifest::choose(const QString &stepAudio,
                                                         const QString &language,
                                                         const QString &voice,
                                                         const QString &textSha256) const
{
    const Entry *found = entry(stepAudio);
    if (!found)
        return nullptr;
    const auto perLanguage = found->clips.constFind(language);
    if (perLanguage == found->clips.constEnd())
        return nullptr;
    const QHash<QString, Clip> &clips = *perLanguage;
    QStringList order{voice};
    order += voices(language);
    order += clips.keys(); // a clip in a voice the manifest does not list is still a clip
    for (const QString &candidate : std::as_const(order)) {
        const auto it = clips.constFind(candidate);
        if (it != clips.constEnd() && it->textSha256 == textSha256 && QFileInfo::exists(it->file))
            return &*it;
    }
    return nullptr;
}

NarrationClips::Choice NarrationClips::choose(const Step &step, const QString &voice,
                                              const QString &language)
{
    Choice choice;
    if ((step.kind != StepKind::Say && step.kind != StepKind::Imagery) || step.audio.isEmpty())
        return choice;
    const QString file = NarrationManifest::findFor(step.audio);
    if (file.isEmpty())
        return choice;
    auto &manifest = m_manifests[file];
    if (!manifest) {
        manifest = std::make_shared<const NarrationManifest>(NarrationManifest::read(file));
        choice.manifestError = manifest->error();
    }
    if (!manifest->entry(step.audio))
        return choice;
    // The manifest lists clips by language ("es"), whatever the region asked for.
    const QString spoken
        = step.text.has(language) ? language.section(u'-', 0, 0) : QStringLiteral("en");
    const NarrationManifest::Clip *clip = manifest->choose(
        step.audio, spoken, voice, NarrationManifest::textHash(step.text.text(language)));
    if (!clip) {
        choice.stale = true;
        return choice;
    }
    choice.file = clip->file;
    choice.durationMs = clip->durationMs;
    return choice;
}
