#include "interpreter/lsp/keywords.hpp"

#include <array>

namespace limber::lsp {

namespace {

constexpr std::array<KeywordDoc, 35> docs{{
    {"routine", "routine \"Title\" { … }",
     "A routine: the title the patient sees, and a block of steps and settings.", true},
    {"exercise", "exercise NAME \"Display Name\" { … }",
     "Defines an exercise: its name in routines, the name the patient sees, and its properties.",
     true},
    {"condition", "condition NAME \"Question?\"",
     "Declares a yes/no condition, asked at the start of a run and tested with `if` and "
     "`unless`.",
     true},
    {"screen", "screen NAME",
     "Names a screening checklist the routine asks before it starts (at the top level, "
     "`screen NAME \"Title\" { … }` declares one); any \"yes\" stops the run with the advice to "
     "seek care.",
     true},
    {"use", "use NAME | use \"file.limber\"",
     "Brings in a standard-library module or another file; an import only adds definitions, it "
     "never runs anything.",
     true},
    {"hold", "hold EX DUR [xN] [each side | on left | on right]",
     "N rounds of a timed hold of exercise EX, each lasting DUR, with a short rest between "
     "rounds.",
     true},
    {"reps", "reps EX COUNT [xN] [each side | on left | on right]",
     "N sets of COUNT repetitions of a reps-mode exercise; one repetition lasts the tempo.", true},
    {"warmup", "warmup EX DUR",
     "A timed warm-up activity, done once; after it the body counts as warm.", true},
    {"rest", "rest DUR", "A rest of exactly DUR.", true},
    {"switch sides", "switch sides",
     "Waits `switch_time`, then does the previous step again on the other side, without its "
     "transition.",
     true},
    {"say", "say \"text\"", "A cue spoken or printed at that moment; it takes no time.", true},
    {"section", "section \"Title\" { … }",
     "A named group of steps, announced to the patient when it begins; it adds no time of its "
     "own.",
     true},
    {"repeat", "repeat N { … }",
     "Runs the block N times in a row (a circuit); it takes N times as long as the block.", true},
    {"optional", "optional STEP",
     "The step (or section) is left out when the run is started with `--skip-optional`.", true},
    {"unless", "STEP unless COND", "The step is skipped when the condition holds.", false},
    {"if", "if COND then STEP | if COND { … }",
     "Runs a step or a block only when the condition holds; `else` gives the alternative.", true},
    {"then", "if COND then STEP", "Introduces the one step an `if` runs when its condition holds.",
     false},
    {"else", "} else { … } | } else if COND { … }",
     "The alternative of an `if`: what runs when its condition does not hold.", false},
    {"scale", "scale F",
     "Multiplies every hold duration and rep count of its enclosing block by F (0.5 or 50%).",
     true},
    {"set", "set NAME VALUE",
     "Changes a timing setting (transition, round_rest, switch_time, tempo, first_side, "
     "language) for its enclosing block.",
     true},
    {"target", "target DUR",
     "The routine's intended length; a plan more than 20% away from it gets a warning.", true},
    {"frequency", "frequency A..B per week | frequency daily", "How often to do the routine.",
     true},
    {"given", "given COND",
     "The therapist knows this condition holds for this patient, which turns its safety rules "
     "on.",
     true},
    {"each side", "each side",
     "Does the step on the first side, then switches and does it on the other side.", false},
    {"on", "on left | on right", "Does the step on that side only, on purpose.", false},
    {"left", "on left", "Does the step on the left side only, on purpose.", false},
    {"right", "on right", "Does the step on the right side only, on purpose.", false},
    {"daily", "frequency daily", "The routine is done every day.", false},
    {"progress",
     "STEP progress +AMOUNT per [N] week[s] until GOAL | progress rounds +1 per N weeks until GOAL",
     "How the step's dose (or, as a statement, every dose of its block) grows week by week, "
     "never past its goal; not in a week with pain of 5 or more, and back to the written dose "
     "while flare_up holds.",
     true},
    {"until", "progress … until GOAL", "The goal a progression grows to and never passes.", false},
    {"per", "frequency A..B per week | progress … per N weeks",
     "How many sessions a week, or how often a progression steps up.", false},
    {"week", "frequency A..B per week | progress … per week",
     "How many sessions a week, or a progression that steps up every week.", false},
    {"weeks", "progress … per N weeks", "A progression that steps up every N weeks.", false},
    {"reason", "reason \"…\"",
     "In a condition's block: why a step is left out while the condition holds, in the "
     "patient's words.",
     false},
    {"acknowledge", "acknowledge \"…\"",
     "In a condition's block: what the patient reads once when the answer is yes.", false},
}};

}  // namespace

std::span<const KeywordDoc> keyword_docs() {
  return docs;
}

const KeywordDoc* keyword_doc(std::string_view word) {
  if (word == "each" || word == "side") word = "each side";
  if (word == "switch" || word == "sides") word = "switch sides";
  for (const KeywordDoc& doc : docs) {
    if (doc.word == word) return &doc;
  }
  return nullptr;
}

bool is_dose_verb(std::string_view word) {
  return word == "hold" || word == "reps" || word == "warmup";
}

}  // namespace limber::lsp
