// Loading: the checked file, the prelude, and every `use` — library modules by name, files by
// path relative to the file that uses them — each parsed once. Then the definitions and the
// routine are checked (definitions.cpp, routine_rules.cpp).

#include "interpreter/check/check.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "grammar/parse.hpp"
#include "grammar/suggest.hpp"
#include "interpreter/check/embedded_stdlib.hpp"
#include "interpreter/check/report.hpp"
#include "interpreter/check/unused_module_hint.hpp"

namespace limber {

namespace fs = std::filesystem;
namespace msg = check_messages;

bool Program::ok() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(), [](const LocatedDiagnostic& d) {
    return d.diagnostic.severity == Severity::error;
  });
}

const Exercise* Program::find_exercise(std::string_view name) const {
  const auto found = exercise_index.find(name);
  return found == exercise_index.end() ? nullptr : found->second;
}

const Exercise* Program::find_exercise(const ast::Name& name) const {
  const auto found = exercise_by_symbol.find(name.text.id());
  return found == exercise_by_symbol.end() ? nullptr : found->second;
}

void Program::index_exercises() {
  exercise_index.clear();
  exercise_by_symbol.clear();
  for (const auto& [name, exercise] : exercises) {
    exercise_index.emplace(name, &exercise);
    exercise_by_symbol.emplace(Symbol(name).id(), &exercise);
  }
}

namespace {

constexpr std::string_view prelude = "prelude";

// A library module's text; none when it is missing or not a file (a pipe would never end).
std::optional<std::string> read_text(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  LoadResult loaded = load_source(path.string());
  if (!loaded.source) return std::nullopt;
  return loaded.source->text();
}

// The path with links and `..` resolved as far as it exists. Some paths cannot be resolved
// (`/dev/fd/63` of a shell's `<(…)` links to "pipe:[…]"); they are taken as written, made
// absolute, rather than stopping the check.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  fs::path result = fs::weakly_canonical(path, ec);
  if (!ec) return result;
  result = fs::absolute(path, ec);
  return ec ? path.lexically_normal() : result.lexically_normal();
}

// A path as the user would recognise it: relative to the working folder when inside it.
std::string shown_path(const fs::path& path) {
  std::error_code ec;
  const fs::path relative = fs::relative(path, fs::current_path(ec), ec);
  if (ec || relative.empty() || *relative.begin() == "..") return path.string();
  return relative.string();
}

bool inside(const fs::path& folder, const fs::path& path) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

// What a path that exists but is not a file is, in a therapist's words; empty for a file, or
// for a path that cannot be looked at (reported as unreadable).
std::string_view kind_of_non_file(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::fifo:
      return "a named pipe";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return {};
  }
}

class Loader {
 public:
  Loader(Program& program, const CheckOptions& options) : program_(program), options_(options) {}

  Module& add(std::string name, SourceFile source) {
    auto module = std::make_unique<Module>();
    module->name = std::move(name);
    module->source = std::make_unique<SourceFile>(std::move(source));
    ParseResult parsed = parse(*module->source);
    module->file = std::move(parsed.file);
    for (auto& d : parsed.diagnostics) program_.diagnostics.push_back({module->source.get(), d});
    program_.modules.push_back(std::move(module));
    return *program_.modules.back();
  }

  // The checked file, and through it everything it uses.
  void load_main(SourceFile main) {
    const fs::path main_path = resolved(main.name());
    const bool main_is_prelude = is_library_text(prelude, main.text(), main_path);
    std::string name = main.name();  // before `main` is moved away
    Module& module = add(std::move(name), std::move(main));
    if (main_is_prelude) loaded_modules_.insert(std::string(prelude));
    main_name_ = module.source->name();
    file_stack_.push_back(main_path);
    depth_ = 1;
    // The prelude comes first so that its definitions are the ones a clash is reported against.
    // A library folder without a prelude is reported at the start of the checked file.
    if (!main_is_prelude) load_library(std::string(prelude), module.source.get(), {0, 0});
    load_uses(module, main_path.parent_path());
    file_stack_.pop_back();
  }

 private:
  std::optional<std::string> library_text(std::string_view name) const {
    if (options_.library_path)
      return read_text(*options_.library_path / (std::string(name) + ".limber"));
    for (const auto& module : embedded_stdlib()) {
      if (module.name == name) return std::string(module.text);
    }
    return std::nullopt;
  }

  // Whether the checked file is itself the library module `name` (checking stdlib/prelude.limber
  // must not read the prelude a second time and find every definition twice).
  bool is_library_text(std::string_view name, const std::string& text, const fs::path& path) const {
    if (options_.library_path) {
      std::error_code ec;
      return fs::equivalent(*options_.library_path / (std::string(name) + ".limber"), path, ec);
    }
    const auto library = library_text(name);
    return library && *library == text;
  }

  void load_library(const std::string& name, const SourceFile* from, Span span) {
    if (!loaded_modules_.insert(name).second) return;
    if (!within_limits(name, from, span)) return;
    auto text = library_text(name);
    if (!text) {
      std::string known;
      for (const auto& module : library_module_names(options_)) {
        if (module != prelude) known += (known.empty() ? "" : ", ") + module;
      }
      Diagnostic& d = report(program_, from, msg::unknown_module, span, name);
      d.help =
          known.empty() ? std::string(msg::no_modules) : fill_in(msg::unknown_module.help, known);
      const auto names = library_module_names(options_);
      const std::vector<std::string_view> candidates(names.begin(), names.end());
      suggest_into(d, name, candidates);
      return;
    }
    Module& module = add(name, SourceFile(name + ".limber", std::move(*text)));
    module.library = true;
    ++depth_;
    load_uses(module, options_.library_path.value_or(fs::path()));
    --depth_;
  }

  // Whether one more file, used at `span` of `from`, may be read: the chain it would end stays
  // within max_use_depth, and the files read within max_files_read. Otherwise reports why at the
  // `use`; too many files only once, since every later `use` would say the same.
  bool within_limits(const std::string& shown, const SourceFile* from, Span span) {
    if (depth_ + 1 > max_use_depth) {
      report(program_, from, msg::import_too_deep, span, shown, depth_ + 1, main_name_,
             max_use_depth);
      return false;
    }
    if (program_.modules.size() >= max_files_read) {
      if (!too_many_files_reported_) {
        report(program_, from, msg::import_too_many_files, span, shown, max_files_read);
      }
      too_many_files_reported_ = true;
      return false;
    }
    return true;
  }

  // `use "FILE"`: FILE relative to the using file's folder, else in each shared folder of the
  // search path in turn. Whichever folder it is found in, it must lie inside that folder, so
  // `..` and links cannot reach the rest of the disk.
  void load_file(const std::string& relative, const fs::path& folder, const SourceFile* from,
                 Span span) {
    std::vector<fs::path> folders{folder};
    for (const fs::path& shared : options_.search_path) folders.push_back(resolved(shared));
    std::optional<fs::path> found;
    bool reachable = false;  // inside at least one folder, existing or not
    for (const fs::path& candidate_folder : folders) {
      const fs::path candidate = resolved(candidate_folder / relative);
      if (!inside(candidate_folder, candidate) && !inside_library(candidate)) continue;
      if (!reachable) found = candidate;  // reported as missing when no folder has it
      reachable = true;
      std::error_code ec;
      if (fs::exists(candidate, ec)) {
        found = candidate;
        break;
      }
    }
    if (!reachable) {
      report(program_, from, msg::import_outside, span, relative);
      return;
    }
    const fs::path path = *found;
    if (auto cycle = std::find(file_stack_.begin(), file_stack_.end(), path);
        cycle != file_stack_.end()) {
      std::string chain;
      for (auto it = cycle; it != file_stack_.end(); ++it) chain += shown_path(*it) + " → ";
      report(program_, from, msg::import_cycle, span, chain + shown_path(path));
      return;
    }
    if (loaded_files_.contains(path)) return;
    // Before the file is marked as read, so that a shallower `use` of it may still read it.
    if (!within_limits(shown_path(path), from, span)) return;
    loaded_files_.insert(path);
    // Checked before opening: opening a pipe waits for a writer, and a device may never end.
    std::error_code ec;
    const fs::file_type type = fs::status(path, ec).type();
    if (const std::string_view kind = kind_of_non_file(type); !kind.empty()) {
      report(program_, from, msg::import_not_a_file, span, shown_path(path), kind);
      return;
    }
    LoadResult loaded = load_source(path.string(), shown_path(path));
    if (!loaded.source) {
      Diagnostic& d = report(program_, from, msg::import_not_found, span, shown_path(path));
      if (folders.size() > 1) {
        std::string looked;
        for (const fs::path& f : folders) looked += (looked.empty() ? "" : ", ") + shown_path(f);
        d.help = fill_in(msg::import_not_found.help, looked);
      }
      if (const auto size = fs::file_size(path, ec); !ec && size > max_source_bytes) {
        d.help = fill_in(msg::import_too_large, max_source_bytes >> 20);
      }
      return;
    }
    Module& module = add(shown_path(path), std::move(*loaded.source));
    file_stack_.push_back(path);
    ++depth_;
    load_uses(module, path.parent_path());
    --depth_;
    file_stack_.pop_back();
  }

  // Files of a library folder given with --lib may use each other.
  bool inside_library(const fs::path& path) const {
    return options_.library_path && inside(resolved(*options_.library_path), path);
  }

  void load_uses(const Module& module, const fs::path& folder) {
    for (const auto& statement : module.file.statements) {
      const auto* use = std::get_if<ast::Use>(&statement.node);
      if (use == nullptr) continue;
      if (use->module) {
        load_library(use->module->text, module.source.get(), use->module->span);
      } else if (use->path) {
        load_file(use->path->value, folder, module.source.get(), use->path->span);
      }
    }
  }

  Program& program_;
  const CheckOptions& options_;
  std::set<std::string> loaded_modules_;
  std::set<fs::path> loaded_files_;
  std::vector<fs::path> file_stack_;
  // The files in the chain being read, library modules included (file_stack_ holds only the
  // files, for the cycle check), and the checked file's name, which starts every chain.
  std::size_t depth_ = 0;
  std::string main_name_;
  bool too_many_files_reported_ = false;
};

}  // namespace

DiagnosticOrder::DiagnosticOrder(const Program& program) {
  for (const auto& module : program.modules) {
    files_.emplace(module->source.get(), static_cast<std::uint32_t>(files_.size()));
  }
}

std::pair<std::uint32_t, std::uint32_t> DiagnosticOrder::key(
    const LocatedDiagnostic& located) const {
  const auto found = files_.find(located.source);
  return {found == files_.end() ? 0 : found->second, located.diagnostic.span.begin};
}

void sort_diagnostics(Program& program) {
  // By file, then by position, and in the order found where those are equal. Sorting small keys
  // and then moving each diagnostic once needs neither a copy of all of them (which a stable
  // sort of tens of thousands of warnings makes) nor a lookup of the file per comparison.
  const DiagnosticOrder order(program);
  struct Key {
    std::uint32_t file;
    std::uint32_t begin;
    std::uint32_t index;
    auto operator<=>(const Key&) const = default;
  };
  std::vector<LocatedDiagnostic>& diagnostics = program.diagnostics;
  std::vector<Key> keys;
  keys.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto [file, begin] = order.key(diagnostics[i]);
    keys.push_back({file, begin, static_cast<std::uint32_t>(i)});
  }
  std::sort(keys.begin(), keys.end());
  // Place i takes the diagnostic that was at keys[i].index: each cycle of that permutation is
  // walked once, holding one diagnostic aside.
  std::vector<std::uint32_t> from(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) from[i] = keys[i].index;
  for (std::uint32_t start = 0; start < from.size(); ++start) {
    if (from[start] == start) continue;
    LocatedDiagnostic held = std::move(diagnostics[start]);
    std::uint32_t at = start;
    while (from[at] != start) {
      const std::uint32_t next = from[at];
      diagnostics[at] = std::move(diagnostics[next]);
      from[at] = at;
      at = next;
    }
    diagnostics[at] = std::move(held);
    from[at] = at;
  }
}

std::vector<std::string> library_module_names(const CheckOptions& options) {
  std::vector<std::string> names;
  if (options.library_path) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(*options.library_path, ec)) {
      if (entry.path().extension() == ".limber") names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
  } else {
    for (const auto& module : embedded_stdlib()) names.emplace_back(module.name);
  }
  return names;
}

Program load_library(const CheckOptions& options) {
  std::string uses;
  for (const auto& name : library_module_names(options)) uses += "use " + name + "\n";
  return check(SourceFile("<library>", uses), options);
}

Program check(SourceFile main, const CheckOptions& options) {
  Program program;
  Loader(program, options).load_main(std::move(main));
  // After syntax errors or unreadable imports there is no sound tree to give meaning to.
  if (program.ok()) {
    collect_definitions(program);
    program.index_exercises();
    check_routine(program);
    hint_unused_modules(program, options);
  }
  sort_diagnostics(program);
  return program;
}

}  // namespace limber
