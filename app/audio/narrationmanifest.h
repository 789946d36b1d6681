#pragma once

#include "exercise.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// What tools/make-media recorded about the narration clips in one audio folder (manifest.json).
// A step's clip is named by the step's audio path; for each language and narrator ("voice") the
// manifest lists the file that speaks it, a hash of the text it was made from and its length.
// Haven plays and times a step by the chosen voice's clip, or another voice's when that one is
// missing or out of date; the tests use the hashes to find clips whose text has changed.
class NarrationManifest
{
public:
    struct Clip
    {
        QString file; // absolute and clean
        QString textSha256;
        qint64 durationMs = 0;
        QString source; // "voice" (made by make-media) or "recording" (a clinic's own)
    };
    struct Entry
    {
        QString exercise;
        int step = -1;
        QHash<QString, QHash<QString, Clip>> clips; // language → voice → clip
    };

    // A missing or unreadable manifest reads as an empty one, and error() says why. A manifest
    // from before voices (format 1) reads as one English clip a step, in the first voice.
    static NarrationManifest read(const QString &file);
    // The manifest.json in the clip's folder or the nearest folder above it (up to three up).
    static QString findFor(const QString &clipFile);
    // SHA-256 of the text's UTF-8, in lower-case hex, as make-media writes it.
    static QString textHash(const QString &text);

    QString file() const { return m_file; }
    QString error() const { return m_error; }
    // The narrators of a language, the first the default.
    QStringList voices(const QString &language) const { return m_voices.value(language); }
    // By the step's audio path (absolute, clean); nullptr if the manifest does not list it.
    const Entry *entry(const QString &stepAudio) const;
    // The clip to play: the voice's own if its file is there and was made from text (by its
    // hash), else the first of the language's other voices that is; nullptr if none is.
    const Clip *choose(const QString &stepAudio, const QString &language, const QString &voice,
                       const QString &textSha256) const;
    const QHash<QString, Entry> &entries() const { return m_entries; }

private:
    QString m_file;
    QString m_error;
    QHash<QString, QStringList> m_voices;
    QHash<QString, Entry> m_entries;
};

// The manifests beside the clips of the steps asked about, each read once: which file a spoken
// step plays in a voice (or the other), and for how long. AudioGuide plays by it, and
// `haven --check-content` reports each exercise's spoken length by it.
class NarrationClips
{
public:
    struct Choice
    {
        QString file; // empty: no clip to play
        qint64 durationMs = 0;
        bool stale = false; // the manifest lists the step, but no voice's clip of its text
        QString manifestError; // the first time an unreadable manifest is asked for
    };
    // In language ("es", "es-MX") when the step's text is written in it, as its caption is;
    // a text that falls back to English is spoken in English.
    Choice choose(const Step &step, const QString &voice,
                  const QString &language = QStringLiteral("en"));

private:
    QHash<QString, std::shared_ptr<const NarrationManifest>> m_manifests; // by manifest file
};
