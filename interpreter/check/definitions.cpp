// Definitions: every exercise, condition and screen of every module read, typed and checked,
// into the program's tables. The grammar has already fixed each property's shape (`kind` takes
// one of five words); here each value gets its meaning and its unit checked.

#include <algorithm>
#include <array>

#include "grammar/suggest.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace msg = check_messages;

namespace {

constexpr std::array kind_names{"warmup", "mobility", "stretch", "strength", "stability"};
constexpr std::array position_names{"standing",  "seated",     "supine",  "prone",
                                    "quadruped", "side_lying", "kneeling"};
constexpr std::array mode_names{"hold", "reps"};
constexpr std::array risk_names{"low", "moderate", "high"};

template <typename Enum, std::size_t N>
Enum from_name(const std::array<const char*, N>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return static_cast<Enum>(it - names.begin());
}

class DefinitionCollector {
 public:
  explicit DefinitionCollector(Program& program) : program_(program) {}

  void collect() {
    // The library and imported files first, the checked file last: a clash is reported where
    // the therapist can fix it, in their own file.
    std::vector<const Module*> order;
    for (std::size_t i = 1; i < program_.modules.size(); ++i)
      order.push_back(program_.modules[i].get());
    order.push_back(program_.modules.front().get());
    for (const Module* module : order) {
      for (const auto& statement : module->file.statements) {
        source_ = module->source.get();
        const Origin origin{source_, statement.span, module->name};
        if (const auto* exercise = std::get_if<ast::ExerciseDef>(&statement.node)) {
          Exercise defined = exercise_of(*exercise, origin);
          if (!module->library) guidance(*exercise, defined);
          add(program_.exercises, exercise->name, std::move(defined));
        } else if (const auto* condition = std::get_if<ast::ConditionDecl>(&statement.node)) {
          add(program_.conditions, condition->name, condition_of(*condition, origin));
        } else if (const auto* screen = std::get_if<ast::ScreenDecl>(&statement.node)) {
          Screen s{screen->name.text, screen->title.value, {}, origin};
          for (const auto& flag : screen->flags) s.flags.push_back(flag.text.value);
          add(program_.screens, screen->name, std::move(s));
        }
      }
    }
    resolve_references();
  }

 private:
  template <typename Table, typename Definition>
  void add(Table& table, const ast::Name& name, Definition definition) {
    const auto [it, inserted] = table.emplace(name.text, std::move(definition));
    if (inserted) return;
    report(program_, source_, msg::duplicate_definition, name.span, name.text).help =
        fill_in(msg::duplicate_definition.help, it->second.origin.module);
  }

  // A condition with its patient texts. Without a `reason` the patient reads the name with
  // spaces ("twisting pain"); without an `acknowledge`, "Noted: " and the reason.
  Condition condition_of(const ast::ConditionDecl& decl, const Origin& origin) {
    Condition condition{decl.name.text, decl.question.value, {}, {}, origin};
    std::optional<std::string> reason;
    std::optional<std::string> acknowledgement;
    for (const ast::ConditionText& line : decl.texts) {
      auto& field = line.key.text == "reason" ? reason : acknowledgement;
      if (field) {
        report(program_, source_, msg::duplicate_property, line.key.span, line.key.text);
        continue;
      }
      field = line.text.value;
    }
    if (!reason) {
      reason = decl.name.text;
      std::replace(reason->begin(), reason->end(), '_', ' ');
    }
    condition.reason = *reason;
    condition.acknowledgement = acknowledgement.value_or("Noted: " + *reason + ".");
    return condition;
  }

  // A recommended range in seconds (durations) or as a count (whole numbers).
  std::optional<Range> range_of(const ast::Property& property, bool durations) {
    const ast::Value& value = property.values.at(0);
    const auto [low, high] = value.kind == ast::ValueKind::range
                                 ? std::pair{&value.low(), &value.high()}
                                 : std::pair{&value, &value};
    for (const ast::Value* bound : {low, high}) {
      if (durations && bound->kind != ast::ValueKind::duration) {
        if (bound->kind == ast::ValueKind::number) {
          report(program_, source_, msg::needs_unit, bound->span, bound->text, bound->text + "s")
              .suggestion = bound->text + "s";
        } else {
          wrong(property.key.text, msg::durations_or_range, *bound);
        }
        return std::nullopt;
      }
      if (!durations && (bound->kind != ast::ValueKind::number || !is_whole(bound->number) ||
                         bound->number < 1)) {
        report(program_, source_, msg::invalid_count, bound->span, "`" + property.key.text + "`");
        return std::nullopt;
      }
    }
    if (low->number > high->number) {
      report(program_, source_, msg::range_out_of_order, value.span, format_value(value)).help =
          fill_in(msg::range_out_of_order.help, format_value(*high) + ".." + format_value(*low));
      return std::nullopt;
    }
    return Range{low->number, high->number};
  }

  void wrong(std::string_view what, std::string_view takes, const ast::Value& value) {
    report(program_, source_, msg::wrong_type, value.span, "`" + std::string(what) + "`", takes,
           describe(value))
        .help = fill_in(msg::range_example, what);
  }

  std::vector<std::string> names_of(const ast::Property& property) {
    std::vector<std::string> names;
    for (const auto& value : property.values) names.push_back(value.text);
    return names;
  }

  Exercise exercise_of(const ast::ExerciseDef& def, const Origin& origin) {
    Exercise exercise;
    exercise.name = def.name.text;
    exercise.display_name = def.display_name ? def.display_name->value.str() : def.name.text.str();
    exercise.origin = origin;
    // Views of the tree's names: a library of thousands of exercises made a string of every key
    // and value here, in a part of the check no other thread shares.
    std::vector<std::string_view> seen;
    for (const auto& property : def.properties) {
      const std::string_view key = property.key.text;
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
        report(program_, source_, msg::duplicate_property, property.key.span, key);
        continue;
      }
      seen.push_back(key);
      const std::string_view first =
          property.values.empty() ? std::string_view() : property.values[0].text.view();
      if (key == "kind") {
        exercise.kind = from_name<Kind>(kind_names, first);
      } else if (key == "position") {
        exercise.position = from_name<Position>(position_names, first);
      } else if (key == "regions") {
        exercise.regions = names_of(property);
      } else if (key == "mode") {
        exercise.mode = from_name<Mode>(mode_names, first);
      } else if (key == "sided") {
        exercise.sided = true;
      } else if (key == "optional_only") {
        exercise.optional_only = true;
      } else if (key == "hold") {
        exercise.hold = range_of(property, true);
      } else if (key == "reps") {
        exercise.reps = range_of(property, false);
      } else if (key == "rounds") {
        exercise.rounds = range_of(property, false);
      } else if (key == "tempo") {
        const ast::Value& value = property.values.at(0);
        if (value.kind == ast::ValueKind::range) {
          wrong(key, msg::one_duration, value);
        } else if (auto range = range_of(property, true)) {
          exercise.tempo = range->low;
        }
      } else if (key == "risk") {
        exercise.risk = from_name<Risk>(risk_names, first);
      } else if (key == "avoid_if") {
        exercise.avoid_if = names_of(property);
      } else if (key == "alt") {
        exercise.alt = std::string(first);
      } else if (key == "equipment") {
        exercise.equipment = names_of(property);
      } else if (key == "cue") {
        exercise.cue = std::string(first);
      } else if (key == "feel") {
        exercise.feel = std::string(first);
      }
    }
    if (std::find(seen.begin(), seen.end(), "kind") == seen.end()) {
      report(program_, source_, msg::missing_property, def.name.span, def.name.text, "kind").help =
          msg::add_a_kind;
    }
    mode_mismatch(def, exercise);
    return exercise;
  }

  // A hold range on a reps exercise (or reps and tempo on a hold one) would never be used.
  void mode_mismatch(const ast::ExerciseDef& def, const Exercise& exercise) {
    for (const auto& property : def.properties) {
      const std::string_view key = property.key.text;
      const bool for_reps = key == "reps" || key == "tempo";
      const bool for_hold = key == "hold";
      if ((exercise.mode == Mode::hold && for_reps) || (exercise.mode == Mode::reps && for_hold)) {
        report(program_, source_, msg::property_mode_mismatch, property.key.span, key,
               to_string(exercise.mode));
      }
    }
  }

  // The guide gives what to feel and how long (or how many times) for every exercise; a
  // therapist's own exercise without them leaves the patient guessing. The library's exercises
  // are held to more by tests/safety/library_audit_test.cpp.
  void guidance(const ast::ExerciseDef& def, const Exercise& exercise) {
    if (exercise.feel.empty())
      report(program_, source_, msg::missing_feel, def.name.span, def.name.text);
    const bool holds = exercise.mode == Mode::hold;
    if (holds ? exercise.hold.has_value() : exercise.reps.has_value()) return;
    if (has_property(def, holds ? "hold" : "reps")) return;  // given, but wrong: reported there
    report(program_, source_, msg::missing_range, def.name.span, def.name.text,
           holds ? "hold" : "reps")
        .help =
        fill_in(msg::missing_range.help, holds ? msg::hold_range_example : msg::reps_range_example);
  }

  static bool has_property(const ast::ExerciseDef& def, std::string_view key) {
    return std::any_of(def.properties.begin(), def.properties.end(),
                       [&](const ast::Property& p) { return p.key.text == key; });
  }

  // An alternative takes the dose of the step it replaces: `reps wall_slide 10` cannot become
  // ten seconds of a hold, nor `hold x 30s` thirty repetitions.
  // (The mode is read from the definition itself: a duplicate's name may stand for another.)
  void alt_mode(const ast::Value& value, const ast::ExerciseDef& def) {
    const auto alt = program_.exercises.find(value.text);
    if (alt == program_.exercises.end()) return;
    Mode mode = Mode::hold;
    for (const auto& property : def.properties) {
      if (property.key.text == "mode" && !property.values.empty())
        mode = from_name<Mode>(mode_names, property.values[0].text);
    }
    if (alt->second.mode == mode) return;
    report(program_, source_, msg::alt_mode_mismatch, value.span, value.text,
           to_string(alt->second.mode), def.name.text, to_string(mode))
        .help = fill_in(msg::alt_mode_mismatch.help, to_string(mode));
  }

  // `alt` names an exercise and `avoid_if` conditions: both must exist once all are read.
  void resolve_references() {
    std::vector<std::string_view> exercise_names;
    for (const auto& [name, _] : program_.exercises) exercise_names.push_back(name);
    std::vector<std::string_view> condition_names;
    for (const auto& [name, _] : program_.conditions) condition_names.push_back(name);

    for (const auto& module : program_.modules) {
      source_ = module->source.get();
      for (const auto& statement : module->file.statements) {
        const auto* def = std::get_if<ast::ExerciseDef>(&statement.node);
        if (def == nullptr) continue;
        for (const auto& property : def->properties) {
          const bool is_alt = property.key.text == "alt";
          if (!is_alt && property.key.text != "avoid_if") continue;
          for (const auto& value : property.values) {
            const auto& known = is_alt ? exercise_names : condition_names;
            if (std::binary_search(known.begin(), known.end(), std::string_view(value.text))) {
              if (is_alt) alt_mode(value, *def);
              continue;
            }
            Diagnostic& d =
                report(program_, source_, is_alt ? msg::unknown_exercise : msg::unknown_condition,
                       value.span, value.text);
            if (!is_alt) d.help = fill_in(msg::unknown_condition.help, value.text);
            suggest_name_into(d, value.text, known);
          }
        }
      }
    }
  }

  Program& program_;
  const SourceFile* source_ = nullptr;
};

}  // namespace

std::string_view to_string(Kind kind) {
  return kind_names[static_cast<std::size_t>(kind)];
}
std::string_view to_string(Position position) {
  return position_names[static_cast<std::size_t>(position)];
}
std::string_view to_string(Mode mode) {
  return mode_names[static_cast<std::size_t>(mode)];
}
std::string_view to_string(Risk risk) {
  return risk_names[static_cast<std::size_t>(risk)];
}

void collect_definitions(Program& program) {
  DefinitionCollector(program).collect();
}

}  // namespace limber
