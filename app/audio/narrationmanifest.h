#pragma once

#include <QHash>
#include <QString>

// What tools/make-media recorded about the narration clips in one audio folder (manifest.json):
// for each clip, the exercise and step it speaks, a hash of that step's text and its length.
// Haven times a spoken step by that length; the tests use the hash to find clips whose text has
// changed since they were made.
class NarrationManifest
{
public:
    struct Clip
    {
        QString exercise;
        int step = -1;
        QString textSha256;
        qint64 durationMs = 0;
        QString source; // "voice" (made by make-media) or "recording" (a clinic's own)
    };

    // A missing or unreadable manifest reads as an empty one, and error() says why.
    static NarrationManifest read(const QString &file);
    // The manifest.json in the clip's folder or the nearest folder above it (up to three up).
    static QString findFor(const QString &clipFile);
    // SHA-256 of the text's UTF-8, in lower-case hex, as make-media writes it.
    static QString textHash(const QString &text);

    QString file() const { return m_file; }
    QString error() const { return m_error; }
    // By the clip's absolute, clean path; nullptr if the manifest does not list it.
    const Clip *clip(const QString &absolutePath) const;
    const QHash<QString, Clip> &clips() const { return m_clips; }

private:
    QString m_file;
    QString m_error;
    QHash<QString, Clip> m_clips;
};
