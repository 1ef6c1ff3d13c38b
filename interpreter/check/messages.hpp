#pragma once

// Every word the checker says, in one place. Messages and help are fmt templates: `{}` takes the
// names and values the checker fills in. Codes are stable: tools, tests and the conformance
// suite match on them, and docs/language.md documents each one.

#include <string_view>

#include "grammar/diagnostic.hpp"

namespace limber::check_messages {

struct Text {
  std::string_view code;
  Severity severity;
  std::string_view message;
  std::string_view help = {};
};

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// ---- names and imports
inline constexpr Text unknown_exercise{"unknown-exercise", E, "unknown exercise `{}`",
                                       "see `limber exercises` for the library"};
inline constexpr Text unknown_condition{"unknown-condition", E, "unknown condition `{}`",
                                        "declare it with: condition {} \"Question?\""};
inline constexpr Text unknown_screen{"unknown-screen", E, "unknown screening checklist `{}`",
                                     "the library's checklist is urgent_care"};
inline constexpr Text unknown_module{"unknown-module", E, "there is no library module `{}`",
                                     "the modules are: {}"};
inline constexpr Text unknown_setting{
    "unknown-setting", E, "unknown setting `{}`",
    "the settings are transition, round_rest, switch_time, tempo, first_side and language"};
inline constexpr Text unknown_language{"unknown-language", E,
                                       "limber does not speak the language \"{}\"", "{}"};
inline constexpr Text conditional_language{
    "conditional-language", E, "the language cannot depend on a condition",
    "a session speaks one language: write `set language` once, without if, unless or optional, "
    "at the routine's top level"};
inline constexpr Text import_not_found{"import-not-found", E, "cannot read the imported file: {}",
                                       "looked in {}"};
inline constexpr Text import_not_a_file{"import-not-a-file", E, "`{}` is {}, not a file",
                                        "`use` reads a .limber file; name the file itself"};
inline constexpr Text import_outside{
    "import-outside-folder", E, "`{}` is outside this file's folder",
    "a routine can only use files in its own folder or below it, or in a shared folder named "
    "by --path or LIMBER_PATH"};
inline constexpr Text import_cycle{"import-cycle", E, "these files use each other in a circle: {}",
                                   "remove one of the `use` lines"};
inline constexpr std::string_view import_too_large =
    "the file is larger than {} MiB, the most limber reads: check that `use` names the right "
    "file";
// The limits of check.hpp (max_use_depth, max_files_read), documented in docs/limits.md.
inline constexpr Text import_too_deep{
    "import-too-deep", E,
    "using `{}` here makes a chain of {} files, each using the next, starting at {}; a chain may "
    "be at most {} files long",
    "use what this file needs from a file nearer the start of the chain, or combine some of the "
    "files into one"};
inline constexpr Text import_too_many_files{
    "import-too-many-files", E,
    "using `{}` here would make this check read more than {} files (counting the routine, the "
    "prelude and every file and library module used)",
    "use only the files that hold what the routine needs, or combine small files into one"};
inline constexpr Text duplicate_definition{"duplicate-definition", E, "`{}` is already defined",
                                           "it was defined in {}; give this one another name"};

// ---- definitions
inline constexpr Text missing_property{"missing-property", E, "exercise `{}` has no `{}`", "{}"};
inline constexpr Text duplicate_property{"duplicate-property", E, "`{}` is given twice",
                                         "keep one of them"};
inline constexpr Text property_mode_mismatch{
    "property-mode-mismatch", W, "`{}` does not apply to a {}-mode exercise",
    "hold-mode exercises take a hold range; reps-mode ones take reps and tempo"};

// ---- types and units
inline constexpr Text needs_unit{"needs-unit", E, "{} needs a unit: is it {}?",
                                 "a bare number is never a duration; write s, min or h after it"};
inline constexpr Text wrong_type{"wrong-type", E, "{} takes {}, not {}", "{}"};
inline constexpr Text invalid_count{"invalid-count", E, "{} must be a whole number of 1 or more",
                                    "for example x2 or 10"};
inline constexpr Text zero_duration{"zero-duration", E, "a duration of zero does nothing",
                                    "give it a length, such as 30s"};
inline constexpr Text scale_out_of_range{
    "scale-out-of-range", E, "a scale of {} is outside 0 to 2",
    "scale multiplies holds and reps: 0.5 halves them, 1.5 adds half again"};
inline constexpr Text range_out_of_order{"range-out-of-order", E, "the range {} runs backwards",
                                         "write the lower value first, such as {}"};
inline constexpr Text invalid_setting_value{"invalid-setting-value", E, "`{}` takes {}", "{}"};
inline constexpr Text wrong_verb{"wrong-verb", E, "`{}` is a {}-mode exercise: use `{}`, not `{}`",
                                 "for example: {}"};
inline constexpr Text routine_setting_in_block{"routine-setting-in-block", E,
                                               "`{}` belongs to the whole routine, not to a block",
                                               "move it to the routine's top level"};
inline constexpr Text steps_outside_routine{
    "steps-outside-routine", E, "this step is outside every routine of the file",
    "move it into one of the routine blocks (a file of loose steps is one routine by itself)"};

// ---- progressions (`progress +5s per week until 30s`, docs/language.md "Progression")
inline constexpr Text progress_shrinks{
    "progress-shrinks", E, "a progression only grows the dose: `-{}` would lower it every week",
    "write the step with +, such as +{}; to lower a dose, use scale"};
inline constexpr Text progress_goal_not_above{
    "progress-goal-not-above", E, "{} progresses until {}, but is written with {} already",
    "until is where the progression stops: make it more than the written dose, or remove the "
    "progression"};
inline constexpr Text progress_twice{"progress-twice", E,
                                     "this {} already has a progression of its {}",
                                     "keep one of them: a dose grows in one way"};
inline constexpr std::string_view progress_step_word = "the progression's step";
inline constexpr std::string_view progress_goal_word = "the progression's goal";
inline constexpr std::string_view progress_weeks_word = "the weeks of a progression";
inline constexpr std::string_view a_block_progression =
    "a duration (to grow the holds) or a number (to grow the reps)";
inline constexpr std::string_view block_progress_help =
    "in a block, `progress +5s …` grows every hold and `progress +2 …` every set of reps";

// ---- safety, as written: rules that hold whatever the conditions
inline constexpr Text switch_without_step{"switch-without-step", E,
                                          "`switch sides` has no step before it to repeat",
                                          "put it right after the one-sided step"};
inline constexpr Text flare_up_scale_up{
    "flare-up-scale-up", E, "a scale of {} raises the dose during a flare-up",
    "during a flare-up reduce intensity: use a scale below 1, such as 0.5"};
inline constexpr Text contraindicated{
    "contraindicated", E, "`{}` is to be avoided with `{}`, and this routine is given `{}`", "{}"};
inline constexpr Text high_risk_not_optional{"high-risk-not-optional", W,
                                             "`{}` is a high-risk exercise but not optional",
                                             "write `optional` before it so it can be skipped"};
inline constexpr Text unused_condition{"unused-condition", W,
                                       "the condition `{}` is declared but never used",
                                       "use it (if, unless, given, avoid_if) or remove it"};
inline constexpr Text unused_screen{"unused-screen", W,
                                    "the screening checklist `{}` is declared but never used",
                                    "ask it with `screen {}` in the routine, or remove it"};

// ---- safety on the plans a routine can produce (interpreter/safety/). Each message starts with
// the case it arises in ("when flare_up holds, "), left empty when it arises in every case.
inline constexpr Text hold_out_of_range{"hold-out-of-range", W,
                                        "{}`{}`{} is held {}{}: {} its {} range",
                                        "keep holds within {} unless you mean to"};
inline constexpr Text warmup_out_of_range{"hold-out-of-range", W,
                                          "{}the warm-up `{}`{} lasts {}: {} its {} range",
                                          "keep it within {} unless you mean to"};
inline constexpr Text reps_out_of_range{"reps-out-of-range", W,
                                        "{}`{}`{} has {} a set{}: {} its {} range",
                                        "keep repetitions within {}"};
inline constexpr Text rounds_out_of_range{"rounds-out-of-range", W,
                                          "{}`{}`{} has {} in the session{}: {} its {} range",
                                          "keep rounds within {}"};
inline constexpr Text progress_out_of_range{"progress-out-of-range", W,
                                            "{}`{}`{} progresses to {}{}: {} its {} range",
                                            "stop the progression within {}"};
inline constexpr std::string_view progress_hold = "a hold of {}";
inline constexpr Text one_side_only{"one-side-only", W,
                                    "{}`{}`{} is one-sided but is done on one side only",
                                    "add `each side`, or say which with `on left` / `on right`"};
inline constexpr Text each_side_not_sided{
    "each-side-not-sided", W, "{}`{}`{} is not one-sided, so `each side` does it twice",
    "remove `each side`: the exercise works both sides at once"};
inline constexpr Text switch_not_sided{"switch-not-sided", W,
                                       "{}`switch sides` after `{}`{}, which is not one-sided",
                                       "remove it: the exercise works both sides at once"};
inline constexpr Text unbalanced_sides{
    "unbalanced-sides", W, "{}`{}` is done on the {} side only",
    "one side alone is unusual: do the {} side too, or use `each side`"};
inline constexpr Text uneven_sides{"unbalanced-sides", W,
                                   "{}`{}` gets {} on the left side and {} on the right",
                                   "give both sides the same number of rounds, or use `each side`"};
inline constexpr Text cold_stretch{
    "cold-stretch", W, "{}the stretch `{}`{} comes before any warm-up",
    "avoid stretching cold muscles: start with a warm-up such as "
    "warmup march_in_place 1min that runs whenever the stretch does"};
inline constexpr Text flare_up_more_work{
    "flare-up-more-work", E,
    "{}with a flare-up the routine does {} of exercise, more than the {} it does without one",
    "flare-ups reduce intensity: scale the routine down (if flare_up then scale 0.5) or leave "
    "steps out (unless flare_up)"};
inline constexpr Text off_target{
    "off-target", W, "{}the routine takes {}, {} its target of {}",
    "adjust the steps or the target (a difference of up to 20% is fine)"};
inline constexpr Text long_session{"long-session", W, "{}the routine takes {}, more than an hour",
                                   "long sessions are hard to keep up; split it into two"};
inline constexpr Text session_too_long{
    "session-too-long", E, "{}the routine takes {}, longer than the {} a session may last",
    "limber plans and runs sessions of up to 4h: look for a `repeat` or a number of rounds that "
    "is too large"};
inline constexpr Text plan_too_long{"plan-too-long", E,
                                    "{}the routine has {} steps, more than the {} a plan may hold",
                                    "look for a `repeat` or a number of rounds that is too large"};

// ---- diagnostics that name the fix (issue 7, part 5): an exercise of a library module the
// file does not use (interpreter/check/unused_module_hint.cpp), a name written with hyphens,
// and a range where a step takes one value (routine_rules.cpp).
inline constexpr Text exercise_in_unused_module{
    "unknown-exercise", E, "`{}` is in the library module `{}`, which this file does not use",
    "add `use {}` at the top of the file"};
inline constexpr Text exercise_in_unused_modules{
    "unknown-exercise", E, "`{}` is in the library modules {}, which this file does not use",
    "add the `use` of the one you mean: {}"};
inline constexpr std::string_view near_in_unused_module =
    "did you mean `{}`? it is in the library module `{}`: add `use {}`";
inline constexpr std::string_view hyphen_in_unused_module =
    "write `{}` (names join their words with _, never -) and add `use {}`";
inline constexpr std::string_view did_you_mean_underscore =
    "did you mean `{}`? names join their words with _, never -";
inline constexpr std::string_view names_use_underscores = "names join their words with _, never -";
inline constexpr Text range_in_step{"range-in-step", E, "{} takes one {}, not the range {}",
                                    "write one {}, such as {}"};
inline constexpr std::string_view range_in_dose_help =
    "ranges belong in exercise definitions; a step gives this session's dose: start at the low "
    "end, {}, and progress toward {} as comfort allows";
inline constexpr std::string_view one_number = "number";
inline constexpr std::string_view one_duration_word = "duration";
inline constexpr std::string_view or_word = " or ";
inline constexpr std::string_view and_word = " and ";

// ---- the library says what the guide says (issue 7, part 3): exercise definitions a patient
// can follow, alternatives that fit, optional-only stretches and how often to stretch.
inline constexpr Text alt_mode_mismatch{
    "alt-mode-mismatch", E, "the alternative `{}` is a {}-mode exercise, but `{}` is {}-mode",
    "an alternative takes the dose of the exercise it replaces: choose a {}-mode alternative"};
inline constexpr Text missing_feel{
    "missing-feel", W, "exercise `{}` does not say what the patient should feel",
    "add a line such as: feel \"A gentle stretch in the back of the thigh, never a sharp pain.\""};
inline constexpr Text missing_range{"missing-range", W, "exercise `{}` has no recommended {} range",
                                    "add a line such as: {}"};
inline constexpr Text optional_only_mandatory{
    "optional-only-mandatory", W,
    "`{}` is an optional stretch in the library, but this step makes it mandatory",
    "write `optional` before it, or put it in an `optional section`, so it can be skipped"};
inline constexpr Text frequency_above_daily{
    "frequency-above-daily", E, "`frequency {} per week` is more than once a day",
    "a week has 7 days: write `frequency daily` to stretch every day"};
inline constexpr Text frequency_outside_guide{
    "frequency-outside-guide", W,
    "`frequency {} per week` is outside the guide's 3..5 days a week (or daily)",
    "many people do well stretching 3..5 days a week, and daily is fine if it feels good: "
    "write `frequency 3..5 per week` or `frequency daily`"};
inline constexpr std::string_view hold_range_example = "hold 15s..30s";
inline constexpr std::string_view reps_range_example = "reps 8..12";

// ---- the words the messages above are filled with, and help composed from them
inline constexpr std::string_view did_you_mean = "did you mean `{}`?";
inline constexpr std::string_view a_duration = "a duration such as 30s";
inline constexpr std::string_view durations_carry_units =
    "durations carry a unit: 30s, 2min, 1min30s";
inline constexpr std::string_view a_count = "a number such as 10";
inline constexpr std::string_view reps_are_counted =
    "repetitions are counted, not timed: write the number of repetitions";
inline constexpr std::string_view write_a_whole_number = "write a whole number";
inline constexpr std::string_view the_rounds = "the number of rounds";
inline constexpr std::string_view a_frequency = "a frequency";
inline constexpr std::string_view a_factor = "a factor such as 0.5 or 50%";
inline constexpr std::string_view scale_multiplies = "scale multiplies holds and repetitions";
inline constexpr std::string_view left_or_right = "left or right";
inline constexpr std::string_view a_language_code = "a language code in quotes";
inline constexpr std::string_view language_example = "for example: set language \"{}\"";
inline constexpr std::string_view the_languages = "limber speaks {}";
inline constexpr std::string_view did_you_mean_language = "did you mean \"{}\"? {}";
inline constexpr std::string_view first_side_example = "for example: set first_side right";
inline constexpr std::string_view verb_example = "for example: {} {} {}";
inline constexpr std::string_view use_the_alt =
    "use its gentler alternative `{}`, or add `unless {}`";
inline constexpr std::string_view remove_or_guard =
    "remove it, or add `unless {}` so it is skipped";
inline constexpr std::string_view durations_or_range = "a duration or a range of durations";
inline constexpr std::string_view one_duration = "one duration";
inline constexpr std::string_view range_example = "for example: {} 15s..30s";
inline constexpr std::string_view add_a_kind =
    "add a line such as: kind stretch (warmup, mobility, stretch, strength or stability)";
inline constexpr std::string_view no_modules =
    "the library folder has no modules; check --lib or LIMBER_LIB";
inline constexpr std::string_view rounds_count = "{} round{}";
inline constexpr std::string_view reps_count = "{} repetition{}";
inline constexpr std::string_view percent_off = "{}% {} than";
inline constexpr std::string_view longer = "longer";
inline constexpr std::string_view shorter = "shorter";
inline constexpr std::string_view in_place_of = " (in place of `{}`)";
inline constexpr std::string_view with_scale = " (scale {})";
inline constexpr std::string_view above = "above";
inline constexpr std::string_view below = "below";
inline constexpr std::string_view rounds_in_repeats = " (x{}, repeated {} times)";
// The case a finding arises in (interpreter/safety/findings.cpp): "when flare_up holds, ".
inline constexpr std::string_view case_when = "when {}, ";
inline constexpr std::string_view case_holds = "{} holds";
inline constexpr std::string_view case_hold = "{} hold";
inline constexpr std::string_view case_holds_not = "{} does not hold";
inline constexpr std::string_view case_neither = "neither {} nor {} holds";
inline constexpr std::string_view case_none_of = "none of {} holds";
inline constexpr std::string_view case_but_not = "{} but not {}";
inline constexpr std::string_view case_optional_skipped = "the optional steps are skipped";
inline constexpr std::string_view case_optional_done = "the optional steps are done";
inline constexpr std::string_view with_and_without_optional =
    "{} to {} (without and with its optional steps)";

}  // namespace limber::check_messages
