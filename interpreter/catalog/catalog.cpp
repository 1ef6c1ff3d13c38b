#include "interpreter/catalog/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "grammar/suggest.hpp"
#include "interpreter/check/report.hpp"

namespace limber::catalog {

namespace {

constexpr std::string_view prelude = "prelude";
constexpr std::size_t text_width = 80;  // a terminal's width, for the documentation's prose

// ---- ordering and matching

// The prelude sorts before every other module; the rest alphabetically.
bool module_before(std::string_view a, std::string_view b) {
  if ((a == prelude) != (b == prelude)) return a == prelude;
  return a < b;
}

bool catalog_before(const Exercise* a, const Exercise* b) {
  if (a->origin.module != b->origin.module)
    return module_before(a->origin.module, b->origin.module);
  return a->origin.span.begin < b->origin.span.begin;
}

// Lower case, with `_`, `-` and space as one character: a therapist typing "side lying" or
// "cat cow" means side_lying and cat_cow.
std::string folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == '-') c = ' ';
  }
  return out;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool matches(const Exercise& exercise, const std::string& query) {
  auto has = [&](std::string_view field) { return folded(field).find(query) != std::string::npos; };
  return has(exercise.name) || has(exercise.display_name) || has(exercise.origin.module) ||
         has(to_string(exercise.kind)) || has(to_string(exercise.position)) ||
         std::any_of(exercise.regions.begin(), exercise.regions.end(), has);
}

// ---- values as a therapist writes them

long long whole(double number) {
  return std::llround(number);
}

// `15s..30s` or `30s` for durations, `8..12` or `3` for counts: the way the library writes them.
std::string range_text(const Range& range, bool seconds) {
  auto one = [&](double value) {
    return seconds ? format_seconds(value) : fmt::format("{}", whole(value));
  };
  if (range.low == range.high) return one(range.low);
  return one(range.low) + ".." + one(range.high);
}

// A warm-up held for a time is written with the `warmup` step, which marks the body as warm;
// every other exercise takes the verb of its mode.
bool uses_warmup_step(const Exercise& exercise) {
  return exercise.kind == Kind::warmup && exercise.mode == Mode::hold;
}

// One round is the default, so `x1` says nothing a reader needs.
bool rounds_worth_showing(const Exercise& exercise) {
  return exercise.rounds && !(exercise.rounds->low == 1 && exercise.rounds->high == 1);
}

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

const Exercise* exercise_named(const Program& program, std::string_view name) {
  const auto it = program.exercises.find(name);
  return it == program.exercises.end() ? nullptr : &it->second;
}

const Condition* condition_named(const Program& program, std::string_view name) {
  const auto it = program.conditions.find(name);
  return it == program.conditions.end() ? nullptr : &it->second;
}

std::string tempo_text(const Exercise& exercise) {
  return exercise.tempo ? fmt::format("{} per rep", format_seconds(*exercise.tempo))
                        : "3s per rep (the default)";
}

std::string risk_text(const Exercise& exercise) {
  // The checker warns about a high-risk step that is not optional: say so before it does.
  if (exercise.risk == Risk::high) return "high (make its steps optional)";
  return std::string(to_string(exercise.risk));
}

// ---- text layout

// Width on screen: UTF-8 continuation bytes take no column.
std::size_t columns(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string padded(std::string_view text, std::size_t width) {
  std::string out(text);
  out.append(width - std::min(width, columns(text)), ' ');
  return out;
}

// `text` after `first` (a label column), words wrapped at text_width with continuation lines
// indented to the same column, so long cues stay readable in a terminal.
std::string wrapped(std::string_view first, std::string_view text) {
  const std::string indent(columns(first), ' ');
  std::string out(first);
  std::size_t column = columns(first);
  bool line_empty = true;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = text.find(' ', at);
    const std::string_view word =
        text.substr(at, space == std::string_view::npos ? text.npos : space - at);
    at = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    if (!line_empty && column + 1 + columns(word) > text_width) {
      out += "\n" + indent;
      column = indent.size();
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += columns(word);
    line_empty = false;
  }
  return out + "\n";
}

// ---- markdown

bool alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Text shown as Markdown prose: characters that would start emphasis, code, links, HTML or a
// table cell are escaped so the library's words appear exactly as written. An underscore inside
// a word (upper_back) never starts emphasis, so it stays as it is, readable in the source.
std::string md_escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool inside_word = c == '_' && i > 0 && i + 1 < text.size() &&
                             alphanumeric(text[i - 1]) &&
                             (alphanumeric(text[i + 1]) || text[i + 1] == '_');
    if (!inside_word && std::string_view("\\`*_[]<>|").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.
std::string md_anchor(std::string_view heading) {
  std::string out;
  for (char c : heading) {
    const auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               u >= 0x80) {
      out += c;
    } else if (c == ' ') {
      out += '-';
    }
  }
  return out;
}

std::string md_module_heading(std::string_view module) {
  if (module == prelude) return "prelude (always available)";
  return fmt::format("{} (`use {}`)", module, module);
}

std::string md_exercise_heading(const Exercise& exercise) {
  return fmt::format("{} (`{}`)", md_escaped(exercise.display_name), exercise.name);
}

std::string md_link(const Program& program, std::string_view name) {
  const Exercise* target = exercise_named(program, name);
  if (target == nullptr) return fmt::format("`{}`", name);
  return fmt::format("[`{}`](#{}) ({})", name, md_anchor(md_exercise_heading(*target)),
                     md_escaped(target->display_name));
}

std::vector<std::vector<const Exercise*>> by_module(std::span<const Exercise* const> exercises) {
  std::vector<std::vector<const Exercise*>> groups;
  for (const Exercise* exercise : exercises) {
    if (groups.empty() || groups.back().front()->origin.module != exercise->origin.module) {
      groups.emplace_back();
    }
    groups.back().push_back(exercise);
  }
  return groups;
}

nlohmann::ordered_json number(double value) {
  if (is_whole(value)) return whole(value);
  return value;
}

nlohmann::ordered_json range_json(const std::optional<Range>& range) {
  if (!range) return nullptr;
  return {{"low", number(range->low)}, {"high", number(range->high)}};
}

}  // namespace

std::vector<const Exercise*> all_exercises(const Program& program) {
  std::vector<const Exercise*> out;
  for (const auto& [_, exercise] : program.exercises) out.push_back(&exercise);
  std::sort(out.begin(), out.end(), catalog_before);
  return out;
}

const Exercise* find_exercise(const Program& program, std::string_view query) {
  return exercise_named(program, lower(query));
}

std::vector<const Exercise*> search(const Program& program, std::string_view query) {
  const std::string wanted = folded(query);
  std::vector<const Exercise*> out;
  for (const Exercise* exercise : all_exercises(program)) {
    if (matches(*exercise, wanted)) out.push_back(exercise);
  }
  return out;
}

std::string module_heading(std::string_view module) {
  if (module == prelude) return "prelude (always available)";
  return fmt::format("{} (use {})", module, module);
}

std::string dose(const Exercise& exercise) {
  std::string out;
  if (uses_warmup_step(exercise)) {
    out = "warmup";
    if (exercise.hold) out += " " + range_text(*exercise.hold, true);
    return out;
  }
  if (exercise.mode == Mode::hold) {
    out = "hold";
    if (exercise.hold) out += " " + range_text(*exercise.hold, true);
  } else {
    out = "reps";
    if (exercise.reps) out += " " + range_text(*exercise.reps, false);
  }
  if (rounds_worth_showing(exercise)) out += " x" + range_text(*exercise.rounds, false);
  if (exercise.mode == Mode::reps && exercise.tempo) {
    out += fmt::format(", {}/rep", format_seconds(*exercise.tempo));
  }
  if (exercise.sided) out += ", each side";
  return out;
}

// The library marks the guide's optional stretches `optional_only`.
constexpr std::string_view optional_only_text =
    "only in optional steps (an optional stretch in the guide)";

std::string example_step(const Exercise& exercise) {
  // Without a recommendation, the values of the language reference's own examples.
  const double hold = exercise.hold ? exercise.hold->high : 30;
  if (uses_warmup_step(exercise)) {
    return fmt::format("warmup {} {}", exercise.name, format_seconds(hold));
  }
  std::string out = exercise.mode == Mode::hold
                        ? fmt::format("hold {} {}", exercise.name, format_seconds(hold))
                        : fmt::format("reps {} {}", exercise.name,
                                      whole(exercise.reps ? exercise.reps->low : 10));
  if (exercise.rounds && exercise.rounds->low > 1) {
    out += fmt::format(" x{}", whole(exercise.rounds->low));
  }
  if (exercise.sided) out += " each side";
  // The checker warns about a high-risk or optional-only step that is not optional.
  if (exercise.risk == Risk::high || exercise.optional_only) out = "optional " + out;
  return out;
}

std::string text_list(std::span<const Exercise* const> exercises) {
  std::size_t name_width = 0, display_width = 0, kind_width = 0, position_width = 0;
  for (const Exercise* e : exercises) {
    name_width = std::max(name_width, columns(e->name));
    display_width = std::max(display_width, columns(e->display_name));
    kind_width = std::max(kind_width, columns(to_string(e->kind)));
    position_width = std::max(position_width, columns(to_string(e->position)));
  }
  std::string out;
  for (const auto& group : by_module(exercises)) {
    if (!out.empty()) out += "\n";
    out += module_heading(group.front()->origin.module) + "\n";
    for (const Exercise* e : group) {
      out += fmt::format("  {}  {}  {}  {}  {}\n", padded(e->name, name_width),
                         padded(e->display_name, display_width),
                         padded(to_string(e->kind), kind_width),
                         padded(to_string(e->position), position_width), dose(*e));
    }
  }
  return out;
}

std::string text_documentation(const Program& program, const Exercise& exercise) {
  std::string out = fmt::format("{} ({})\n\n", exercise.display_name, exercise.name);
  auto field = [&](std::string_view label, std::string_view value) {
    out += wrapped(fmt::format("  {:<11}", label), value);
  };
  field("module", module_heading(exercise.origin.module));
  field("kind", to_string(exercise.kind));
  field("position", to_string(exercise.position));
  field("regions", exercise.regions.empty() ? "none" : join(exercise.regions));
  field("mode", to_string(exercise.mode));
  field("sided", exercise.sided ? "yes (one side at a time)" : "no");
  if (exercise.mode == Mode::hold) {
    field("hold", exercise.hold ? range_text(*exercise.hold, true) : "not given");
  } else {
    field("reps", exercise.reps ? range_text(*exercise.reps, false) + " per set" : "not given");
    field("tempo", tempo_text(exercise));
  }
  field("rounds", exercise.rounds ? range_text(*exercise.rounds, false) : "not given");
  field("risk", risk_text(exercise));
  if (exercise.optional_only) field("optional", optional_only_text);
  if (exercise.avoid_if.empty()) field("avoid if", "none");
  for (std::size_t i = 0; i < exercise.avoid_if.size(); ++i) {
    const std::string& name = exercise.avoid_if[i];
    const Condition* condition = condition_named(program, name);
    field(i == 0 ? "avoid if" : "",
          condition ? fmt::format("{}: {}", name, condition->question) : name);
  }
  if (!exercise.alt) {
    field("alt", "none");
  } else if (const Exercise* alt = exercise_named(program, *exercise.alt)) {
    field("alt", fmt::format("{} ({})", alt->name, alt->display_name));
  } else {
    field("alt", *exercise.alt);
  }
  field("equipment", exercise.equipment.empty() ? "none" : join(exercise.equipment));
  field("cue", exercise.cue);
  field("feel", exercise.feel);
  field("example", example_step(exercise));
  return out;
}

nlohmann::ordered_json exercise_json(const Exercise& exercise) {
  const bool in_prelude = exercise.origin.module == prelude;
  return {
      {"name", exercise.name},
      {"display_name", exercise.display_name},
      {"module", exercise.origin.module},
      {"use", in_prelude ? nlohmann::ordered_json(nullptr)
                         : nlohmann::ordered_json("use " + exercise.origin.module)},
      {"kind", to_string(exercise.kind)},
      {"position", to_string(exercise.position)},
      {"regions", exercise.regions},
      {"mode", to_string(exercise.mode)},
      {"sided", exercise.sided},
      {"optional_only", exercise.optional_only},
      {"hold_s", range_json(exercise.hold)},
      {"reps", range_json(exercise.reps)},
      {"tempo_s", exercise.tempo ? number(*exercise.tempo) : nlohmann::ordered_json(nullptr)},
      {"rounds", range_json(exercise.rounds)},
      {"risk", to_string(exercise.risk)},
      {"avoid_if", exercise.avoid_if},
      {"alt",
       exercise.alt ? nlohmann::ordered_json(*exercise.alt) : nlohmann::ordered_json(nullptr)},
      {"equipment", exercise.equipment},
      {"cue", exercise.cue},
      {"feel", exercise.feel},
      {"dose", dose(exercise)},
      {"example", example_step(exercise)},
  };
}

std::string json(std::span<const Exercise* const> exercises) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Exercise* e : exercises) list.push_back(exercise_json(*e));
  const nlohmann::ordered_json document = {{"exercises", std::move(list)}};
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string markdown_documentation(const Program& program, const Exercise& exercise) {
  std::string out = fmt::format("### {}\n\n", md_exercise_heading(exercise));
  auto field = [&](std::string_view label, std::string_view value) {
    out += fmt::format("- **{}:** {}\n", label, value);
  };
  auto names = [](const std::vector<std::string>& items) {
    std::vector<std::string> quoted;
    for (const auto& item : items) quoted.push_back(fmt::format("`{}`", item));
    return quoted.empty() ? std::string("none") : join(quoted);
  };
  field("Module", md_module_heading(exercise.origin.module));
  field("Kind", to_string(exercise.kind));
  field("Position", to_string(exercise.position));
  field("Regions", exercise.regions.empty() ? "none" : md_escaped(join(exercise.regions)));
  field("Mode", to_string(exercise.mode));
  field("Sided", exercise.sided ? "yes (one side at a time)" : "no");
  if (exercise.mode == Mode::hold) {
    field("Hold", exercise.hold ? range_text(*exercise.hold, true) : "not given");
  } else {
    field("Reps", exercise.reps ? range_text(*exercise.reps, false) + " per set" : "not given");
    field("Tempo", tempo_text(exercise));
  }
  field("Rounds", exercise.rounds ? range_text(*exercise.rounds, false) : "not given");
  field("Risk", risk_text(exercise));
  if (exercise.optional_only) field("Optional", optional_only_text);
  if (exercise.avoid_if.empty()) {
    field("Avoid if", "none");
  } else {
    out += "- **Avoid if:**\n";  // each condition and its question on a line of its own
    for (const std::string& name : exercise.avoid_if) {
      const Condition* condition = condition_named(program, name);
      out += condition ? fmt::format("  - `{}`: {}\n", name, md_escaped(condition->question))
                       : fmt::format("  - `{}`\n", name);
    }
  }
  field("Alt", exercise.alt ? md_link(program, *exercise.alt) : "none");
  field("Equipment", names(exercise.equipment));
  out += fmt::format("\n**Cue:** {}\n\n**Feel:** {}\n\n", md_escaped(exercise.cue),
                     md_escaped(exercise.feel));
  // A whole routine file, so that it can be copied as it is and checks cleanly.
  const std::string use = exercise.origin.module == prelude
                              ? std::string()
                              : fmt::format("use {}\n", exercise.origin.module);
  out += fmt::format("Example:\n\n```limber\n{}{}\n```\n", use, example_step(exercise));
  return out;
}

std::string markdown_page(const Program& program, std::span<const Exercise* const> exercises) {
  const auto groups = by_module(exercises);
  std::string out =
      "# Exercise library\n\n"
      "<!-- Generated by `limber exercises --format markdown` from stdlib/*.limber: edit the "
      "library and regenerate, never this page. -->\n\n"
      "Every exercise of limber's standard library, with the doses the library recommends. The "
      "prelude's exercises are always available; the exercises of any other module become "
      "available when the routine's file says `use MODULE` (for example `use neck`). "
      "`limber check` holds each step to its exercise's recommended hold or repetitions and "
      "rounds, skips (or replaces with the gentler `alt`) an exercise whose `avoid_if` "
      "condition holds, and names the closest exercise when a name is mistyped. An exercise "
      "marked **Optional** is one the clinic's guide offers only as an optional stretch: a "
      "routine uses it in an `optional` step (or an `optional section`). On the command "
      "line, `limber exercises` lists the catalog, `limber exercises QUERY` searches it by "
      "name, module, kind, position or region, and `limber exercises NAME` prints one "
      "exercise's documentation.\n\n";
  std::vector<std::string> contents;
  for (const auto& group : groups) {
    const std::string& module = group.front()->origin.module;
    contents.push_back(fmt::format("[{}](#{})", module, md_anchor(md_module_heading(module))));
  }
  out += "Modules: " + join(contents) + ".\n";

  for (const auto& group : groups) {
    const std::string& module = group.front()->origin.module;
    out += fmt::format("\n## {}\n\n", md_module_heading(module));
    out += module == prelude ? std::string("In scope in every routine, without a `use`.\n\n")
                             : fmt::format("Add `use {}` to a routine to use these.\n\n", module);
    out += "| name | display name | kind | position | regions | dose |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const Exercise* e : group) {
      out += fmt::format("| [`{}`](#{}) | {} | {} | {} | {} | {} |\n", e->name,
                         md_anchor(md_exercise_heading(*e)), md_escaped(e->display_name),
                         to_string(e->kind), to_string(e->position), md_escaped(join(e->regions)),
                         md_escaped(dose(*e)));
    }
    for (const Exercise* e : group) out += "\n" + markdown_documentation(program, *e);
  }
  return out;
}

std::string no_match(const Program& program, std::string_view query) {
  std::string out = fmt::format("no exercise matches \"{}\"\n", query);
  const std::string word = lower(query);
  std::vector<std::string_view> names;
  for (const auto& [name, _] : program.exercises) names.push_back(name);
  auto nearest = suggest(word, names);
  if (!nearest) {
    // Not a mistyped name: perhaps a mistyped condition (`limber exercises osteoporosis` lists
    // what to avoid under it), module, kind, position or region.
    std::set<std::string, std::less<>> words;
    for (const auto& [name, _] : program.conditions) words.insert(name);
    for (const auto& [_, e] : program.exercises) {
      words.insert(e.origin.module);
      words.emplace(to_string(e.kind));
      words.emplace(to_string(e.position));
      words.insert(e.regions.begin(), e.regions.end());
    }
    const std::vector<std::string_view> others(words.begin(), words.end());
    nearest = suggest(word, others);
  }
  if (nearest) {
    out += fmt::format("  = help: did you mean `{}`? (limber exercises {})\n", *nearest, *nearest);
  } else {
    out += "  = help: `limber exercises` lists every exercise\n";
  }
  return out;
}

}  // namespace limber::catalog
