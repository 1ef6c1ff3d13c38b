#pragma once

// What the checker makes of a file: every definition in scope (the prelude, the modules and
// files it uses, its own), typed and validated, the routines, and the diagnostics of every
// file involved. The planner and every later stage read this, never the raw syntax of a
// definition.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/source.hpp"

namespace limber {

enum class Kind { warmup, mobility, stretch, strength, stability };
enum class Position { standing, seated, supine, prone, quadruped, side_lying, kneeling };
enum class Mode { hold, reps };
enum class Risk { low, moderate, high };

std::string_view to_string(Kind kind);
std::string_view to_string(Position position);
std::string_view to_string(Mode mode);
std::string_view to_string(Risk risk);

// A recommended range: seconds for holds and tempo, a count for reps and rounds.
struct Range {
  double low = 0;
  double high = 0;
};

// Where a definition was written, for diagnostics and for the catalog.
struct Origin {
  const SourceFile* source = nullptr;
  Span span;
  std::string module;  // "prelude", "neck", … or the file's path for a user's file
};

struct Exercise {
  std::string name;
  std::string display_name;  // the name itself when none was given
  Kind kind = Kind::mobility;
  Position position = Position::standing;
  std::vector<std::string> regions;
  Mode mode = Mode::hold;
  bool sided = false;
  bool optional_only = false;  // the guide offers it only as an optional stretch
  std::optional<Range> hold;   // seconds
  std::optional<Range> reps;   // per set
  std::optional<Range> rounds;
  Risk risk = Risk::low;
  std::optional<double> tempo;  // seconds per rep
  std::vector<std::string> avoid_if;
  std::optional<std::string> alt;
  std::vector<std::string> equipment;
  std::string cue;
  std::string feel;
  Origin origin;
};

struct Condition {
  std::string name;
  std::string question;
  // The patient's words for it, as the condition's block gives them or by default (see
  // condition_of() in definitions.cpp): why a step is left out while it holds ("twisting
  // hurts"), and what the patient is told after answering yes.
  std::string reason;
  std::string acknowledgement;
  Origin origin;
};

struct Screen {
  std::string name;
  std::string title;
  std::vector<std::string> flags;
  Origin origin;
};

// A diagnostic and the file it points into (the checked file or one it imports).
struct LocatedDiagnostic {
  const SourceFile* source = nullptr;
  Diagnostic diagnostic;
};

// One file read for the program: the checked file itself, or a module or file it uses.
struct Module {
  std::string name;      // "prelude", "neck", or the path
  bool library = false;  // a library module read by name, not a file of the user's
  std::unique_ptr<SourceFile> source;
  ast::File file;
};

// One routine of the checked file: its title (empty for the implicit routine) and its steps.
struct RoutineRef {
  Symbol title;
  const std::vector<ast::Statement>* statements = nullptr;
  Span title_span;  // the title, or the first step of an implicit routine
};

struct Program {
  std::vector<std::unique_ptr<Module>> modules;  // modules.front() is the checked file
  std::map<std::string, Exercise, std::less<>> exercises;
  std::unordered_map<std::string_view, const Exercise*> exercise_index;   // over `exercises`
  std::unordered_map<std::uint32_t, const Exercise*> exercise_by_symbol;  // by Symbol::id()
  std::map<std::string, Condition, std::less<>> conditions;
  std::map<std::string, Screen, std::less<>> screens;

  // The file's routines in order: its `routine` blocks, or the implicit routine of its
  // top-level steps. None for a file of definitions only.
  std::vector<RoutineRef> routines;

  std::vector<LocatedDiagnostic> diagnostics;

  bool ok() const;
  // The exercise of that name, or null: through an index the checker builds once, since the
  // planner looks exercises up for every step in every world.
  const Exercise* find_exercise(std::string_view name) const;
  // The same for a name in the tree, found by its symbol's number without hashing its text.
  const Exercise* find_exercise(const ast::Name& name) const;
  void index_exercises();
  const SourceFile& main_source() const { return *modules.front()->source; }
};

}  // namespace limber
