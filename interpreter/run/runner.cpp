#include "interpreter/run/runner.hpp"

#include <algorithm>
#include <cstdlib>

namespace limber {

namespace {

// A countdown under four seconds would start before the step it counts down.
constexpr double shortest_counted_step_s = 4;
constexpr int countdown_from = 3;

class Scheduler {
 public:
  Scheduler(const Program& program, const Plan& plan) : program_(program), plan_(plan) {}

  std::vector<Event> run() {
    Event start = at(EventKind::routine_start, 0);
    start.routine = plan_.routine;
    start.total_s = plan_.total_s;
    events_.push_back(start);
    // The patient hears up front what this session leaves out and why, so nothing missing
    // looks like a mistake.
    for (const SkippedStep& skipped : plan_.skipped) {
      Event e = at(EventKind::skipped, 0);
      e.exercise = skipped.exercise;
      e.reason = skipped.reason;
      events_.push_back(e);
    }
    for (const PlanStep& step : plan_.steps) this->step(step);
    Event done = at(EventKind::done, plan_.total_s);
    done.routine = plan_.routine;
    done.total_s = plan_.total_s;
    events_.push_back(done);
    return std::move(events_);
  }

 private:
  static Event at(EventKind kind, double t_s) {
    Event e;
    e.kind = kind;
    e.t_s = t_s;
    return e;
  }

  Event from(EventKind kind, const PlanStep& step) const {
    Event e = at(kind, step.start_s);
    e.section = step.section;
    e.exercise = step.exercise;
    e.duration_s = step.duration_s;
    if (const Exercise* exercise = find(step.exercise)) e.display_name = exercise->display_name;
    return e;
  }

  const Exercise* find(const std::string& name) const {
    const auto found = program_.exercises.find(name);
    return found == program_.exercises.end() ? nullptr : &found->second;
  }

  void step(const PlanStep& step) {
    switch (step.kind) {
      case StepKind::section: {
        Event e = from(EventKind::section, step);
        e.text = step.text;
        events_.push_back(e);
        return;
      }
      case StepKind::transition: {
        Event e = from(EventKind::exercise, step);
        if (const Exercise* exercise = find(step.exercise)) {
          e.cue = exercise->cue;
          e.feel = exercise->feel;
        }
        events_.push_back(e);
        return;
      }
      case StepKind::hold:
      case StepKind::reps:
      case StepKind::warmup:
        exercising(step);
        break;
      case StepKind::rest:
        events_.push_back(from(EventKind::rest, step));
        break;
      case StepKind::switch_sides:
        events_.push_back(from(EventKind::switch_sides, step));
        return;
      case StepKind::say: {
        Event e = from(EventKind::say, step);
        e.text = step.text;
        events_.push_back(e);
        return;
      }
    }
    countdown(step);
  }

  void exercising(const PlanStep& step) {
    const std::string side(to_string(step.side));
    if (!side.empty() && step.round <= 1) {
      Event e = from(EventKind::side, step);
      e.side = side;
      e.duration_s = 0;
      events_.push_back(e);
    }
    Event e = from(EventKind::round, step);
    e.side = side;
    e.step = std::string(to_string(step.kind));
    // A warm-up is one stretch of time: round 1 of 1, so every backend can treat it alike.
    e.round = std::max(step.round, 1);
    e.rounds = std::max(step.rounds, 1);
    if (step.kind == StepKind::reps) e.reps = std::atoi(step.text.c_str());
    events_.push_back(e);
  }

  void countdown(const PlanStep& step) {
    if (step.duration_s < shortest_counted_step_s) return;
    for (int n = countdown_from; n >= 1; --n) {
      Event e = from(EventKind::countdown, step);
      e.t_s = step.start_s + step.duration_s - n;
      e.remaining_s = n;
      e.duration_s = 0;
      events_.push_back(e);
    }
  }

  const Program& program_;
  const Plan& plan_;
  std::vector<Event> events_;
};

}  // namespace

std::vector<Event> schedule(const Program& program, const Plan& plan) {
  return Scheduler(program, plan).run();
}

namespace {

// How often an interactive run wakes up between events to redraw time passing.
constexpr double tick_s = 0.1;

class InteractiveWait {
 public:
  InteractiveWait(Clock& clock, const std::vector<Backend*>& backends, Controls& controls)
      : clock_(clock), backends_(backends), controls_(controls) {}

  // Waits until `deadline` listening for commands. Returns the command that ends the wait
  // early (skip, pain, quit, interrupt), or none when the deadline came.
  std::optional<Command> until(double deadline) {
    for (;;) {
      const double left = clock_.real_seconds_until(deadline);
      if (left <= 0) return std::nullopt;
      const std::optional<Command> command = controls_.wait(std::min(left, tick_s));
      if (!command) {
        tick(false);
        continue;
      }
      if (*command != Command::pause) return command;
      if (auto ended = paused()) return ended;
    }
  }

 private:
  // Waits for the second pause (resume) or a command that ends the pause another way.
  std::optional<Command> paused() {
    clock_.pause();
    tick(true);
    for (;;) {
      const std::optional<Command> command = controls_.wait(tick_s);
      if (!command) continue;
      clock_.resume();
      if (*command == Command::pause) return std::nullopt;
      return command;
    }
  }

  void tick(bool paused) {
    for (Backend* backend : backends_) backend->on_tick(clock_.now(), paused);
  }

  Clock& clock_;
  const std::vector<Backend*>& backends_;
  Controls& controls_;
};

RunOutcome outcome_of(Command command) {
  switch (command) {
    case Command::pain:
      return RunOutcome::pain;
    case Command::quit:
      return RunOutcome::quit;
    default:
      return RunOutcome::interrupted;
  }
}

}  // namespace

RunResult run(const Program& program, const Plan& plan, Clock& clock,
              const std::vector<Backend*>& backends, Controls* controls) {
  RunResult result;
  std::vector<Event> events = schedule(program, plan);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (controls != nullptr) {
      const std::optional<Command> command =
          InteractiveWait(clock, backends, *controls).until(events[i].t_s);
      if (command == Command::skip) {
        // The step under way ends now: its countdown is dropped and the clock moves on to
        // the next event that starts something.
        while (i + 1 < events.size() && events[i].kind == EventKind::countdown) ++i;
        clock.jump_to(events[i].t_s);
      } else if (command) {
        result.outcome = outcome_of(*command);
        break;
      }
    }
    Event& event = events[i];
    clock.sleep_until(event.t_s);
    event.late_ms = clock.late_ms(event.t_s);
    const double late = event.late_ms.value_or(0);
    result.max_late_ms = std::max(result.max_late_ms, late);
    result.final_late_ms = late;
    for (Backend* backend : backends) backend->on_event(event);
    ++result.events;
  }
  for (Backend* backend : backends) backend->finish();
  return result;
}

}  // namespace limber
