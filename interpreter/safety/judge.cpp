#include "interpreter/safety/judge.hpp"

#include <unordered_map>

#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/dose_rules.hpp"
#include "interpreter/safety/findings.hpp"
#include "interpreter/safety/session_rules.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber {

namespace {

void judge_routine(Program& program, const RoutineRef& routine) {
  using namespace safety;
  const Worlds worlds = worlds_of(program, routine);
  const PlanSummary summary = summarize(program, routine, worlds.to_plan());

  // Where each step runs: the domain its findings are described in.
  std::unordered_map<const ast::Dose*, WorldMask> runs;
  std::vector<WorldTotals> totals(worlds.worlds.size());
  for (const PlannedDose& dose : summary.doses) {
    runs[dose.dose] |= dose.worlds;
    dose.worlds.for_each([&](std::size_t w) { totals[w].work_s += dose.work_s(); });
  }
  WorldMask flare_up;
  for (std::size_t w = 0; w < worlds.worlds.size(); ++w) {
    totals[w].total_s = summary.total_s[w];
    totals[w].steps = summary.steps[w];
    if (worlds.holds(worlds.worlds[w], "flare_up")) flare_up.set(w);
  }

  Findings findings(worlds);
  for (DoseFinding& finding : judge_doses(summary, flare_up)) {
    findings.add(finding.worlds, std::move(finding.diagnostic), runs.at(finding.subject));
  }
  judge_session(routine, worlds, totals, summary.target_s, findings);
  findings.report_into(program, &program.main_source());
}

}  // namespace

void judge_plans(Program& program) {
  if (!program.ok()) return;
  for (const RoutineRef& routine : program.routines) judge_routine(program, routine);
  sort_diagnostics(program);
}

Program check_file(SourceFile main, const CheckOptions& options) {
  Program program = check(std::move(main), options);
  judge_plans(program);
  return program;
}

}  // namespace limber
