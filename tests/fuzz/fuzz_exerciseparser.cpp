#include "exerciseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Beyond not crashing, the parser keeps its promises: an exercise exactly when nothing is wrong
// enough to be an error, every problem names the file, and what loads can be run.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: a read past the end then lands outside libFuzzer's buffer, where
    // AddressSanitizer sees it.
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    const ExerciseParser::Result result = ExerciseParser::parse(json, file);

    if (result.exercise.has_value() == hasErrors(result.problems))
        std::abort();
    for (const ContentProblem &problem : result.problems) {
        if (problem.file != file || problem.message.isEmpty()
            || !problem.toString().startsWith(file % u": "))
            std::abort();
    }
    if (result.exercise) {
        if (result.exercise->steps.isEmpty() || result.exercise->title.isEmpty())
            std::abort();
        for (const Step &step : result.exercise->steps) {
            if (step.kind == StepKind::Breathe
                && (step.cycles < 1 || step.pattern.in <= 0 || step.pattern.out <= 0))
                std::abort();
        }
    }
    return 0;
}
