#include "spanishreadability.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The Spanish syllable counter tst_library scores the exercises with, on words whose division is
// known (as a dictionary hyphenates them), and the Fernández-Huerta score on text counted by hand.
class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("expected");
        const auto row = [](const char16_t *hyphenated) {
            const QString division = QString::fromUtf16(hyphenated);
            QString word = division;
            word.remove(u'-');
            QTest::newRow(division.toUtf8().constData()) << word << int(division.count(u'-') + 1);
        };
        // Open and closed syllables, and an accent that changes nothing.
        for (const char16_t *w : {u"ca-sa", u"sol", u"pe-que-ño", u"más", u"ár-bol", u"rá-pi-do",
                                  u"res-pi-ra-ción", u"tran-qui-li-dad"})
            row(w);
        // Diphthongs and triphthongs: a weak vowel (i, u) beside any other is one syllable.
        for (const char16_t *w : {u"puer-ta", u"ciu-dad", u"cui-da-do", u"bien", u"au-la",
                                  u"pei-ne", u"a-ve-ri-guáis", u"U-ru-guay", u"es-tu-diáis"})
            row(w);
        // Hiatus: two strong vowels, or a weak one with an accent, are two.
        for (const char16_t *w : {u"cre-er", u"le-er", u"po-e-ta", u"a-é-re-o", u"o-í-do", u"dí-a",
                                  u"pa-ís", u"ba-úl", u"re-ír", u"Ma-rí-a"})
            row(w);
        // An h between vowels splits them as spelling does; it is never said.
        for (const char16_t *w : {u"a-ho-ra", u"bú-ho", u"pro-hi-bi-do", u"hie-lo"})
            row(w);
        // The u of que, qui, gue, gui is not said; ü is.
        for (const char16_t *w :
             {u"guí-a", u"que", u"quién", u"gue-rra", u"a-gua", u"pin-güi-no", u"ver-güen-za"})
            row(w);
        // y: a vowel at the end of a word or alone, a consonant before a vowel.
        for (const char16_t *w : {u"hoy", u"muy", u"rey", u"y", u"yo", u"a-yer", u"ma-yo"})
            row(w);
        // Capitals and accented capitals count the same.
        row(u"Á-FRI-CA");
    }

    void syllables()
    {
        QFETCH(QString, word);
        QFETCH(int, expected);
        QCOMPARE(SpanishReadability::syllables(word), expected);
    }

    void countsWordsSyllablesAndSentences()
    {
        // 8 words, 16 syllables, 2 sentences; ¿ and « » are not words.
        const auto c
            = SpanishReadability::count({u"¿Dónde notas la sensación? Toca ese lugar, «aquí»."_s});
        QCOMPARE(c.words, 8);
        QCOMPARE(c.syllables, 2 + 2 + 1 + 3 + 2 + 2 + 2 + 2);
        QCOMPARE(c.sentences, 2);
        // A title without a full stop is a sentence of its own; "…" ends one; "?!" ends one.
        const auto titled
            = SpanishReadability::count({u"Respirar en cuadrado"_s, u"Entra… y sale. ¿Sí?!"_s});
        QCOMPARE(titled.sentences, 4);
        QCOMPARE(titled.words, 7);
        // A hyphen joins a word; digits are one syllable each.
        const auto joined = SpanishReadability::count({u"Ansioso-preocupado, 5-4-3."_s});
        QCOMPARE(joined.words, 2);
        QCOMPARE(joined.syllables, 8 + 3);
    }

    void fernandezHuertaMatchesAHandCount()
    {
        // 10 words, 20 syllables, 2 sentences: 206.84 − 0.60·200 − 1.02·5.
        const auto c = SpanishReadability::count(
            {u"Vamos a respirar despacio. Puedes parar cuando quieras, con calma."_s});
        QCOMPARE(c.words, 10);
        QCOMPARE(c.syllables, 2 + 1 + 3 + 3 + 2 + 2 + 2 + 2 + 1 + 2);
        QCOMPARE(c.sentences, 2);
        QCOMPARE(SpanishReadability::fernandezHuerta(c), 206.84 - 0.60 * 200 - 1.02 * 5);
        // Shorter sentences of the same words read as easier, longer words as harder.
        const auto shorter = SpanishReadability::count(
            {u"Vamos a respirar despacio. Puedes parar. Cuando quieras, con calma."_s});
        QVERIFY(SpanishReadability::fernandezHuerta(shorter)
                > SpanishReadability::fernandezHuerta(c));
        const auto longer = SpanishReadability::count(
            {u"Vamos a respirar tranquilamente. Puedes detenerte cuando quieras, con calma."_s});
        QVERIFY(SpanishReadability::fernandezHuerta(longer)
                < SpanishReadability::fernandezHuerta(c));
        QCOMPARE(SpanishReadability::fernandezHuerta({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"
