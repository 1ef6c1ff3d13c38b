#include "interpreter/check/unused_module_hint.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "grammar/parse.hpp"
#include "grammar/suggest.hpp"
#include "interpreter/check/embedded_stdlib.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace msg = check_messages;

namespace {

std::optional<std::string> module_text(const std::string& name, const CheckOptions& options) {
  if (options.library_path) {
    std::ifstream in(*options.library_path / (name + ".limber"), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
  }
  for (const auto& module : embedded_stdlib()) {
    if (module.name == name) return std::string(module.text);
  }
  return std::nullopt;
}

// Which of the library modules the program did not read define each exercise: read once, on
// the first unknown exercise.
class UnusedModules {
 public:
  UnusedModules(const Program& program, const CheckOptions& options)
      : program_(program), options_(options) {}

  const std::vector<std::string>* modules_of(const std::string& exercise) {
    read();
    const auto found = defined_in_.find(exercise);
    return found == defined_in_.end() ? nullptr : &found->second;
  }

  std::span<const std::string_view> exercise_names() {
    read();
    return names_;
  }

 private:
  void read() {
    if (read_) return;
    read_ = true;
    std::set<std::string_view> loaded;
    for (const auto& module : program_.modules) loaded.insert(module->name);
    for (const std::string& name : library_module_names(options_)) {
      if (loaded.count(name)) continue;
      const auto text = module_text(name, options_);
      if (!text) continue;
      const SourceFile source(name + ".limber", *text);
      for (const auto& statement : parse(source).file.statements) {
        if (const auto* def = std::get_if<ast::ExerciseDef>(&statement.node)) {
          defined_in_[def->name.text].push_back(name);
        }
      }
    }
    for (const auto& [exercise, _] : defined_in_) names_.push_back(exercise);
  }

  const Program& program_;
  const CheckOptions& options_;
  bool read_ = false;
  std::map<std::string, std::vector<std::string>> defined_in_;  // exercise → its modules
  std::vector<std::string_view> names_;                         // over defined_in_'s keys
};

// `a`, `a` and `b`, `a`, `b` and `c`: each item shown by `shown`.
template <typename Show>
std::string listed(const std::vector<std::string>& items, std::string_view last_joint, Show shown) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string(last_joint) : std::string(", ");
    out += shown(items[i]);
  }
  return out;
}

void explain(Diagnostic& d, const std::string& written, const std::string& meant,
             const std::vector<std::string>& modules) {
  const auto quoted = [](const std::string& m) { return "`" + m + "`"; };
  const auto use = [](const std::string& m) { return "`use " + m + "`"; };
  if (modules.size() == 1) {
    d.message = fill_in(msg::exercise_in_unused_module.message, meant, modules.front());
    d.help = fill_in(msg::exercise_in_unused_module.help, modules.front());
  } else {
    d.message = fill_in(msg::exercise_in_unused_modules.message, meant,
                        listed(modules, msg::and_word, quoted));
    d.help = fill_in(msg::exercise_in_unused_modules.help, listed(modules, msg::or_word, use));
  }
  d.suggestion.reset();
  if (written != meant) {
    // Written with hyphens: the name is to be fixed as well as the `use` added.
    d.help = fill_in(msg::hyphen_in_unused_module, meant,
                     listed(modules, msg::or_word, [](const std::string& m) { return m; }));
    d.suggestion = meant;
  }
}

}  // namespace

void hint_unused_modules(Program& program, const CheckOptions& options) {
  UnusedModules unused(program, options);
  for (auto& [source, d] : program.diagnostics) {
    if (d.code != msg::unknown_exercise.code || source == nullptr) continue;
    const std::string written = source->text().substr(d.span.begin, d.span.size());
    std::string meant = written;
    std::replace(meant.begin(), meant.end(), '-', '_');
    if (const auto* modules = unused.modules_of(meant)) {
      explain(d, written, meant, *modules);
      continue;
    }
    // A typo of an exercise in an unused module, when nothing in scope is close.
    if (d.suggestion) continue;
    if (auto nearest = suggest(meant, unused.exercise_names())) {
      const std::string& module = unused.modules_of(*nearest)->front();
      d.help = fill_in(msg::near_in_unused_module, *nearest, module, module);
      d.suggestion = std::move(nearest);
    }
  }
}

}  // namespace limber
