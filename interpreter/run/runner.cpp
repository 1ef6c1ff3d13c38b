#include "interpreter/run/runner.hpp"

#include <algorithm>
#include <cstdlib>

#include "interpreter/plan/progress_text.hpp"
#include "interpreter/run/patient_words.hpp"

namespace limber {

namespace {

// A countdown under four seconds would start before the step it counts down.
constexpr double shortest_counted_step_s = 4;
constexpr int countdown_from = 3;
// Reps faster than one a second are not counted out one by one.
constexpr double shortest_counted_rep_s = 1;

class Scheduler {
 public:
  Scheduler(const Program& program, const Plan& plan, const std::vector<std::string>& holding)
      : program_(program), plan_(plan), holding_(holding) {}

  std::vector<Event> run() {
    Event start = at(EventKind::routine_start, 0);
    start.routine = plan_.routine;
    start.total_s = plan_.total_s;
    events_.push_back(start);
    // Each yes is answered with what it changes, so the patient knows they were heard.
    for (const std::string& name : holding_) {
      const auto found = program_.conditions.find(name);
      if (found == program_.conditions.end()) continue;
      Event e = at(EventKind::acknowledge, 0);
      e.condition = name;
      e.text = found->second.acknowledgement;
      events_.push_back(e);
    }
    // The patient hears up front what this session leaves out and why, so nothing missing
    // looks like a mistake.
    for (const SkippedStep& skipped : plan_.skipped) {
      Event e = at(EventKind::skipped, 0);
      e.exercise = skipped.exercise;
      if (const Exercise* exercise = find(skipped.exercise))
        e.display_name = exercise->display_name;
      e.reason = skipped.reason;
      e.condition = skipped.condition;
      e.text = skipped_words(program_, skipped);
      events_.push_back(e);
    }
    for (const ReplacedStep& replaced : plan_.replaced) {
      Event e = at(EventKind::replaced, 0);
      e.exercise = replaced.by;
      if (const Exercise* exercise = find(replaced.by)) e.display_name = exercise->display_name;
      e.instead_of = replaced.exercise;
      e.condition = replaced.condition;
      e.text = replaced_words(program_, replaced);
      events_.push_back(e);
    }
    next_round_.assign(plan_.steps.size() + 1, plan_.steps.size());
    for (std::size_t i = plan_.steps.size(); i-- > 0;) {
      next_round_[i] = is_round(plan_.steps[i].kind) ? i : next_round_[i + 1];
    }
    for (std::size_t i = 0; i < plan_.steps.size(); ++i) step(i);
    Event done = at(EventKind::done, plan_.total_s);
    done.routine = plan_.routine;
    done.total_s = plan_.total_s;
    if (plan_.frequency) done.advice.push_back(frequency_words(*plan_.frequency));
    done.advice.emplace_back(see_a_professional);
    events_.push_back(done);
    return std::move(events_);
  }

 private:
  static bool is_round(StepKind kind) {
    return kind == StepKind::hold || kind == StepKind::reps || kind == StepKind::warmup;
  }

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

  // The round after step `i`, in words, for the "Next:" of a transition, rest or switch.
  std::string next_after(std::size_t i) const {
    const std::size_t next = next_round_[i + 1];
    if (next >= plan_.steps.size()) return "";
    const PlanStep& step = plan_.steps[next];
    const Exercise* exercise = find(step.exercise);
    const std::string& name =
        exercise && !exercise->display_name.empty() ? exercise->display_name : step.exercise;
    return round_words(name, step);
  }

  // How the dose whose transition is step `i` progresses, from the round that follows it.
  std::string progress_words(std::size_t i) const {
    if (i + 1 >= plan_.steps.size()) return "";
    std::string out;
    for (const StepProgress& p : plan_.steps[i + 1].progress) {
      if (!out.empty()) out += "; ";
      out += progress_text(p);
    }
    return out;
  }

  void step(std::size_t i) {
    const PlanStep& step = plan_.steps[i];
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
        e.next = next_after(i);
        e.progress = progress_words(i);
        events_.push_back(e);
        return;
      }
      case StepKind::hold:
      case StepKind::warmup:
        exercising(step);
        break;
      case StepKind::reps:
        exercising(step);
        // A set whose reps are paced one by one needs no countdown: the last rep is its end.
        if (reps(step)) return;
        break;
      case StepKind::rest: {
        Event e = from(EventKind::rest, step);
        e.next = next_after(i);
        events_.push_back(e);
        break;
      }
      case StepKind::switch_sides: {
        Event e = from(EventKind::switch_sides, step);
        e.next = next_after(i);
        events_.push_back(e);
        return;
      }
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

  // One event per repetition of a set, at the exercise's tempo: rep 1 as the set starts, rep n
  // (n − 1) tempos later. Returns false when the tempo is under a second (a counter faster than
  // that cannot be followed, and the events stay bounded by the session's length).
  bool reps(const PlanStep& step) {
    const int count = std::atoi(step.text.c_str());
    if (count < 1) return false;
    const double tempo = step.duration_s / count;
    if (tempo < shortest_counted_rep_s) return false;
    for (int n = 1; n <= count; ++n) {
      Event e = from(EventKind::rep, step);
      e.t_s = step.start_s + (n - 1) * tempo;
      e.side = std::string(to_string(step.side));
      e.rep = n;
      e.reps = count;
      e.duration_s = tempo;
      events_.push_back(e);
    }
    return true;
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
  const std::vector<std::string>& holding_;
  // For each step, the first hold, set or warm-up at or after it (steps.size() for none).
  std::vector<std::size_t> next_round_;
  std::vector<Event> events_;
};

}  // namespace

std::vector<Event> schedule(const Program& program, const Plan& plan,
                            const std::vector<std::string>& holding) {
  return Scheduler(program, plan, holding).run();
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
      if (!command) {
        // Still paused; the view may need redrawing meanwhile (the terminal was resized).
        tick(true);
        continue;
      }
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

bool pacing(EventKind kind) {
  return kind == EventKind::countdown || kind == EventKind::rep;
}

}  // namespace

RunResult run(const Program& program, const Plan& plan, Clock& clock,
              const std::vector<Backend*>& backends, Controls* controls,
              const std::vector<std::string>& holding) {
  RunResult result;
  std::vector<Event> events = schedule(program, plan, holding);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (controls != nullptr) {
      const std::optional<Command> command =
          InteractiveWait(clock, backends, *controls).until(events[i].t_s);
      if (command == Command::skip) {
        // The step under way ends now: its countdown or its reps still to come are dropped
        // and the clock moves on to the next event that starts something.
        while (i + 1 < events.size() && pacing(events[i].kind)) ++i;
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
