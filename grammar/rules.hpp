#pragma once

// The limber grammar (PEGTL 3.2.7), the whole language of language.md §2–§6 in one header.
//
// Error points: every rule that appears under `must<>` (directly or through `if_must<>`) has its
// own type, so that grammar/messages.hpp can give each point its own message in a therapist's
// words; a rule without a message there fails to compile. Once a statement's keyword has
// matched, the rest of the statement is committed with `if_must`, so an error is reported where
// the statement goes wrong, not where some alternative gave up.
//
// Statements recover: `recover<>` (grammar/recover.hpp) catches a statement's syntax error,
// records it and skips to the end of the line, so one file reports all of its errors.
//
// The text arrives without a byte order mark (SourceFile drops it) and may use LF or CRLF.

#include <tao/pegtl.hpp>

#include "grammar/recover.hpp"

namespace limber::rules {

using namespace tao::pegtl;

// ---------------------------------------------------------------- lexical

struct blank : one<' ', '\t'> {};
struct blanks : star<blank> {};
struct comment : seq<one<'#'>, star<not_one<'\r', '\n'>>> {};
// Between statements: spaces, comments, `;` and line ends, in any number.
struct gap : star<sor<plus<blank>, comment, one<';'>, eol>> {};

// What may not directly follow a name, keyword or number: more name characters, upper-case
// letters or any non-ASCII byte — so `cat_Cow` and `café` are errors, not a name and junk.
struct word_char : sor<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>, not_range<0, 127>> {};
struct word_end : not_at<word_char> {};

template <char... Cs>
struct word : seq<string<Cs...>, word_end> {};

struct name : seq<ranges<'a', 'z', '_'>, star<ranges<'a', 'z', '0', '9', '_'>>, word_end> {};

// Keywords. Each is its own type so actions and messages can hang on it.
struct kw_hold : word<'h', 'o', 'l', 'd'> {};
struct kw_reps : word<'r', 'e', 'p', 's'> {};
struct kw_warmup : word<'w', 'a', 'r', 'm', 'u', 'p'> {};
struct kw_rest : word<'r', 'e', 's', 't'> {};
struct kw_switch : word<'s', 'w', 'i', 't', 'c', 'h'> {};
struct kw_sides : word<'s', 'i', 'd', 'e', 's'> {};
struct kw_say : word<'s', 'a', 'y'> {};
struct kw_section : word<'s', 'e', 'c', 't', 'i', 'o', 'n'> {};
struct kw_repeat : word<'r', 'e', 'p', 'e', 'a', 't'> {};
struct kw_optional : word<'o', 'p', 't', 'i', 'o', 'n', 'a', 'l'> {};
struct kw_unless : word<'u', 'n', 'l', 'e', 's', 's'> {};
struct kw_if : word<'i', 'f'> {};
struct kw_then : word<'t', 'h', 'e', 'n'> {};
struct kw_else : word<'e', 'l', 's', 'e'> {};
struct kw_scale : word<'s', 'c', 'a', 'l', 'e'> {};
struct kw_set : word<'s', 'e', 't'> {};
struct kw_target : word<'t', 'a', 'r', 'g', 'e', 't'> {};
struct kw_frequency : word<'f', 'r', 'e', 'q', 'u', 'e', 'n', 'c', 'y'> {};
struct kw_per : word<'p', 'e', 'r'> {};
struct kw_week : word<'w', 'e', 'e', 'k'> {};
struct kw_daily : word<'d', 'a', 'i', 'l', 'y'> {};
struct kw_screen : word<'s', 'c', 'r', 'e', 'e', 'n'> {};
struct kw_given : word<'g', 'i', 'v', 'e', 'n'> {};
struct kw_each : word<'e', 'a', 'c', 'h'> {};
struct kw_side : word<'s', 'i', 'd', 'e'> {};
struct kw_on : word<'o', 'n'> {};
struct kw_left : word<'l', 'e', 'f', 't'> {};
struct kw_right : word<'r', 'i', 'g', 'h', 't'> {};
struct kw_use : word<'u', 's', 'e'> {};
struct kw_exercise : word<'e', 'x', 'e', 'r', 'c', 'i', 's', 'e'> {};
struct kw_condition : word<'c', 'o', 'n', 'd', 'i', 't', 'i', 'o', 'n'> {};
struct kw_routine : word<'r', 'o', 'u', 't', 'i', 'n', 'e'> {};
struct kw_flag : word<'f', 'l', 'a', 'g'> {};
struct kw_reason : word<'r', 'e', 'a', 's', 'o', 'n'> {};
struct kw_acknowledge : word<'a', 'c', 'k', 'n', 'o', 'w', 'l', 'e', 'd', 'g', 'e'> {};
struct kw_progress : word<'p', 'r', 'o', 'g', 'r', 'e', 's', 's'> {};
struct kw_rounds : word<'r', 'o', 'u', 'n', 'd', 's'> {};
struct kw_weeks : word<'w', 'e', 'e', 'k', 's'> {};
struct kw_until : word<'u', 'n', 't', 'i', 'l'> {};

// ---------------------------------------------------------------- strings

struct escaped_char : one<'"', '\\'> {};
struct escape : seq<one<'\\'>, must<escaped_char>> {};
struct string_open : one<'"'> {};
struct string_close : one<'"'> {};
struct string_char : sor<escape, not_one<'"', '\\', '\r', '\n'>> {};
struct string_lit : seq<string_open, star<string_char>, must<string_close>> {};

// ---------------------------------------------------------------- numbers and values

struct decimal : seq<plus<digit>, opt<one<'.'>, plus<digit>>> {};
struct unit : seq<sor<string<'s', 'e', 'c'>, string<'m', 'i', 'n'>, one<'h'>, one<'s'>>,
                  not_at<ranges<'a', 'z', 'A', 'Z', '_'>>> {};
// `1min30` is a duration missing its last unit, not a duration followed by a number.
struct unit_after_number : not_at<sor<digit, seq<one<'.'>, digit>>> {};
struct duration : seq<decimal, unit, star<decimal, unit>, must<unit_after_number>> {};
struct percent : seq<decimal, one<'%'>> {};
struct plain_number : seq<decimal, word_end, not_at<one<'.'>, digit>> {};
// One literal number, percent or duration. Its action reads the matched text once; the
// alternatives above only decide what it is.
struct scalar : sor<duration, percent, plain_number> {};

// `30 seconds`, `1 minute`, `30secs`, `2 hrs`: a duration with its unit spelled out, or set
// apart from its number. Not how limber writes a duration, but how people say one: the parser
// reads it, reports it with the fix (`30s`) and goes on, so the rest of the file is still
// checked. Tried before `scalar`, whose plain number would otherwise take the `30` of `30 sec`.
struct unit_word_end : not_at<ranges<'a', 'z', 'A', 'Z', '_'>> {};
struct long_unit
    : seq<sor<string<'s', 'e', 'c', 'o', 'n', 'd', 's'>, string<'s', 'e', 'c', 'o', 'n', 'd'>,
              string<'s', 'e', 'c', 's'>, string<'m', 'i', 'n', 'u', 't', 'e', 's'>,
              string<'m', 'i', 'n', 'u', 't', 'e'>, string<'m', 'i', 'n', 's'>,
              string<'h', 'o', 'u', 'r', 's'>, string<'h', 'o', 'u', 'r'>, string<'h', 'r', 's'>,
              string<'h', 'r'>>,
          unit_word_end> {};
struct spelled_unit : sor<seq<plus<blank>, sor<long_unit, unit>>, long_unit> {};
struct duration_piece : seq<decimal, sor<spelled_unit, unit>> {};
// Spelled out somewhere (`1 minute 30s`), or limber's units with spaces between the pieces
// (`1min 30s`).
struct spelled_duration : sor<seq<decimal, spelled_unit, star<plus<blank>, duration_piece>>,
                              seq<decimal, unit, plus<plus<blank>, duration_piece>>> {};
struct any_scalar : sor<spelled_duration, scalar> {};

struct range_high : any_scalar {};
struct range_tail : seq<blanks, two<'.'>, blanks, must<range_high>> {};
struct scalar_or_range : seq<any_scalar, opt<range_tail>> {};

struct count : seq<one<'x'>, plus<digit>, word_end> {};

// A name used as a value (`set first_side right`, `regions hip`).
struct name_value : name {};
struct string_value : string_lit {};
struct any_value : sor<count, scalar_or_range, string_value, name_value> {};

// ---------------------------------------------------------------- steps

// A name a step refers to may be written with hyphens (`cat-cow`, `flare-up`): no name has one,
// but reading it whole lets the checker say which name was meant (`cat_cow`) instead of the
// parser stopping at the `-`.
struct name_char : ranges<'a', 'z', '0', '9', '_'> {};
struct reference_name
    : seq<ranges<'a', 'z', '_'>, star<name_char>, star<one<'-'>, plus<name_char>>, word_end> {};
struct exercise_ref : reference_name {};
struct if_condition : reference_name {};
struct unless_condition : reference_name {};
struct given_condition : reference_name {};

// Defined after step_main, which (through `if`) they are part of.
struct nested_step;
struct then_step;

// Where a step has to end: a line end, `;`, `}`, the end of the file or a comment.
struct end_ahead : at<sor<one<';', '}', '#'>, eol, eof>> {};
struct step_end : seq<blanks, opt<comment>, end_ahead> {};

struct side_word : sor<kw_left, kw_right> {};
struct each_side : if_must<kw_each, blanks, kw_side> {};
struct on_side : if_must<kw_on, blanks, side_word> {};
struct sides_clause : sor<each_side, on_side> {};
struct rounds_clause : count {};

// `progress [rounds] +STEP per [N] week[s] until GOAL`: how a dose grows over the weeks, after a
// step's dose or as a statement of a block. The sign is read whichever it is, so that `-5s`
// gets the checker's word (a progression only grows) instead of a syntax error.
struct progress_rounds : kw_rounds {};
struct progress_sign : one<'+', '-'> {};
struct progress_amount : seq<opt<progress_sign>, any_scalar> {};
struct progress_weeks : any_scalar {};
struct weeks_word : sor<kw_weeks, kw_week> {};
struct progress_period : sor<kw_week, seq<progress_weeks, blanks, must<weeks_word>>> {};
struct progress_per : seq<kw_per, blanks, must<progress_period>> {};
struct progress_goal : any_scalar {};
struct progress_until : seq<kw_until, blanks, must<progress_goal>> {};
template <typename Keyword>
struct progress_of : if_must<Keyword, blanks, opt<progress_rounds, blanks>, progress_amount, blanks,
                             progress_per, blanks, progress_until> {};
struct kw_dose_progress : kw_progress {};
struct dose_progress : progress_of<kw_dose_progress> {};
struct progress_statement : progress_of<kw_progress> {};

// After a dose only rounds, sides, a progression, `unless` or the end of the step may follow.
struct dose_tail : at<sor<kw_unless, end_ahead>> {};

struct hold_amount : scalar_or_range {};
struct reps_amount : scalar_or_range {};
struct warmup_amount : scalar_or_range {};
struct dose_options : seq<opt<blanks, rounds_clause>, opt<blanks, sides_clause>,
                          opt<blanks, dose_progress>, blanks, must<dose_tail>> {};
struct hold_step : if_must<kw_hold, blanks, exercise_ref, blanks, hold_amount, dose_options> {};
struct reps_step : if_must<kw_reps, blanks, exercise_ref, blanks, reps_amount, dose_options> {};
struct warmup_step : if_must<kw_warmup, blanks, exercise_ref, blanks, warmup_amount> {};

struct rest_amount : scalar_or_range {};
struct rest_step : if_must<kw_rest, blanks, rest_amount> {};
struct switch_sides : kw_sides {};
struct switch_step : if_must<kw_switch, blanks, switch_sides> {};
struct say_text : string_lit {};
// Words people reach for instead of `say` (`note "…"`, `print "…"`), when a text follows: read
// as a `say`, so the rest of the file is still checked, and reported with the fix.
struct say_synonym
    : sor<word<'n', 'o', 't', 'e'>, word<'c', 'u', 'e'>, word<'p', 'r', 'i', 'n', 't'>,
          word<'e', 'c', 'h', 'o'>, word<'m', 'e', 's', 's', 'a', 'g', 'e'>,
          word<'s', 'h', 'o', 'w'>, word<'t', 'e', 'l', 'l'>, word<'s', 'p', 'e', 'a', 'k'>,
          word<'d', 'i', 's', 'p', 'l', 'a', 'y'>, word<'a', 'n', 'n', 'o', 'u', 'n', 'c', 'e'>> {};
struct say_keyword : sor<kw_say, seq<at<say_synonym, blanks, one<'"'>>, say_synonym>> {};
struct say_step : if_must<say_keyword, blanks, say_text> {};

// Blocks. `block_open` is where nesting depth is counted (see actions).
struct block_open : one<'{'> {};
struct block_close : one<'}'> {};
struct statement_required;
struct block_item : seq<not_at<one<'}'>>, not_at<eof>, recover<statement_required>> {};
struct block : seq<block_open, gap, star<block_item, gap>, must<block_close>> {};

struct section_title : string_lit {};
struct section_block : block {};
struct section_step : if_must<kw_section, blanks, section_title, blanks, section_block> {};
struct repeat_times : sor<count, scalar_or_range> {};
struct repeat_block : block {};
struct repeat_step : if_must<kw_repeat, blanks, repeat_times, blanks, repeat_block> {};

struct then_clause : if_must<kw_then, blanks, then_step> {};
struct then_block : block {};
struct else_if_start : at<kw_if> {};
struct else_if : seq<else_if_start, nested_step> {};
struct else_block : block {};
struct else_body : sor<else_if, else_block> {};
// `else` may stand on the line after `}`.
struct else_clause : seq<star<sor<blank, eol>>, kw_else, blanks, must<else_body>> {};
struct if_body : sor<then_clause, seq<then_block, opt<else_clause>>> {};
struct if_step : if_must<kw_if, blanks, if_condition, blanks, if_body> {};

struct scale_amount : scalar_or_range {};
struct scale_step : if_must<kw_scale, blanks, scale_amount> {};
struct setting_name : name {};
struct setting_value : any_value {};
struct set_step : if_must<kw_set, blanks, setting_name, blanks, setting_value> {};
struct target_amount : scalar_or_range {};
struct target_step : if_must<kw_target, blanks, target_amount> {};
struct per_week : seq<kw_per, blanks, kw_week> {};
struct frequency_times : scalar_or_range {};
struct frequency_value : sor<kw_daily, seq<frequency_times, blanks, must<per_week>>> {};
struct frequency_step : if_must<kw_frequency, blanks, frequency_value> {};
struct screen_ref : name {};
struct screen_step : if_must<kw_screen, blanks, screen_ref> {};
struct given_step : if_must<kw_given, blanks, given_condition> {};

struct step_core : sor<hold_step, reps_step, warmup_step, rest_step, switch_step, say_step,
                       section_step, repeat_step, if_step, scale_step, progress_statement, set_step,
                       target_step, frequency_step, screen_step, given_step> {};
struct optional_target : step_core {};
struct optional_step : if_must<kw_optional, blanks, optional_target> {};
struct unless_clause : if_must<kw_unless, blanks, unless_condition> {};
// A step without its line end: the unit that `optional` and `unless` wrap, and that an inline
// `if … then` holds.
struct step_main : seq<sor<optional_step, step_core>, opt<blanks, unless_clause>> {};
// A step inside another one (`then`, `else if`); its depth is counted like a block's.
struct nested_step : step_main {};
struct then_step : nested_step {};

// ---------------------------------------------------------------- definitions

struct module_name : name {};
struct use_path : string_lit {};
struct use_target : sor<use_path, module_name> {};
struct use_item : if_must<kw_use, blanks, use_target> {};

struct definition_name : name {};
struct display_name : string_lit {};
struct question : string_lit {};

struct flag_text : string_lit {};
struct flag_end : step_end {};
struct flag : if_must<kw_flag, blanks, flag_text, flag_end> {};
struct flag_required : flag {};
struct definition_open : one<'{'> {};
struct definition_close : one<'}'> {};
struct flag_item : seq<not_at<one<'}'>>, not_at<eof>, recover<flag_required>> {};
struct flag_block : seq<definition_open, gap, star<flag_item, gap>, must<definition_close>> {};
struct screen_title : string_lit {};

// `condition NAME "Question?"` alone, or followed by a block of the patient's words for it:
// `reason "…"` (why a step is left out while it holds) and `acknowledge "…"` (what the patient
// is told after answering yes).
struct condition_text_key : sor<kw_reason, kw_acknowledge> {};
struct condition_text_value : string_lit {};
struct condition_text_end : step_end {};
struct condition_text_line : if_must<condition_text_key, blanks, condition_text_value> {};
struct condition_text : seq<condition_text_line, must<condition_text_end>> {};
struct condition_text_required : condition_text {};
struct condition_text_item : seq<not_at<one<'}'>>, not_at<eof>, recover<condition_text_required>> {
};
struct condition_block
    : seq<definition_open, gap, star<condition_text_item, gap>, must<definition_close>> {};
struct condition_item : if_must<kw_condition, blanks, definition_name, blanks, question,
                                opt<blanks, condition_block>> {};

// `screen NAME "Title" {…}` declares a checklist; `screen NAME` (a step) asks one.
struct kw_screen_declaration : kw_screen {};
struct screen_item : seq<at<kw_screen, blanks, name, blanks, one<'"'>>,
                         if_must<kw_screen_declaration, blanks, definition_name, blanks,
                                 screen_title, blanks, flag_block>> {};

// Exercise properties: each key takes values of one shape.
template <typename... Keywords>
struct choice : sor<Keywords...> {};
struct kind_value
    : choice<word<'w', 'a', 'r', 'm', 'u', 'p'>, word<'m', 'o', 'b', 'i', 'l', 'i', 't', 'y'>,
             word<'s', 't', 'r', 'e', 't', 'c', 'h'>, word<'s', 't', 'r', 'e', 'n', 'g', 't', 'h'>,
             word<'s', 't', 'a', 'b', 'i', 'l', 'i', 't', 'y'>> {};
struct position_value
    : choice<word<'s', 't', 'a', 'n', 'd', 'i', 'n', 'g'>, word<'s', 'e', 'a', 't', 'e', 'd'>,
             word<'s', 'u', 'p', 'i', 'n', 'e'>, word<'p', 'r', 'o', 'n', 'e'>,
             word<'q', 'u', 'a', 'd', 'r', 'u', 'p', 'e', 'd'>,
             word<'s', 'i', 'd', 'e', '_', 'l', 'y', 'i', 'n', 'g'>,
             word<'k', 'n', 'e', 'e', 'l', 'i', 'n', 'g'>> {};
struct mode_value : choice<word<'h', 'o', 'l', 'd'>, word<'r', 'e', 'p', 's'>> {};
struct risk_value : choice<word<'l', 'o', 'w'>, word<'m', 'o', 'd', 'e', 'r', 'a', 't', 'e'>,
                           word<'h', 'i', 'g', 'h'>> {};
struct list_comma : seq<blanks, one<','>, blanks> {};
struct region_value : name {};
// Read whole with hyphens, like a step's names, so that `avoid_if flare-up` gets "did you mean".
struct condition_value : reference_name {};
struct equipment_value : name {};
struct exercise_value : reference_name {};
struct range_value : scalar_or_range {};
struct text_value : string_lit {};

template <typename Key, typename Value>
struct property_of : if_must<Key, blanks, Value> {};
template <typename Key, typename Value>
struct list_property_of : if_must<Key, blanks, Value, star<list_comma, must<Value>>> {};

struct kind_property : property_of<word<'k', 'i', 'n', 'd'>, kind_value> {};
struct position_property
    : property_of<word<'p', 'o', 's', 'i', 't', 'i', 'o', 'n'>, position_value> {};
struct regions_property : list_property_of<word<'r', 'e', 'g', 'i', 'o', 'n', 's'>, region_value> {
};
struct mode_property : property_of<word<'m', 'o', 'd', 'e'>, mode_value> {};
struct sided_property : word<'s', 'i', 'd', 'e', 'd'> {};
// The guide offers it as an optional stretch: a routine that makes it mandatory is warned.
struct optional_only_property
    : word<'o', 'p', 't', 'i', 'o', 'n', 'a', 'l', '_', 'o', 'n', 'l', 'y'> {};
struct hold_property : property_of<word<'h', 'o', 'l', 'd'>, range_value> {};
struct rounds_property : property_of<word<'r', 'o', 'u', 'n', 'd', 's'>, range_value> {};
struct reps_property : property_of<word<'r', 'e', 'p', 's'>, range_value> {};
struct risk_property : property_of<word<'r', 'i', 's', 'k'>, risk_value> {};
struct tempo_property : property_of<word<'t', 'e', 'm', 'p', 'o'>, range_value> {};
struct avoid_if_property
    : list_property_of<word<'a', 'v', 'o', 'i', 'd', '_', 'i', 'f'>, condition_value> {};
struct alt_property : property_of<word<'a', 'l', 't'>, exercise_value> {};
struct equipment_property
    : list_property_of<word<'e', 'q', 'u', 'i', 'p', 'm', 'e', 'n', 't'>, equipment_value> {};
struct cue_property : property_of<word<'c', 'u', 'e'>, text_value> {};
struct feel_property : property_of<word<'f', 'e', 'e', 'l'>, text_value> {};

struct property_key_and_values
    : sor<kind_property, position_property, regions_property, mode_property, sided_property,
          optional_only_property, hold_property, rounds_property, reps_property, risk_property,
          tempo_property, avoid_if_property, alt_property, equipment_property, cue_property,
          feel_property> {};
struct property_end : step_end {};
struct property : seq<property_key_and_values, must<property_end>> {};
struct property_required : property {};
struct property_item : seq<not_at<one<'}'>>, not_at<eof>, recover<property_required>> {};
struct property_block
    : seq<definition_open, gap, star<property_item, gap>, must<definition_close>> {};
struct exercise_item : if_must<kw_exercise, blanks, definition_name, blanks,
                               opt<display_name, blanks>, property_block> {};

struct routine_title : string_lit {};
struct routine_block : block {};
struct routine_item : if_must<kw_routine, blanks, routine_title, blanks, routine_block> {};

// ---------------------------------------------------------------- statements and the file

// A `}` with no block open: a rule that always fails, so that its message is raised there.
struct stray_close : failure {};
// A definition inside a routine or block: always fails, so that its message is raised there.
struct misplaced_definition : failure {};
struct definition : sor<use_item, exercise_item, condition_item, screen_item, routine_item> {};
struct definition_ahead : at<sor<kw_use, kw_exercise, kw_condition, kw_routine,
                                 seq<kw_screen, blanks, name, blanks, one<'"'>>>> {};
struct statement : seq<sor<definition, step_main>, must<step_end>> {};
struct top_statement : seq<not_at<one<'}'>>, statement> {};
struct step_statement : seq<step_main, must<step_end>> {};
struct statement_required : sor<step_statement, seq<definition_ahead, must<misplaced_definition>>> {
};
struct top_statement_required : sor<top_statement, seq<at<one<'}'>>, must<stray_close>>> {};
struct top_item : seq<not_at<eof>, recover<top_statement_required>> {};

struct file : seq<gap, star<top_item, gap>, eof> {};

}  // namespace limber::rules
