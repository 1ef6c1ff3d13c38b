// libFuzzer target for the pipeline behind `limber check` and `limber plan`: any bytes are
// parsed, checked (prelude, modules, file imports, names, units, safety rules) and, for a
// program without errors, planned, without a crash, a hang, a leak or a sanitizer report. Every
// diagnostic must point into the text of its file and render as text and JSON.
//
// The input is an in-memory file named inside an empty scratch folder (fuzz_support.hpp), so a
// `use "FILE"` the fuzzer writes is looked up there and nothing else on the disk is read.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/diagnostic_json.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"
#include "targets.hpp"

namespace {

constexpr const char* target = "check_fuzzer";
constexpr std::size_t max_input = 1u << 20;

void plan_if_allowed(const limber::Program& program, const limber::PlanOptions& options) {
  if (limber::plan_refusal(program, options)) return;
  const limber::Plan plan = limber::plan(program, options);
  (void)limber::plan_to_json(plan).dump();
  (void)limber::plan_to_text(plan);
}

}  // namespace

int limber::fuzz::check_one(const std::uint8_t* data, std::size_t size) {
  if (size > max_input) return -1;
  static const std::string name = limber::fuzz::scratch_file("fuzz.limber");

  const limber::Program program = limber::check(
      limber::SourceFile(name, std::string(reinterpret_cast<const char*>(data), size)));
  limber::fuzz::check_spans(target, program);
  for (const limber::LocatedDiagnostic& d : program.diagnostics) {
    if (d.source == nullptr) continue;
    (void)limber::render_text(*d.source, d.diagnostic);
    (void)limber::diagnostic_to_json(*d.source, d.diagnostic).dump();
  }
  if (!program.ok()) return 0;

  // The plan as written, and on a flare-up day (the other branch of every `if flare_up`).
  plan_if_allowed(program, {});
  limber::PlanOptions flare_up;
  flare_up.when.insert("flare_up");
  plan_if_allowed(program, flare_up);
  return 0;
}

LIMBER_FUZZ_ENTRY(limber::fuzz::check_one)
