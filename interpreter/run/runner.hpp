#pragma once

// The runner: a checked program and its plan → the events of the guided session, each handed
// to every backend at its scheduled time on the given clock.

#include <string>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/backend.hpp"
#include "interpreter/run/clock.hpp"
#include "interpreter/run/controls.hpp"
#include "interpreter/run/event.hpp"

namespace limber {

// The events a plan makes, in order, without their lateness: routine_start, an acknowledgement
// of each condition in `holding` (the conditions the patient answered yes to, in the order
// asked), what was skipped, then each step's events (a section's title, an exercise's cue and
// feel at its transition, the side at the first round on a side, each round, rest, switch and
// spoken cue; a transition, rest or switch says which round comes next; each rep of a set at
// the exercise's tempo when that is at least 1 s; and a 3-2-1 countdown at the end of any hold,
// warm-up, rest, or set not counted rep by rep, of at least 4 s), then done with the closing
// advice. Pure.
std::vector<Event> schedule(const Program& program, const Plan& plan,
                            const std::vector<std::string>& holding = {});

enum class RunOutcome { completed, pain, quit, interrupted };

struct RunResult {
  RunOutcome outcome = RunOutcome::completed;
  std::size_t events = 0;
  // How late the final event (done) was emitted, and the worst lateness of any event, in real
  // milliseconds; zero on a virtual clock.
  double final_late_ms = 0;
  double max_late_ms = 0;
};

// Walks the schedule: waits on `clock` until each event's time, stamps its lateness (on a real
// clock) and hands it to every backend, then calls finish() on each. On a VirtualClock the
// same inputs always give the same events.
//
// With `controls`, the waits listen for the patient: pause stops the clock until the next
// pause; skip moves the clock to the next step (dropping the countdown or the reps still to
// come of the one skipped);
// pain, quit and interrupt end the run at once (no `done` event) with that outcome.
// `holding`: as for schedule().
RunResult run(const Program& program, const Plan& plan, Clock& clock,
              const std::vector<Backend*>& backends, Controls* controls = nullptr,
              const std::vector<std::string>& holding = {});

}  // namespace limber
