#pragma once

// Every word the front end says, in one place: one entry for each point in the grammar where a
// syntax error can be raised (keyed by the rule that failed), and the file-level findings.
// Messages say what was expected in a therapist's words, never a rule name. Codes are stable:
// tools, tests and the conformance suite match on them.

#include <span>
#include <string_view>
#include <type_traits>

#include "grammar/rules.hpp"

namespace limber {

struct ErrorText {
  std::string_view code;
  std::string_view message;
  std::string_view help = {};
  // Words the offending token may have been meant to be, for "did you mean".
  std::span<const std::string_view> candidates = {};
};

namespace messages {

inline constexpr std::string_view step_keywords[] = {
    "hold",  "reps", "warmup", "rest",      "switch", "say",   "section",  "repeat",  "if",
    "scale", "set",  "target", "frequency", "screen", "given", "optional", "progress"};
inline constexpr std::string_view top_keywords[] = {
    "hold",   "reps",     "warmup", "rest",     "switch",    "say",       "section",
    "repeat", "if",       "scale",  "set",      "target",    "frequency", "screen",
    "given",  "optional", "use",    "exercise", "condition", "routine",   "progress"};
inline constexpr std::string_view property_keys[] = {
    "kind", "position", "regions",  "mode", "sided",     "hold", "rounds", "reps",
    "risk", "tempo",    "avoid_if", "alt",  "equipment", "cue",  "feel",   "optional_only"};
inline constexpr std::string_view kinds[] = {"warmup", "mobility", "stretch", "strength",
                                             "stability"};
inline constexpr std::string_view positions[] = {"standing",  "seated",     "supine",  "prone",
                                                 "quadruped", "side_lying", "kneeling"};
inline constexpr std::string_view modes[] = {"hold", "reps"};
inline constexpr std::string_view risks[] = {"low", "moderate", "high"};
inline constexpr std::string_view settings[] = {"transition", "round_rest", "switch_time",
                                                "tempo",      "first_side", "language"};
inline constexpr std::string_view sides[] = {"left", "right"};

// ---- file-level findings and limits (not tied to one grammar rule)

inline constexpr ErrorText binary_file = {
    "binary-file", "this is not a text file: it contains a NUL byte",
    "a limber routine is a plain UTF-8 text file; check that the right file was given"};
inline constexpr ErrorText invalid_utf8 = {
    "invalid-utf8", "this file is not valid UTF-8 text",
    "save the file as UTF-8 in your editor (the byte marked here is not UTF-8)"};
inline constexpr ErrorText empty_file = {
    "empty-file", "this file has no routine in it",
    "write at least one step, for example: hold cat_cow 30s x3"};
inline constexpr ErrorText nesting_too_deep = {
    "nesting-too-deep", "blocks are nested too deeply here (the limit is 64 levels)",
    "a routine never needs this many levels: move inner blocks into sections of their own"};
inline constexpr ErrorText number_too_large = {
    "number-too-large", "this number is too large",
    "numbers have at most 9 digits before the decimal point"};
inline constexpr ErrorText too_many_errors = {
    "too-many-errors", "too many syntax errors: stopped checking this file here",
    "fix the errors above and check again"};
inline constexpr ErrorText missing_brace = {"missing-brace", "this { is never closed",
                                            "add a } on its own line after the block's last line"};
inline constexpr ErrorText unterminated_string = {
    "unterminated-string", "this text has no closing quote",
    "add \" at the end of the text; a text cannot continue onto the next line"};

// ---- forms people write from habit, read anyway and reported with the fix
// (grammar/familiar_forms.cpp). The messages are fmt templates: `{}` takes the text as written,
// and for a duration the way limber writes it.
inline constexpr ErrorText spelled_out_unit = {
    "spelled-out-unit", "`{}` is not how limber writes a duration: write `{}`",
    "the units are s, sec, min and h, written right after the number: 30s, 2min, 1min30s"};
inline constexpr ErrorText say_synonym = {
    "use-say", "`{}` is not a step: to show and speak a text to the patient, use `say \"…\"`",
    "did you mean `say`?"};

}  // namespace messages

// The message for a syntax error raised when `Rule` fails under `must<>`. Rules without an entry
// fail to compile if they can ever raise (see grammar/control.hpp).
template <typename Rule>
inline constexpr ErrorText error_text = {};

// Rules that cannot fail, so `must<>` never raises for them and they need no message.
template <typename Rule>
inline constexpr bool never_fails = false;
template <>
inline constexpr bool never_fails<rules::blanks> = true;
template <>
inline constexpr bool never_fails<rules::dose_options> = true;
template <typename... Rules>
inline constexpr bool never_fails<tao::pegtl::opt<Rules...>> = true;
template <typename... Rules>
inline constexpr bool never_fails<tao::pegtl::star<Rules...>> = true;

#define LIMBER_ERROR(rule, ...) \
  template <>                   \
  inline constexpr ErrorText error_text<rules::rule> = {__VA_ARGS__};

// ---- strings and values
LIMBER_ERROR(escaped_char, "bad-escape", "unknown escape in text",
             "inside a text write \\\" for a quote and \\\\ for a backslash")
LIMBER_ERROR(string_close, messages::unterminated_string.code,
             messages::unterminated_string.message, messages::unterminated_string.help)
LIMBER_ERROR(unit_after_number, "missing-unit", "every number in a duration needs a unit",
             "write the unit after each number, as in 1min30s (units: s, sec, min, h)")
LIMBER_ERROR(range_high, "expected-range-end", "expected the upper end of the range after ..",
             "a range looks like 15s..30s or 2..3")

// ---- steps
LIMBER_ERROR(step_end, "expected-end-of-step", "expected the end of the step here",
             "put each step on its own line, or separate steps with ;")
LIMBER_ERROR(exercise_ref, "expected-exercise",
             "expected an exercise name such as cat_cow after the step keyword",
             "exercise names use lower-case letters, digits and _")
LIMBER_ERROR(hold_amount, "expected-duration",
             "expected a duration such as 30s after the exercise name",
             "a hold looks like: hold cat_cow 30s x3")
LIMBER_ERROR(reps_amount, "expected-count",
             "expected a number of repetitions such as 10 after the exercise name",
             "a set of repetitions looks like: reps pelvic_tilt 10 x2")
LIMBER_ERROR(warmup_amount, "expected-duration",
             "expected a duration such as 1min after the exercise name",
             "a warm-up looks like: warmup march_in_place 1min")
LIMBER_ERROR(dose_tail, "unexpected-after-dose",
             "expected rounds such as x3, each side, on left, on right, a progression, or the end "
             "of the step",
             "the order is: hold EXERCISE DURATION xROUNDS each side progress +5s per week until "
             "30s")
LIMBER_ERROR(progress_amount, "expected-progress-step",
             "expected how much the dose grows each time, such as +5s or +2, after progress",
             "for example: hold cat_cow 20s x2 progress +5s per week until 30s")
LIMBER_ERROR(progress_per, "expected-progress-period",
             "expected how often the dose grows, such as per week or per 2 weeks",
             "for example: progress +5s per week until 30s")
LIMBER_ERROR(progress_period, "expected-progress-period",
             "expected week, or a number of weeks such as 2 weeks, after per",
             "for example: per week, or per 2 weeks")
LIMBER_ERROR(weeks_word, "expected-progress-period",
             "expected the word weeks after the number of weeks", "for example: per 2 weeks")
LIMBER_ERROR(progress_until, "expected-progress-goal",
             "expected until and the dose to stop at, such as until 30s",
             "a progression always says where it stops: progress +5s per week until 30s")
LIMBER_ERROR(progress_goal, "expected-progress-goal",
             "expected the dose to stop at, such as 30s or 12, after until",
             "for example: until 30s, or until 12")
LIMBER_ERROR(kw_side, "expected-side", "expected the word side after each", "write: each side")
LIMBER_ERROR(side_word, "expected-side", "expected left or right after on",
             "write: on left, or on right", messages::sides)
LIMBER_ERROR(rest_amount, "expected-duration", "expected a duration such as 30s after rest")
LIMBER_ERROR(switch_sides, "expected-sides", "expected the word sides after switch",
             "write: switch sides")
LIMBER_ERROR(say_text, "expected-text", "expected the words to say, in double quotes, after say",
             "for example: say \"Breathe out slowly\"")
LIMBER_ERROR(section_title, "expected-title",
             "expected the section's title in double quotes after section",
             "for example: section \"Hip Mobility\" {")
LIMBER_ERROR(section_block, "expected-block", "expected { to start the section's steps")
LIMBER_ERROR(repeat_times, "expected-count",
             "expected how many times to repeat, such as 3, after repeat",
             "for example: repeat 3 {")
LIMBER_ERROR(repeat_block, "expected-block", "expected { to start the steps to repeat")
LIMBER_ERROR(if_condition, "expected-condition",
             "expected a condition name such as flare_up after if")
LIMBER_ERROR(unless_condition, "expected-condition",
             "expected a condition name such as flare_up after unless")
LIMBER_ERROR(given_condition, "expected-condition",
             "expected a condition name such as flare_up after given")
LIMBER_ERROR(if_body, "expected-then", "expected then or { after the condition",
             "write: if flare_up then scale 0.5, or: if flare_up { … }")
LIMBER_ERROR(then_step, "expected-step", "expected a step after then, such as scale 0.5", {},
             messages::step_keywords)
LIMBER_ERROR(else_body, "expected-block", "expected { or if after else")
LIMBER_ERROR(scale_amount, "expected-scale",
             "expected a scale factor such as 0.5 or 50% after scale")
LIMBER_ERROR(setting_name, "expected-setting", "expected the name of a setting after set",
             "the settings are transition, round_rest, switch_time, tempo, first_side and language",
             messages::settings)
LIMBER_ERROR(setting_value, "expected-value", "expected the setting's value, such as 10s or right")
LIMBER_ERROR(target_amount, "expected-duration", "expected a duration such as 10min after target")
LIMBER_ERROR(frequency_value, "expected-frequency",
             "expected how often, such as 3..5 per week or daily, after frequency")
LIMBER_ERROR(per_week, "expected-per-week", "expected per week after the number of sessions",
             "for example: frequency 3..5 per week")
LIMBER_ERROR(screen_ref, "expected-screen",
             "expected the name of a screening checklist, such as urgent_care, after screen")
LIMBER_ERROR(optional_target, "expected-step",
             "expected a step after optional, such as hold or section", {}, messages::step_keywords)
LIMBER_ERROR(block_close, messages::missing_brace.code, messages::missing_brace.message,
             messages::missing_brace.help)
LIMBER_ERROR(statement_required, "unknown-step",
             "expected a step such as hold, reps, rest or section", {}, messages::step_keywords)
LIMBER_ERROR(misplaced_definition, "definition-not-at-top-level",
             "definitions belong at the top level of the file, not inside a routine or block",
             "move it above the routine")

// ---- definitions
LIMBER_ERROR(use_target, "expected-module",
             "expected a module name such as neck, or a file name in double quotes, after use")
LIMBER_ERROR(definition_name, "expected-name",
             "expected a name in lower-case snake_case, such as my_stretch",
             "names use lower-case letters, digits and _, and start with a letter or _")
LIMBER_ERROR(question, "expected-question",
             "expected the question to ask, in double quotes, after the condition's name",
             "for example: condition flare_up \"Is your back flaring up today?\"")
LIMBER_ERROR(screen_title, "expected-title",
             "expected the checklist's title in double quotes after its name")
LIMBER_ERROR(flag_block, "expected-block", "expected { to start the checklist's flags")
LIMBER_ERROR(flag_text, "expected-text", "expected the red flag's text in double quotes after flag")
LIMBER_ERROR(flag_end, "expected-end-of-line", "expected the end of the line after the flag")
LIMBER_ERROR(flag_required, "expected-flag", "expected flag \"…\" or } in a screening checklist")
LIMBER_ERROR(condition_text_value, "expected-text",
             "expected the patient's words in double quotes after reason or acknowledge")
LIMBER_ERROR(condition_text_end, "expected-end-of-line",
             "expected the end of the line after the condition's text")
LIMBER_ERROR(condition_text_required, "expected-condition-text",
             "expected reason \"…\", acknowledge \"…\" or } in a condition",
             "for example: reason \"twisting hurts\"")
LIMBER_ERROR(definition_close, messages::missing_brace.code, messages::missing_brace.message,
             messages::missing_brace.help)
LIMBER_ERROR(property_block, "expected-block",
             "expected { (or a display name in double quotes) after the exercise's name")
LIMBER_ERROR(kind_value, "expected-kind",
             "expected the kind of exercise: warmup, mobility, stretch, strength or stability", {},
             messages::kinds)
LIMBER_ERROR(position_value, "expected-position",
             "expected a position: standing, seated, supine, prone, quadruped, side_lying or "
             "kneeling",
             {}, messages::positions)
LIMBER_ERROR(mode_value, "expected-mode", "expected the mode: hold or reps", {}, messages::modes)
LIMBER_ERROR(risk_value, "expected-risk", "expected the risk: low, moderate or high", {},
             messages::risks)
LIMBER_ERROR(region_value, "expected-name", "expected a body region such as lumbar or hip")
LIMBER_ERROR(condition_value, "expected-condition",
             "expected a condition name such as extension_pain")
LIMBER_ERROR(equipment_value, "expected-name", "expected a piece of equipment such as strap")
LIMBER_ERROR(exercise_value, "expected-exercise",
             "expected the name of the alternative exercise, such as figure_four")
LIMBER_ERROR(range_value, "expected-value", "expected a value or a range such as 15s..30s or 2..3")
LIMBER_ERROR(text_value, "expected-text", "expected text in double quotes")
LIMBER_ERROR(property_end, "expected-end-of-line",
             "expected the end of the line after the property")
LIMBER_ERROR(property_required, "unknown-property",
             "expected an exercise property such as kind, hold, rounds or cue", {},
             messages::property_keys)
LIMBER_ERROR(routine_title, "expected-title",
             "expected the routine's title in double quotes after routine",
             "for example: routine \"Spine Mobility\" {")
LIMBER_ERROR(routine_block, "expected-block", "expected { to start the routine's steps")
LIMBER_ERROR(stray_close, "unmatched-brace", "this } closes no block",
             "remove it, or add the { it was meant to close")
LIMBER_ERROR(top_statement_required, "unknown-statement",
             "expected a step (such as hold, reps or section) or a definition (routine, "
             "exercise, condition, screen or use)",
             {}, messages::top_keywords)

#undef LIMBER_ERROR

}  // namespace limber
