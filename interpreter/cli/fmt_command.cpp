// `limber fmt FILE…`: print, check or rewrite files in the canonical layout of grammar/format.cpp.
//
// A file is formatted only when it parses without errors: formatting a broken file would have
// to guess what the author meant, and the guess could lose text. Files are independent: one
// that cannot be read or does not parse is reported and the others are still formatted.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "grammar/diagnostic.hpp"
#include "grammar/format.hpp"
#include "grammar/parse.hpp"
#include "grammar/source.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/replace_file.hpp"
#include "interpreter/cli/report.hpp"

namespace limber::cli {

namespace {

constexpr std::string_view stdin_argument = "-";
constexpr std::string_view stdin_name = "<stdin>";

enum class Mode { print, check, write };

struct FmtOptions {
  std::vector<std::string> files;
  bool check = false;
  bool write = false;

  Mode mode() const { return check ? Mode::check : write ? Mode::write : Mode::print; }
};

// A file that cannot be read outranks one that has errors: exit code 2 wins over 1.
int worse(int a, int b) {
  if (a == exit_usage || b == exit_usage) return exit_usage;
  return std::max(a, b);
}

void print_stdout(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

int report_unusable(std::string_view file, std::string_view code, std::string_view message) {
  print_file_error(file, code, message);
  return exit_usage;
}

std::optional<SourceFile> read_input(const std::string& argument, int& exit_code) {
  if (argument == stdin_argument) {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return SourceFile(std::string(stdin_name), std::move(text));
  }
  LoadResult loaded = load_source(argument);
  if (!loaded.source) {
    const std::string message = loaded.failure ? loaded.failure->message : "cannot read file";
    exit_code = report_unusable(argument, "cannot-read", message);
    return std::nullopt;
  }
  return std::move(loaded.source);
}

// The file's bytes as they are on disk: a BOM is part of them, so a file that has one is not in
// canonical form even when the rest of it is.
bool is_canonical(const SourceFile& source, std::string_view formatted) {
  return !source.had_bom() && source.text() == formatted;
}

// The file to replace: through a symbolic link, its target, so the link stays a link.
std::filesystem::path replacement_target(const std::string& path) {
  std::error_code ec;
  const auto target = std::filesystem::canonical(path, ec);
  return ec ? std::filesystem::path(path) : target;
}

// Rewrites `path` (through a symbolic link, its target) with `text`; see replace_file.hpp.
// Returns an error message on failure.
std::optional<std::string> rewrite(const std::string& path, std::string_view text) {
  const auto failure = replace_file(replacement_target(path), text, 0600);
  if (!failure) return std::nullopt;
  if (failure->temporary_not_created) return "cannot create a temporary file: " + failure->reason;
  return "cannot write '" + path + "': " + failure->reason;
}

// Formats one file as `options` ask; returns its exit code.
int format_one(const std::string& argument, Mode mode) {
  int exit_code = exit_ok;
  const std::optional<SourceFile> source = read_input(argument, exit_code);
  if (!source) return exit_code;

  const ParseResult parsed = parse(*source);
  if (!parsed.ok()) {
    print_diagnostics(*source, parsed.diagnostics);
    return exit_errors;
  }

  const std::string formatted = format(*source, parsed.file);
  const bool from_stdin = argument == stdin_argument;
  switch (mode) {
    case Mode::print:
      print_stdout(formatted);
      return exit_ok;
    case Mode::check:
      if (is_canonical(*source, formatted)) return exit_ok;
      print_stdout("would reformat: " + source->name() + "\n");
      return exit_errors;
    case Mode::write:
      // Standard input has no file to rewrite: the formatted text goes where it would have.
      if (from_stdin) {
        print_stdout(formatted);
        return exit_ok;
      }
      if (is_canonical(*source, formatted)) return exit_ok;
      if (const auto failure = rewrite(argument, formatted)) {
        return report_unusable(argument, "cannot-write", *failure);
      }
      print_stdout("reformatted: " + argument + "\n");
      return exit_ok;
  }
  return exit_ok;
}

int run_fmt(const FmtOptions& options) {
  int exit_code = exit_ok;
  for (const std::string& file : options.files) {
    exit_code = worse(exit_code, format_one(file, options.mode()));
  }
  std::fflush(stdout);
  return exit_code;
}

}  // namespace

void add_fmt_command(CLI::App& app, int& exit_code) {
  // The options outlive this function: CLI11 fills them in and runs the callback later.
  auto options = std::make_shared<FmtOptions>();
  CLI::App* fmt = app.add_subcommand("fmt", "Print routine files in the canonical layout");
  fmt->add_option("files", options->files, "Routine files to format; `-` reads standard input")
      ->required();
  CLI::Option* check =
      fmt->add_flag("--check", options->check,
                    "Write nothing; list the files that would change and exit 1 if there are any");
  CLI::Option* write =
      fmt->add_flag("--write", options->write, "Rewrite the files that are not formatted");
  check->excludes(write);
  fmt->callback([options, &exit_code] { exit_code = run_fmt(*options); });
}

}  // namespace limber::cli
