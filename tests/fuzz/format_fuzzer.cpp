// libFuzzer target for the formatter (`limber fmt`, and the language server's formatting): for
// any input that parses without syntax errors, the canonical layout
//   - parses again without syntax errors,
//   - is a fixed point: format(format(x)) == format(x),
//   - keeps the meaning: the reformatted program checks with errors exactly when the original
//     does, is refused a plan exactly when it is, and otherwise plans to the same JSON in every
//     world its routines vary (each combination of the conditions they mention, with and
//     without the optional steps; plan_equivalence.hpp, whose own test shows it can fail).
// Any difference aborts with both texts, which libFuzzer reports like a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_support.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/format.hpp"
#include "grammar/parse.hpp"
#include "interpreter/check/check.hpp"
#include "plan_equivalence.hpp"
#include "targets.hpp"

namespace {

constexpr const char* target = "format_fuzzer";
constexpr std::size_t max_input = 1u << 20;

[[noreturn]] void differ(const std::string& what, const std::string& before,
                         const std::string& after) {
  std::fprintf(stderr, "%s: %s\n--- before\n%s\n--- after\n%s\n---\n", target, what.c_str(),
               before.c_str(), after.c_str());
  std::abort();
}

}  // namespace

int limber::fuzz::format_one(const std::uint8_t* data, std::size_t size) {
  if (size > max_input) return -1;
  static const std::string name = limber::fuzz::scratch_file("fuzz.limber");

  const limber::SourceFile source(name, std::string(reinterpret_cast<const char*>(data), size));
  const limber::ParseResult parsed = limber::parse(source);
  if (!parsed.ok()) return -1;  // the formatter is only defined on a file that parses

  const std::string once = limber::format(source, parsed.file);
  const limber::SourceFile formatted(name, once);
  const limber::ParseResult reparsed = limber::parse(formatted);
  if (!reparsed.ok()) differ("the formatted text has syntax errors", source.text(), once);
  const std::string twice = limber::format(formatted, reparsed.file);
  if (twice != once) differ("formatting is not idempotent", once, twice);

  const limber::Program before = limber::check(source);
  const limber::Program after = limber::check(formatted);
  limber::fuzz::check_spans(target, before);
  limber::fuzz::check_spans(target, after);
  if (before.ok() != after.ok()) {
    differ(before.ok() ? "formatting added an error" : "formatting removed an error", source.text(),
           once);
  }
  if (!before.ok()) return 0;

  if (const auto difference = limber::fuzz::plan_difference(before, after)) {
    differ("formatting changed the plan (" + difference->world + ")\n--- source\n" + source.text() +
               "\n--- formatted\n" + once,
           difference->before, difference->after);
  }
  return 0;
}

LIMBER_FUZZ_ENTRY(limber::fuzz::format_one)
