#include "interpreter/lsp/step_times.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "interpreter/plan/plan.hpp"

namespace limber::lsp {

namespace {

// Steps [first, last) of the plan.
struct Run {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first >= last; }
};

bool inside(const Span& inner, const Span& outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// Times each statement from the steps the planner says it made (PlanStep::statement), so what
// runs, in what order and how long is the planner's answer alone. The walk over the source only
// finds which steps are whose: those whose statement lies in a statement's span are its own or
// its body's.
class Timer {
 public:
  explicit Timer(const std::vector<PlanStep>& steps) : steps_(steps) {}

  void block(const std::vector<ast::Statement>& statements, Run within) {
    for (const ast::Statement& statement : statements) this->statement(statement, within);
  }

  std::vector<StepTime> times() && { return std::move(times_); }

 private:
  // The statement's steps within `within`: one contiguous run, since the planner walks a
  // statement once per pass of the blocks around it and `within` is one pass of those.
  Run run_of(const Span& span, Run within) const {
    Run run{within.first, within.first};
    while (run.first < within.last && !inside(steps_[run.first].statement, span)) ++run.first;
    run.last = run.first;
    while (run.last < within.last && inside(steps_[run.last].statement, span)) ++run.last;
    return run;
  }

  void record(Span span, Run run) {
    if (run.empty()) return;
    const PlanStep& first = steps_[run.first];
    const PlanStep& last = steps_[run.last - 1];
    times_.push_back({span, first.start_s, last.start_s + last.duration_s - first.start_s});
  }

  static Span header(const ast::Statement& statement, const ast::Block& body) {
    return {statement.span.begin, body.span.begin + 1};
  }

  void statement(const ast::Statement& statement, Run within) {
    const Run run = run_of(statement.span, within);
    if (run.empty()) return;  // skipped, or a statement that makes no steps
    if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      record(header(statement, section->body), run);
      block(section->body.statements, run);
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      // The header times every pass; its body, one pass. The planner copies the first pass for
      // the others, back to back, so the passes share the run equally; should they not, a
      // missing hint is better than a wrong time.
      const auto passes = static_cast<std::size_t>(std::max(1.0, std::floor(repeat->times.number)));
      const std::size_t length = run.last - run.first;
      if (length % passes != 0) return;
      const Run first_pass{run.first, run.first + length / passes};
      record(header(statement, repeat->body), run);
      block(repeat->body.statements, first_pass);
    } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      // Only the branch taken has steps; the other finds none.
      block(branch->then_body.statements, run);
      if (branch->else_body) block(branch->else_body->statements, run);
    } else if (!std::holds_alternative<ast::Say>(statement.node)) {
      // A dose (its transition, rounds, rests between them and any switch), a `switch sides`
      // (the switch and the rounds on the other side) or a rest. A `say` takes no time: no hint.
      record(statement.span, run);
    }
  }

  const std::vector<PlanStep>& steps_;
  std::vector<StepTime> times_;
};

}  // namespace

std::vector<RoutineTime> routine_times(const Program& program) {
  std::vector<RoutineTime> out;
  if (!program.ok()) return out;
  for (const RoutineRef& routine : program.routines) {
    if (routine.statements == nullptr) continue;
    PlanOptions options;
    options.routine = routine.title;
    if (plan_refusal(program, options)) continue;
    const Plan planned = plan(program, options);
    Timer timer(planned.steps);
    timer.block(*routine.statements, {0, planned.steps.size()});
    std::vector<StepTime> times = std::move(timer).times();
    std::sort(times.begin(), times.end(),
              [](const StepTime& a, const StepTime& b) { return a.span.begin < b.span.begin; });
    out.push_back({&routine, planned.total_s, planned.target_s, std::move(times)});
  }
  return out;
}

}  // namespace limber::lsp
