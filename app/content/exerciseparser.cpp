#include "exerciseparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

QString nameOfStepKind(StepKind kind)
{
    switch (kind) {
    case StepKind::Say:
        return QStringLiteral("say");
    case StepKind::Breathe:
        return QStringLiteral("breathe");
    case StepKind::Senses:
        return QStringLiteral("senses");
    case StepKind::Imagery:
        return QStringLiteral("imagery");
    case StepKind::BodyMap:
        return QStringLiteral("bodymap");
    case StepKind::Draw:
        return QStringLiteral("draw");
    case StepKind::Pause:
        return QStringLiteral("pause");
    case StepKind::Read:
        return QStringLiteral("read");
    }
    return {};
}

bool Exercise::hasBreathHolds() const
{
    return std::any_of(steps.begin(), steps.end(), [](const Step &step) {
        return step.kind == StepKind::Breathe && step.pattern.hasHolds();
    });
}

namespace {

const QStringList groups = {QStringLiteral("settle"), QStringLiteral("wake"),
                            QStringLiteral("present"), QStringLiteral("learn")};
const QStringList senses
    = {QStringLiteral("see"),   QStringLiteral("hear"),  QStringLiteral("touch"),
       QStringLiteral("smell"), QStringLiteral("taste"), QStringLiteral("notice")};
const QStringList soundscapes = {QStringLiteral("ocean"), QStringLiteral("rain"),
                                 QStringLiteral("forest"), QStringLiteral("quiet")};

constexpr int maxTitle = 80;
constexpr int maxSummary = 240;
constexpr int maxText = 2000;
constexpr int maxSteps = 200;
constexpr int maxCycles = 500;

QString quoted(const QString &text)
{
    return u'"' % text % u'"';
}

// How a JSON value reads in a message: strings in quotes, numbers as written, the rest by kind.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.size() <= 40)
            return quoted(text);
        // Never cut an emoji or other surrogate pair in half.
        return quoted(text.left(text.at(39).isHighSurrogate() ? 39 : 40) % u"…");
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

QString tooLarge(qint64 bytes)
{
    // Rounded up, so a file just over the limit does not read as "got 1024 KB".
    return u"expected an exercise file of at most 1 MB, got "
        % QString::number((bytes + 1023) / 1024) % u" KB";
}

struct SyntaxError
{
    QString where; // "line 3, column 17"
    QString message;
};

// Qt reports a syntax error in bytes, just after the character it stopped at, in words meant for
// programmers ("unterminated object" for a missing comma). This finds the place to look, in
// characters, and says what to look for there.
SyntaxError syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const auto isSpace = [&](qsizetype i) {
        return i >= 0 && i < json.size()
            && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r');
    };
    const auto isLetter = [&](qsizetype i) {
        return i >= 0 && i < json.size()
            && ((json[i] >= 'a' && json[i] <= 'z') || (json[i] >= 'A' && json[i] <= 'Z'));
    };
    const QString value = QStringLiteral("expected a value: text in double quotes, a number, "
                                         "true, false, a list [ ] or an object { }");
    qsizetype at = std::clamp<qsizetype>(error.offset - 1, 0, json.size());
    QString message;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        // Usually a missing comma: point just after the value it should follow.
        while (at > 0 && isSpace(at - 1))
            --at;
        message = error.error == QJsonParseError::UnterminatedObject
            ? QStringLiteral("expected a comma or a closing } here (keys and text go in double "
                             "quotes)")
            : QStringLiteral("expected a comma or a closing ] here");
        // Qt lets text run on over line breaks, so a missing closing quote shows up lines later
        // as a missing comma; text that spans lines is the better clue.
        if (at > 0 && json[at - 1] == '"') {
            qsizetype open = at - 2;
            while (open >= 0 && (json[open] != '"' || (open > 0 && json[open - 1] == '\\')))
                --open;
            if (open >= 0 && json.mid(open, at - open).contains('\n')) {
                at = open;
                message = QStringLiteral("text with no closing double quote");
            }
        }
        break;
    case QJsonParseError::MissingObject:
        while (at > 0 && isSpace(at - 1))
            --at;
        if (at > 0 && json[at - 1] == ',') {
            --at;
            message = QStringLiteral("a comma with nothing after it; remove it");
        } else {
            message = value;
        }
        break;
    case QJsonParseError::MissingNameSeparator:
        message = QStringLiteral("expected a colon (:) after the key");
        break;
    case QJsonParseError::IllegalValue:
        while (isLetter(at - 1))
            --at;
        message = value;
        break;
    case QJsonParseError::IllegalNumber:
        // Qt stops after a sign it took for the start of a number, and before anything else.
        at = std::clamp<qsizetype>(error.offset, 0, json.size());
        if (at > 0 && json[at - 1] == '-')
            --at;
        message = at < json.size() && json[at] == '-'
            ? QStringLiteral("expected a number like 4 or 2.5")
            : value;
        break;
    case QJsonParseError::TerminationByNumber:
        message = QStringLiteral("the file ends in the middle of a number");
        break;
    case QJsonParseError::IllegalEscapeSequence:
        message = QStringLiteral("a backslash in text must be written \\\\ (two backslashes)");
        break;
    case QJsonParseError::IllegalUTF8String:
        at = std::clamp<qsizetype>(error.offset, 0, json.size());
        message = QStringLiteral("text that is not UTF-8; save the file as UTF-8");
        break;
    case QJsonParseError::UnterminatedString:
        // The text runs on to the end of the file, so the last quote is the one not closed.
        at = std::max<qsizetype>(json.lastIndexOf('"'), 0);
        message = QStringLiteral("text with no closing double quote");
        break;
    case QJsonParseError::DeepNesting:
        message = QStringLiteral("lists and objects nested too deeply");
        break;
    case QJsonParseError::GarbageAtEnd:
        at = std::clamp<qsizetype>(error.offset, 0, json.size());
        message = QStringLiteral("more text after the closing } of the exercise");
        break;
    case QJsonParseError::DocumentTooLarge:
    case QJsonParseError::NoError:
        message = error.errorString();
        break;
    }
    // People write notes in the file; say so plainly wherever the parser trips on one.
    for (const qsizetype i : {error.offset - 1, error.offset}) {
        const QByteArray two = i >= 0 ? json.mid(i, 2) : QByteArray();
        if (two == "//" || two == "/*") {
            at = i;
            message = QStringLiteral("JSON files cannot have comments; remove this one");
            break;
        }
    }
    const QByteArray before = json.left(at);
    const QByteArray lead = before.trimmed();
    if (error.error == QJsonParseError::IllegalValue
        && (lead.isEmpty() || lead == QByteArrayLiteral("\xEF\xBB\xBF")))
        message = QStringLiteral("expected the file to start with {");
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Characters, not bytes, so accented text earlier on the line does not shift the column.
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return {u"line " % QString::number(before.count('\n') + 1) % u", column "
                % QString::number(column),
            u"not valid JSON: " % message};
}

// Edit distance, to suggest the key a typo meant.
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

class Reader
{
public:
    Reader(const QString &file)
        : m_file(file)
        , m_folder(QFileInfo(file).absolutePath())
    { }

    QList<ContentProblem> problems;

    void error(const QString &path, const QString &message)
    {
        problems.append({ContentProblem::Severity::Error, m_file, path, message});
    }
    void warning(const QString &path, const QString &message)
    {
        problems.append({ContentProblem::Severity::Warning, m_file, path, message});
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path % u'.' % key;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return path % u'[' % QString::number(index) % u']';
    }

    void expected(const QString &path, const QString &what, const QJsonValue &got)
    {
        error(path, u"expected " % what % u", got " % describe(got));
    }

    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            QString closest;
            int best = 3;
            for (const QString &candidate : allowed) {
                const int d = distance(it.key(), candidate);
                if (d < best) {
                    best = d;
                    closest = candidate;
                }
            }
            QString message = QStringLiteral("unknown key, ignored");
            if (!closest.isEmpty())
                message += u"; did you mean " % quoted(closest) % u'?';
            warning(join(path, it.key()), message);
        }
    }

    bool present(const QJsonObject &object, const QString &key, const QString &path,
                 const QString &what, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            error(join(path, key), u"missing, expected " % what);
        return false;
    }

    // A number from min to max; halves says it must be a multiple of 0.5 (breathing timings).
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &path,
                                 double min, double max, bool required, bool halves = false)
    {
        const QString what = u"a number from " % numberText(min) % u" to " % numberText(max)
            % (halves ? QStringLiteral(" in steps of 0.5") : QString());
        if (!present(object, key, path, what, required))
            return std::nullopt;
        return numberValue(object.value(key), join(path, key), what, min, max, halves);
    }

    std::optional<double> numberValue(const QJsonValue &value, const QString &path,
                                      const QString &what, double min, double max, bool halves)
    {
        const double n = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(n) || n < min || n > max
            || (halves && std::fmod(n * 2, 1.0) != 0)) {
            expected(path, what, value);
            return std::nullopt;
        }
        return n;
    }

    std::optional<int> integer(const QJsonObject &object, const QString &key, const QString &path,
                               int min, int max, bool required)
    {
        const QString what
            = u"a whole number from " % QString::number(min) % u" to " % QString::number(max);
        if (!present(object, key, path, what, required))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        const double n = value.toDouble(std::nan(""));
        if (!value.isDouble() || n != std::floor(n) || n < min || n > max) {
            expected(join(path, key), what, value);
            return std::nullopt;
        }
        return int(n);
    }

    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (!object.contains(key))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            expected(join(path, key), QStringLiteral("true or false"), value);
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QString> choice(const QJsonObject &object, const QString &key,
                                  const QString &path, const QStringList &options, bool required)
    {
        const QString what = u"one of " % options.join(QStringLiteral(", "));
        if (!present(object, key, path, what, required))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (!value.isString() || !options.contains(value.toString())) {
            expected(join(path, key), what, value);
            return std::nullopt;
        }
        return value.toString();
    }

    // A plain string, or {"en": "...", "es": "..."}; English is required either way.
    std::optional<LocalizedText> text(const QJsonObject &object, const QString &key,
                                      const QString &path, int maxLength, bool required)
    {
        const QString what = u"some text (at most " % QString::number(maxLength)
            % u" characters), or {\"en\": \"…\", \"es\": \"…\"}";
        if (!present(object, key, path, what, required))
            return std::nullopt;
        return textValue(object.value(key), join(path, key), maxLength);
    }

    std::optional<LocalizedText> textValue(const QJsonValue &value, const QString &path,
                                           int maxLength)
    {
        const auto check
            = [&](const QJsonValue &v, const QString &where) -> std::optional<QString> {
            const QString s = v.toString().trimmed();
            if (!v.isString() || s.isEmpty() || s.size() > maxLength) {
                if (v.isString() && s.size() > maxLength)
                    error(where,
                          u"expected at most " % QString::number(maxLength) % u" characters, got "
                              % QString::number(s.size()));
                else
                    expected(where,
                             u"some text (at most " % QString::number(maxLength) % u" characters)",
                             v);
                return std::nullopt;
            }
            return s;
        };
        if (value.isObject()) {
            static const QRegularExpression language(
                QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{2,4})?$"));
            const QJsonObject map = value.toObject();
            QHash<QString, QString> texts;
            bool ok = true;
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (!language.match(it.key()).hasMatch()) {
                    error(join(path, it.key()),
                          QStringLiteral("expected a language code such as \"en\" or \"es\""));
                    ok = false;
                } else if (const auto s = check(it.value(), join(path, it.key()))) {
                    texts.insert(it.key(), *s);
                } else {
                    ok = false;
                }
            }
            if (!map.contains(QStringLiteral("en"))) {
                error(path,
                      QStringLiteral("expected an English text under \"en\", the fallback "
                                     "for every other language"));
                ok = false;
            }
            return ok ? std::optional(LocalizedText(texts)) : std::nullopt;
        }
        if (const auto s = check(value, path))
            return LocalizedText(*s);
        return std::nullopt;
    }

    // A media file beside the exercise. A missing file is a warning: the step still runs.
    QString mediaFile(const QJsonObject &object, const QString &key, const QString &path,
                      const QString &missingConsequence)
    {
        if (!object.contains(key))
            return {};
        const QJsonValue value = object.value(key);
        const QString name = value.toString();
        if (!value.isString() || name.isEmpty() || QDir::isAbsolutePath(name)) {
            expected(join(path, key), QStringLiteral("a file path relative to the exercise file"),
                     value);
            return {};
        }
        const QString absolute = QDir::cleanPath(m_folder % u'/' % name);
        const QFileInfo file(absolute);
        if (!file.exists()) {
            warning(join(path, key), u"file not found: " % name % u"; " % missingConsequence);
        } else if (!file.isFile()) {
            // A pipe or a device would never finish reading, and hang whoever reads it.
            error(join(path, key), u"not a regular file: " % name);
            return {};
        }
        return absolute;
    }

    template<typename Item, typename ReadItem>
    QList<Item> list(const QJsonObject &object, const QString &key, const QString &path,
                     qsizetype min, qsizetype max, const QString &itemWhat, ReadItem readItem)
    {
        const QString what = u"a list of " % QString::number(min) % u" to " % QString::number(max)
            % u' ' % itemWhat;
        if (!present(object, key, path, what, true))
            return {};
        const QJsonValue value = object.value(key);
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() < min || array.size() > max) {
            error(join(path, key),
                  u"expected " % what % u", got "
                      % (!value.isArray() ? describe(value)
                             : array.isEmpty()
                             ? QStringLiteral("an empty list")
                             : QString(u"a list of " % QString::number(array.size()))));
            return {};
        }
        QList<Item> items;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto item = readItem(array.at(i), at(join(path, key), i)))
                items.append(*item);
        }
        return items;
    }

    std::optional<QJsonObject> objectValue(const QJsonValue &value, const QString &path,
                                           const QString &what)
    {
        if (!value.isObject()) {
            expected(path, what, value);
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<Exercise> exercise(const QJsonObject &root)
    {
        checkKeys(root, {},
                  {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                   QStringLiteral("summary"), QStringLiteral("group"), QStringLiteral("minutes"),
                   QStringLiteral("tags"), QStringLiteral("reasons"), QStringLiteral("steps")});
        Exercise exercise;
        exercise.file = m_file;
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        const QString idWhat = QStringLiteral("an id of at most 64 lower-case letters, digits and "
                                              "dashes (like \"box-breathing\")");
        if (present(root, QStringLiteral("id"), {}, idWhat, true)) {
            const QJsonValue id = root.value(QStringLiteral("id"));
            if (!id.isString() || id.toString().size() > 64
                || !idPattern.match(id.toString()).hasMatch())
                expected(QStringLiteral("id"), idWhat, id);
            exercise.id = id.toString();
        }
        exercise.version
            = integer(root, QStringLiteral("version"), {}, 1, 1000000, true).value_or(1);
        exercise.title
            = text(root, QStringLiteral("title"), {}, maxTitle, true).value_or(LocalizedText());
        exercise.summary
            = text(root, QStringLiteral("summary"), {}, maxSummary, true).value_or(LocalizedText());
        exercise.group
            = choice(root, QStringLiteral("group"), {}, groups, true).value_or(QString());
        exercise.minutes = number(root, QStringLiteral("minutes"), {}, 0.5, 60, true).value_or(0);
        if (root.contains(QStringLiteral("tags"))) {
            const QJsonValue tags = root.value(QStringLiteral("tags"));
            const QJsonArray array = tags.toArray();
            if (!tags.isArray())
                expected(QStringLiteral("tags"), QStringLiteral("a list of words"), tags);
            // Each tag is checked on its own so the message names the one at fault, not "a list".
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue tag = array.at(i);
                if (!tag.isString() || tag.toString().trimmed().isEmpty())
                    expected(at(QStringLiteral("tags"), i), QStringLiteral("a word"), tag);
                exercise.tags.append(tag.toString());
            }
        }
        exercise.reasons = reasons(root);
        exercise.steps
            = list<Step>(root, QStringLiteral("steps"), {}, 1, maxSteps, QStringLiteral("steps"),
                         [this](const QJsonValue &v, const QString &p) { return step(v, p); });
        if (hasErrors(problems))
            return std::nullopt;
        return exercise;
    }

    // {"above": "…", "below": "…", "inside": "…"}: why it may help, for each zone it fits.
    QHash<QString, LocalizedText> reasons(const QJsonObject &root)
    {
        const QString key = QStringLiteral("reasons");
        if (!root.contains(key))
            return {};
        const auto object
            = objectValue(root.value(key), key,
                          QStringLiteral("an object of reasons such as {\"above\": \"…\"}"));
        if (!object)
            return {};
        static const QStringList zones
            = {QStringLiteral("below"), QStringLiteral("inside"), QStringLiteral("above")};
        QHash<QString, LocalizedText> reasons;
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (!zones.contains(it.key()))
                error(join(key, it.key()),
                      QStringLiteral("expected a reason for \"below\", \"inside\" or \"above\" "
                                     "the window"));
            else if (auto reason = textValue(it.value(), join(key, it.key()), maxSummary))
                reasons.insert(it.key(), *reason);
        }
        return reasons;
    }

    std::optional<Step> step(const QJsonValue &value, const QString &path)
    {
        const auto object
            = objectValue(value, path, QStringLiteral("a step object { \"kind\": … }"));
        if (!object)
            return std::nullopt;
        static const QStringList kinds
            = {QStringLiteral("say"),     QStringLiteral("breathe"), QStringLiteral("senses"),
               QStringLiteral("imagery"), QStringLiteral("bodymap"), QStringLiteral("draw"),
               QStringLiteral("pause"),   QStringLiteral("read")};
        const auto kind = choice(*object, QStringLiteral("kind"), path, kinds, true);
        if (!kind)
            return std::nullopt;
        const qsizetype errorsBefore = errorCount();
        Step step;
        step.kind = StepKind(kinds.indexOf(*kind));
        const QString kindKey = QStringLiteral("kind");
        const QString textKey = QStringLiteral("text");
        const QString secondsKey = QStringLiteral("seconds");
        const auto stepText = [&](bool required) {
            step.text = text(*object, textKey, path, maxText, required).value_or(LocalizedText());
        };
        const auto typicalSeconds = [&] {
            step.seconds = number(*object, secondsKey, path, 5, 3600, false).value_or(60);
        };
        const QString narrationMissing = QStringLiteral("the caption shows without narration");

        switch (step.kind) {
        case StepKind::Say:
            checkKeys(*object, path,
                      {kindKey, textKey, QStringLiteral("audio"), QStringLiteral("pause")});
            stepText(true);
            step.audio = mediaFile(*object, QStringLiteral("audio"), path, narrationMissing);
            step.pause = number(*object, QStringLiteral("pause"), path, 0, 120, false).value_or(0);
            break;
        case StepKind::Breathe:
            checkKeys(*object, path,
                      {kindKey, textKey, QStringLiteral("in"), QStringLiteral("holdIn"),
                       QStringLiteral("out"), QStringLiteral("holdOut"), QStringLiteral("cycles"),
                       secondsKey, QStringLiteral("cues")});
            stepText(false);
            breathPattern(*object, path, step);
            step.cues = boolean(*object, QStringLiteral("cues"), path).value_or(false);
            break;
        case StepKind::Senses:
            checkKeys(*object, path, {kindKey, textKey, QStringLiteral("prompts"), secondsKey});
            stepText(false);
            step.prompts = list<SensePrompt>(
                *object, QStringLiteral("prompts"), path, 1, 10, QStringLiteral("prompts"),
                [this](const QJsonValue &v, const QString &p) { return sensePrompt(v, p); });
            typicalSeconds();
            break;
        case StepKind::Imagery:
            checkKeys(*object, path,
                      {kindKey, textKey, QStringLiteral("audio"), QStringLiteral("pause"),
                       QStringLiteral("soundscape"), QStringLiteral("choose")});
            stepText(true);
            step.audio = mediaFile(*object, QStringLiteral("audio"), path, narrationMissing);
            step.pause = number(*object, QStringLiteral("pause"), path, 0, 600, false).value_or(0);
            step.soundscape
                = choice(*object, QStringLiteral("soundscape"), path, soundscapes, false)
                      .value_or(QStringLiteral("quiet"));
            step.chooseSoundscape
                = boolean(*object, QStringLiteral("choose"), path).value_or(false);
            break;
        case StepKind::BodyMap:
            checkKeys(*object, path, {kindKey, textKey, QStringLiteral("lists"), secondsKey});
            stepText(true);
            step.wordLists = list<WordList>(
                *object, QStringLiteral("lists"), path, 1, 6, QStringLiteral("word lists"),
                [this](const QJsonValue &v, const QString &p) { return wordList(v, p); });
            typicalSeconds();
            break;
        case StepKind::Draw:
            checkKeys(*object, path, {kindKey, textKey, secondsKey});
            stepText(true);
            typicalSeconds();
            break;
        case StepKind::Pause:
            checkKeys(*object, path, {kindKey, textKey, secondsKey});
            stepText(false);
            step.seconds = number(*object, secondsKey, path, 1, 600, true).value_or(0);
            break;
        case StepKind::Read:
            checkKeys(*object, path,
                      {kindKey, QStringLiteral("title"), QStringLiteral("pages"), secondsKey});
            step.title = text(*object, QStringLiteral("title"), path, maxTitle, false)
                             .value_or(LocalizedText());
            step.pages
                = list<Page>(*object, QStringLiteral("pages"), path, 1, 20, QStringLiteral("pages"),
                             [this](const QJsonValue &v, const QString &p) { return page(v, p); });
            typicalSeconds();
            break;
        }
        if (errorCount() > errorsBefore)
            return std::nullopt;
        return step;
    }

    void breathPattern(const QJsonObject &object, const QString &path, Step &step)
    {
        const QString phaseWhat = QStringLiteral("a number from 0.5 to 20 in steps of 0.5");
        const QString inKey = QStringLiteral("in");
        if (present(object, inKey, path,
                    phaseWhat % u", or two of them for a two-part breath in ([4, 1])", true)) {
            const QJsonValue in = object.value(inKey);
            if (in.isArray()) {
                const QJsonArray parts = in.toArray();
                if (parts.size() != 2) {
                    error(join(path, inKey),
                          u"expected two parts for a two-part breath in ([4, 1]), got a list of "
                              % QString::number(parts.size()));
                } else {
                    step.pattern.in = numberValue(parts.at(0), at(join(path, inKey), 0), phaseWhat,
                                                  0.5, 20, true)
                                          .value_or(0);
                    step.pattern.inTop = numberValue(parts.at(1), at(join(path, inKey), 1),
                                                     phaseWhat, 0.5, 20, true)
                                             .value_or(0);
                }
            } else {
                step.pattern.in
                    = numberValue(in, join(path, inKey), phaseWhat, 0.5, 20, true).value_or(0);
            }
        }
        step.pattern.holdIn
            = number(object, QStringLiteral("holdIn"), path, 0, 20, false, true).value_or(0);
        step.pattern.out
            = number(object, QStringLiteral("out"), path, 0.5, 20, true, true).value_or(0);
        step.pattern.holdOut
            = number(object, QStringLiteral("holdOut"), path, 0, 20, false, true).value_or(0);

        const bool hasCycles = object.contains(QStringLiteral("cycles"));
        const bool hasSeconds = object.contains(QStringLiteral("seconds"));
        if (hasCycles && hasSeconds) {
            error(path, QStringLiteral("expected cycles or seconds, not both"));
        } else if (hasSeconds) {
            const auto seconds = number(object, QStringLiteral("seconds"), path, 5, 3600, true);
            if (seconds && step.pattern.cycleSeconds() > 0) {
                step.cycles = std::max(1, int(std::lround(*seconds / step.pattern.cycleSeconds())));
                if (step.cycles > maxCycles)
                    error(join(path, QStringLiteral("seconds")),
                          u"expected at most " % QString::number(maxCycles) % u" breaths, got "
                              % QString::number(step.cycles) % u" (" % numberText(*seconds)
                              % u" seconds of a " % numberText(step.pattern.cycleSeconds())
                              % u"-second breath)");
            }
        } else if (hasCycles) {
            step.cycles
                = integer(object, QStringLiteral("cycles"), path, 1, maxCycles, true).value_or(0);
        } else {
            error(join(path, QStringLiteral("cycles")),
                  QStringLiteral("missing, expected cycles (a whole number from 1 to 500) or "
                                 "seconds (a number from 5 to 3600)"));
        }
    }

    std::optional<SensePrompt> sensePrompt(const QJsonValue &value, const QString &path)
    {
        const auto object = objectValue(
            value, path, QStringLiteral("a prompt { \"sense\", \"count\", \"prompt\" }"));
        if (!object)
            return std::nullopt;
        checkKeys(*object, path,
                  {QStringLiteral("sense"), QStringLiteral("count"), QStringLiteral("prompt")});
        const auto sense = choice(*object, QStringLiteral("sense"), path, senses, true);
        const auto count = integer(*object, QStringLiteral("count"), path, 1, 10, true);
        const auto prompt = text(*object, QStringLiteral("prompt"), path, maxText, true);
        if (!sense || !count || !prompt)
            return std::nullopt;
        return SensePrompt{*sense, *count, *prompt};
    }

    std::optional<WordList> wordList(const QJsonValue &value, const QString &path)
    {
        const auto object
            = objectValue(value, path, QStringLiteral("a word list { \"label\", \"words\" }"));
        if (!object)
            return std::nullopt;
        checkKeys(*object, path, {QStringLiteral("label"), QStringLiteral("words")});
        const auto label = text(*object, QStringLiteral("label"), path, maxTitle, true);
        const QList<LocalizedText> words = list<LocalizedText>(
            *object, QStringLiteral("words"), path, 1, 12, QStringLiteral("words"),
            [this](const QJsonValue &v, const QString &p) { return textValue(v, p, maxTitle); });
        if (!label)
            return std::nullopt;
        return WordList{*label, words};
    }

    std::optional<Page> page(const QJsonValue &value, const QString &path)
    {
        const auto object = objectValue(value, path, QStringLiteral("a page { \"text\" }"));
        if (!object)
            return std::nullopt;
        checkKeys(*object, path, {QStringLiteral("text"), QStringLiteral("image")});
        const auto pageText = text(*object, QStringLiteral("text"), path, maxText, true);
        const QString image = mediaFile(*object, QStringLiteral("image"), path,
                                        QStringLiteral("the page shows without its picture"));
        if (!pageText)
            return std::nullopt;
        return Page{*pageText, image};
    }

private:
    qsizetype errorCount() const
    {
        return std::count_if(problems.begin(), problems.end(),
                             [](const ContentProblem &p) { return p.isError(); });
    }

    QString m_file;
    QString m_folder;
};

} // namespace

namespace ExerciseParser {

Result parse(const QByteArray &json, const QString &file)
{
    Reader reader(file);
    Result result;
    if (json.size() > maxFileBytes) {
        reader.error({}, tooLarge(json.size()));
        result.problems = reader.problems;
        return result;
    }
    const QString rootWhat = QStringLiteral("an exercise object { \"id\": … }");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (json.trimmed().isEmpty()) {
        reader.error({}, u"the file is empty; expected " % rootWhat);
    } else if (parseError.error != QJsonParseError::NoError) {
        const SyntaxError syntax = syntaxError(json, parseError);
        reader.error(syntax.where, syntax.message);
    } else if (!document.isObject()) {
        reader.expected({}, rootWhat,
                        document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    } else {
        result.exercise = reader.exercise(document.object());
    }
    result.problems = reader.problems;
    return result;
}

Result parseFile(const QString &file)
{
    QFile input(file);
    if (input.size() > maxFileBytes || !input.open(QIODevice::ReadOnly)) {
        Result result;
        const QString message = input.size() > maxFileBytes
            ? tooLarge(input.size())
            : QString(u"could not be read: " % input.errorString());
        result.problems.append({ContentProblem::Severity::Error, file, {}, message});
        return result;
    }
    return parse(input.readAll(), file);
}

} // namespace ExerciseParser
