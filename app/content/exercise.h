#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// A user-visible string in one or more languages. English is always present and is the
// fallback for any language an exercise was not written in.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english)
    {
        m_texts.insert(QStringLiteral("en"), english);
    }
    explicit LocalizedText(QHash<QString, QString> texts)
        : m_texts(std::move(texts))
    { }

    // language is a BCP 47 tag ("es", "es-MX"); "es-MX" falls back to "es", then to English.
    QString text(const QString &language) const
    {
        if (const auto it = m_texts.constFind(language); it != m_texts.constEnd())
            return *it;
        return m_texts.value(language.section(u'-', 0, 0), m_texts.value(QStringLiteral("en")));
    }
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool isEmpty() const { return english().isEmpty(); }
    bool operator==(const LocalizedText &) const = default;

private:
    QHash<QString, QString> m_texts;
};

// Breathing pattern in seconds. A two-part inhale (the cyclic sigh) has inTop > 0.
struct BreathPattern
{
    double in = 0;
    double inTop = 0;
    double holdIn = 0;
    double out = 0;
    double holdOut = 0;

    double cycleSeconds() const { return in + inTop + holdIn + out + holdOut; }
    bool hasHolds() const { return holdIn > 0 || holdOut > 0; }
};

struct SensePrompt
{
    QString sense; // see, hear, touch, smell, taste, notice
    int count = 1;
    LocalizedText prompt;
};

struct WordList
{
    LocalizedText label;
    QList<LocalizedText> words;
};

struct Page
{
    LocalizedText text;
    QString image; // a file beside the exercise, or empty
};

enum class StepKind { Say, Breathe, Senses, Imagery, BodyMap, Draw, Pause, Read };

// One step of an exercise. Which fields matter depends on kind; the parser fills only those.
struct Step
{
    StepKind kind = StepKind::Say;
    LocalizedText text; // the caption, or the step's instruction
    QString audio; // narration file, absolute once parsed; may be empty
    double pause = 0; // say, imagery: quiet seconds after the words
    BreathPattern pattern;
    int cycles = 0; // breathe
    bool cues = false; // breathe: a soft tone at each phase change
    QList<SensePrompt> prompts;
    QString soundscape; // imagery: ocean, rain, forest or quiet
    bool chooseSoundscape = false;
    QList<WordList> wordLists; // bodymap
    double seconds = 0; // pause: its length; senses, bodymap, draw, read: about how long it takes
    LocalizedText title; // read
    QList<Page> pages; // read

    // Steps that wait for the person (tapping, drawing, reading) rather than for the clock.
    bool waitsForPerson() const
    {
        return kind == StepKind::Senses || kind == StepKind::BodyMap || kind == StepKind::Draw
            || kind == StepKind::Read;
    }
};

QString nameOfStepKind(StepKind kind);

struct Exercise
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText summary;
    QString group; // settle, wake, present or learn
    double minutes = 0;
    QStringList tags;
    // Why it may help, in one line, for each place against the window it is suggested in:
    // "below", "inside" or "above".
    QHash<QString, LocalizedText> reasons;
    QList<Step> steps;
    QString file; // where it was read from

    bool hasBreathHolds() const;
};

using ExercisePtr = std::shared_ptr<const Exercise>;
