#include "interpreter/lsp/step_times.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "interpreter/plan/plan.hpp"

namespace limber::lsp {

namespace {

bool is_round(const PlanStep& step) {
  return step.kind == StepKind::hold || step.kind == StepKind::reps;
}

// Walks statements and plan steps side by side. On anything unexpected it stops for good
// rather than guess: a missing hint is better than a wrong time.
class Matcher {
 public:
  Matcher(const Plan& plan, std::set<const ast::Dose*> running, std::set<std::string> given)
      : steps_(plan.steps), running_(std::move(running)), given_(std::move(given)) {}

  void block(const std::vector<ast::Statement>& statements) {
    for (const ast::Statement& statement : statements) {
      if (lost_) return;
      this->statement(statement);
    }
  }

  std::vector<StepTime> times() && { return std::move(times_); }

 private:
  bool skipped(const ast::Statement& statement) const {
    return statement.unless && given_.count(statement.unless->text) > 0;
  }

  bool next_is(StepKind kind) const { return at_ < steps_.size() && steps_[at_].kind == kind; }

  bool expect(StepKind kind) {
    if (!next_is(kind)) lost_ = true;
    if (lost_) return false;
    ++at_;
    return true;
  }

  // The rounds of one side: round 1 … N, with a rest between two rounds.
  void rounds() {
    if (at_ >= steps_.size() || !is_round(steps_[at_])) {
      lost_ = true;
      return;
    }
    const int count = std::max(1, steps_[at_].rounds);
    ++at_;
    for (int round = 2; round <= count && !lost_; ++round) {
      expect(StepKind::rest);
      if (at_ >= steps_.size() || !is_round(steps_[at_])) lost_ = true;
      if (!lost_) ++at_;
    }
  }

  void record(Span span, std::size_t first) {
    if (lost_ || first >= at_) return;
    const PlanStep& last = steps_[at_ - 1];
    times_.push_back(
        {span, steps_[first].start_s, last.start_s + last.duration_s - steps_[first].start_s});
  }

  static Span header(const ast::Statement& statement, const ast::Block& body) {
    return {statement.span.begin, body.span.begin + 1};
  }

  void statement(const ast::Statement& statement) {
    const std::size_t first = at_;
    if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
      if (!running_.count(dose)) return;
      if (!expect(StepKind::transition)) return;
      if (dose->verb == ast::Verb::warmup) {
        expect(StepKind::warmup);
      } else {
        rounds();
        if (dose->sides == ast::Sides::each && expect(StepKind::switch_sides)) rounds();
      }
      record(statement.span, first);
      return;
    }
    if (skipped(statement)) return;
    if (std::holds_alternative<ast::SwitchSides>(statement.node)) {
      // Only after a dose that ran; otherwise the planner has nothing to switch.
      if (!next_is(StepKind::switch_sides)) return;
      ++at_;
      rounds();
      record(statement.span, first);
    } else if (std::holds_alternative<ast::Rest>(statement.node)) {
      if (expect(StepKind::rest)) record(statement.span, first);
    } else if (std::holds_alternative<ast::Say>(statement.node)) {
      expect(StepKind::say);
    } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      if (!expect(StepKind::section)) return;
      block(section->body.statements);
      record(header(statement, section->body), first);
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      block(repeat->body.statements);
      if (lost_) return;
      // The planner lists the first pass, then copies of it for the other passes.
      const std::size_t pass = at_ - first;
      at_ = std::min(steps_.size(),
                     first + pass * static_cast<std::size_t>(std::max(1.0, repeat->times.number)));
      record(header(statement, repeat->body), first);
    } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      const bool holds = given_.count(branch->condition.text) > 0;
      const ast::Block* taken =
          holds ? &branch->then_body : (branch->else_body ? &*branch->else_body : nullptr);
      if (taken == nullptr) return;
      const bool inline_step = holds ? branch->inline_then : branch->else_if;
      if (inline_step) {
        this->statement(taken->statements.front());
      } else {
        block(taken->statements);
      }
    }
  }

  const std::vector<PlanStep>& steps_;
  std::set<const ast::Dose*> running_;
  std::set<std::string> given_;
  std::size_t at_ = 0;
  bool lost_ = false;
  std::vector<StepTime> times_;
};

std::set<std::string> given_conditions(const RoutineRef& routine) {
  std::set<std::string> given;
  for (const ast::Statement& statement : *routine.statements) {
    if (const auto* g = std::get_if<ast::Given>(&statement.node)) given.insert(g->condition.text);
  }
  return given;
}

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
    std::set<const ast::Dose*> running;
    for (const PlannedDose& dose : summarize(program, routine, PlanWorlds::of(options)).doses) {
      if (dose.worlds.test(0)) running.insert(dose.dose);
    }
    Matcher matcher(planned, std::move(running), given_conditions(routine));
    matcher.block(*routine.statements);
    std::vector<StepTime> times = std::move(matcher).times();
    std::sort(times.begin(), times.end(),
              [](const StepTime& a, const StepTime& b) { return a.span.begin < b.span.begin; });
    out.push_back({&routine, planned.total_s, planned.target_s, std::move(times)});
  }
  return out;
}

}  // namespace limber::lsp
