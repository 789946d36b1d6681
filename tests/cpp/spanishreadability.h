#pragma once

#include <QList>
#include <QString>

// How hard Spanish text is to read: a syllable counter by the rules of Spanish spelling, and the
// Fernández-Huerta score built on it (Spanish's adaptation of Flesch's reading ease). A tool for
// tests only; tst_readability checks it on words whose syllables are known.
namespace SpanishReadability {

// Vowels that stay a syllable of their own next to another: a, e, o, and i or u with an accent.
inline bool isStrong(QChar c)
{
    return QStringView(u"aeoáéóíú").contains(c);
}

inline bool isWeak(QChar c)
{
    return QStringView(u"iuü").contains(c);
}

inline bool isVowel(QChar c)
{
    return isStrong(c) || isWeak(c);
}

// Syllables of one word, as Spanish spelling divides them: each run of vowels is one syllable
// (a diphthong, "puer-ta", "ciu-dad", or a triphthong), split where two strong vowels meet
// ("cre-er", "o-í-do"). The u of "que", "qui", "gue", "gui" is not said, and "y" at the end of a
// word after a vowel closes its syllable ("hoy", "muy"); on its own it is a word of one.
inline int syllables(const QString &word)
{
    const QString w = word.toLower();
    int count = 0;
    QChar previous; // the last vowel said in the current run, or null after a consonant
    for (qsizetype i = 0; i < w.size(); ++i) {
        QChar c = w.at(i);
        const bool silentU = c == u'u' && i > 0 && (w.at(i - 1) == u'q' || w.at(i - 1) == u'g')
            && i + 1 < w.size() && QStringView(u"eiéí").contains(w.at(i + 1));
        if (c == u'y' && (w.size() == 1 || (i == w.size() - 1 && !previous.isNull())))
            c = u'i';
        if (silentU || !isVowel(c)) {
            // An h between vowels is not said, but spelling splits there ("a-ho-ra").
            if (!silentU)
                previous = QChar();
            continue;
        }
        if (previous.isNull() || (isStrong(previous) && isStrong(c)))
            ++count;
        previous = c;
    }
    return count;
}

struct Counts
{
    int words = 0;
    int syllables = 0;
    int sentences = 0;
};

// Words are runs of letters (and digits, one syllable each, as numbers are rare here); a
// sentence ends at . ? ! or … and a text that ends without one (a title, a word in a list) is a
// sentence of its own.
inline Counts count(const QStringList &texts)
{
    Counts counts;
    for (const QString &text : texts) {
        bool inWord = false;
        bool open = false; // words since the last sentence end
        QString word;
        const auto endWord = [&] {
            if (word.isEmpty())
                return;
            ++counts.words;
            int digits = 0;
            for (const QChar c : std::as_const(word))
                digits += c.isDigit() ? 1 : 0;
            counts.syllables += digits > 0 ? digits : std::max(1, syllables(word));
            word.clear();
            open = true;
        };
        for (const QChar c : text) {
            // A hyphen inside a word joins it ("ansioso-preocupado" is one word).
            if (c.isLetterOrNumber() || (c == u'-' && inWord)) {
                word += c;
                inWord = true;
                continue;
            }
            endWord();
            inWord = false;
            if ((c == u'.' || c == u'?' || c == u'!' || c == u'…') && open) {
                ++counts.sentences;
                open = false;
            }
        }
        endWord();
        if (open)
            ++counts.sentences;
    }
    return counts;
}

// Fernández-Huerta (1959): 206.84 − 0.60 P − 1.02 F, P syllables per 100 words. F is taken as
// words per sentence, as in Flesch's formula it adapts: printed as "sentences per 100 words" it
// would score short sentences as harder, the error Gwillim Law pointed out (LINGUIST List 22.2332).
// 90–100 reads as very easy, 70–80 fairly easy, 60–70 plain; higher is easier.
inline double fernandezHuerta(const Counts &c)
{
    if (c.words == 0 || c.sentences == 0)
        return 0;
    return 206.84 - 0.60 * (100.0 * c.syllables / c.words) - 1.02 * (double(c.words) / c.sentences);
}

} // namespace SpanishReadability
