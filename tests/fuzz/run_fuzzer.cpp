// libFuzzer target for the runner (`limber run`): a routine, and what the patient presses while
// it runs. The input is
//
//     ROUTINE [NUL WORLD KEY…]
//
// split at its first NUL byte (a routine has none, so every seed file is a routine run with no
// key pressed; the keys may hold NULs of their own). WORLD picks the plan: bit 0, flare_up
// holds (and is answered yes, so it is acknowledged); bit 1, the optional steps are left out;
// bits 2–3, weeks of progress earned.
// Each KEY byte is one answer to the runner's wait for input, by its low four bits:
//
//     0–2 pause (a second pause resumes)   3–5 skip   6 pain   7 quit   8 Ctrl-C
//     9–15 no key for ((byte >> 4) + 1)² waits of the runner (up to 25.6 s of routine time)
//
// and once the keys run out, no key is pressed again (a pause still open is resumed first).
// The routine is parsed, checked and planned; a plan that can be made is run on a scripted
// clock, where routine time passes only while the runner waits for a key (as on a real clock
// at speed 1) and never during a pause, with every event handed to a recording backend, the
// JSON backend and the plain console. Then the run must have kept what the runner promises:
//
//   - schedule(): routine_start first at 0 and done last at the plan's length, each once; the
//     times in order and within the session; rounds, reps and countdowns counted in range;
//   - the events emitted are the schedule's, in order, each at exactly its scheduled time;
//     only the countdown or the reps of a step skipped are left out, and only right after a
//     skip, which emits the next step at once;
//   - pain, quit and Ctrl-C end the run at once with that outcome and without `done`, and the
//     runner asks for no key after it; otherwise the run completes with `done`;
//   - pause and resume come in pairs, no event and no skip happen while paused, routine time
//     never goes backwards, and each backend's finish() comes once, after the last event;
//   - the runner terminates: it waits for input no more often than the time, the events and
//     the keys can account for.
//
// A broken promise aborts, which libFuzzer reports like a crash.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "grammar/source.hpp"
#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/backends/json/json_backend.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/clock.hpp"
#include "interpreter/run/controls.hpp"
#include "interpreter/run/event.hpp"
#include "interpreter/run/observed_controls.hpp"
#include "interpreter/run/runner.hpp"
#include "targets.hpp"

namespace {

using limber::Command;
using limber::Event;
using limber::EventKind;

constexpr const char* target = "run_fuzzer";
constexpr std::size_t max_input = 1u << 20;

// One input must stay fast: a run on the scripted clock waits about ten times per second of
// routine time, so a longer session, or a plan of more steps, is planned but not run (the
// check fuzzer already plans sessions up to the planner's own limits).
constexpr double max_run_s = 2 * 3600;
constexpr std::size_t max_run_steps = 20'000;

// The longest the runner may wait for a key at once: backends are promised a tick "a few times
// a second" (backend.hpp), which the runner gives after each quiet wait.
constexpr double max_wait_s = 1;

// Floating-point slack for "at exactly its scheduled time": routine time on the scripted clock
// is a sum of waits, so it may differ from the schedule's own sums in the last bits.
bool same_time(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

[[noreturn]] void broken(const std::string& what) {
  limber::fuzz::fail(target, what);
}

std::string describe(const Event& event) {
  return limber::event_to_json(event).dump();
}

bool pacing(EventKind kind) {
  return kind == EventKind::countdown || kind == EventKind::rep;
}

// Routine time that passes only while the runner waits for a key (advance(), called by the
// controls for a quiet wait), never while paused, and jumps forward when the runner sleeps to a
// deadline or skips. Each call is checked against the Clock contract.
class ScriptedClock : public limber::Clock {
 public:
  double now() const override { return now_; }
  void sleep_until(double deadline) override {
    if (paused_) broken("the runner sleeps during a pause");
    if (!std::isfinite(deadline)) broken("a deadline that is not a number");
    now_ = std::max(now_, deadline);
  }
  std::optional<double> late_ms(double) const override { return std::nullopt; }
  double real_seconds_until(double deadline) const override {
    if (paused_) broken("the runner asks how long to wait during a pause");
    return deadline - now_;
  }
  void pause() override {
    if (paused_) broken("the clock is paused twice");
    paused_ = true;
  }
  void resume() override {
    if (!paused_) broken("the clock is resumed without a pause");
    paused_ = false;
  }
  void jump_to(double t) override {
    if (paused_) broken("a skip during a pause");
    if (t < now_ && !same_time(t, now_)) {
      broken("a skip moves the clock back from " + std::to_string(now_) + " to " +
             std::to_string(t));
    }
    now_ = std::max(now_, t);
  }

  void advance(double seconds) {
    if (!paused_) now_ += seconds;
  }
  bool paused() const { return paused_; }

 private:
  double now_ = 0;
  bool paused_ = false;
};

// What the patient did, and when: each command with how many events had been emitted then.
struct Pressed {
  Command command;
  std::size_t after_events;
};

// The recording backend: each event as emitted, checked against the clock as it comes.
class Recorder : public limber::Backend {
 public:
  explicit Recorder(const ScriptedClock& clock) : clock_(clock) {}

  void on_event(const Event& event) override {
    if (finished_ != 0) broken("an event after finish(): " + describe(event));
    if (clock_.paused()) broken("an event during a pause: " + describe(event));
    if (!same_time(clock_.now(), event.t_s)) {
      broken("an event emitted at " + std::to_string(clock_.now()) + " s: " + describe(event));
    }
    if (event.late_ms) broken("lateness on a clock without real time: " + describe(event));
    events.push_back(event);
  }
  void on_tick(double now_s, bool paused) override {
    if (finished_ != 0) broken("a tick after finish()");
    if (now_s != clock_.now()) broken("a tick with a time that is not the clock's");
    if (paused != clock_.paused()) broken("a tick that misreports the pause");
    if (now_s < last_tick_s_) broken("routine time goes backwards between ticks");
    last_tick_s_ = now_s;
  }
  void finish() override {
    if (clock_.paused()) broken("the run ends paused");
    ++finished_;
  }

  std::vector<Event> events;
  int finished() const { return finished_; }

 private:
  const ScriptedClock& clock_;
  double last_tick_s_ = 0;
  int finished_ = 0;
};

// The keys, answered one per wait (see the top of the file for their meaning).
class KeyScript : public limber::Controls {
 public:
  KeyScript(std::string_view keys, ScriptedClock& clock, const Recorder& recorder,
            std::size_t max_waits)
      : keys_(keys), clock_(clock), recorder_(recorder), max_waits_(max_waits) {}

  std::optional<Command> wait(double seconds) override {
    if (++waits_ > max_waits_) {
      broken("the runner does not end: " + std::to_string(waits_) + " waits for a key, at " +
             std::to_string(clock_.now()) + " s of routine time");
    }
    if (ended_) broken("the runner waits for a key after the run ended");
    if (!(seconds > 0) || seconds > max_wait_s) {
      broken("a wait of " + std::to_string(seconds) + " s for a key");
    }
    const std::optional<Command> command = next();
    if (!command) {
      clock_.advance(seconds);
      return std::nullopt;
    }
    pressed.push_back({*command, recorder_.events.size()});
    ended_ =
        *command == Command::pain || *command == Command::quit || *command == Command::interrupt;
    return command;
  }

  std::vector<Pressed> pressed;

 private:
  std::optional<Command> next() {
    if (quiet_ > 0) {
      --quiet_;
      return std::nullopt;
    }
    if (keys_.empty()) {
      // The patient walks away from the keys: a pause is resumed, then nothing is pressed.
      if (clock_.paused()) return Command::pause;
      return std::nullopt;
    }
    const auto key = static_cast<unsigned char>(keys_.front());
    keys_.remove_prefix(1);
    switch (key & 0xF) {
      case 0:
      case 1:
      case 2:
        return Command::pause;
      case 3:
      case 4:
      case 5:
        return Command::skip;
      case 6:
        return Command::pain;
      case 7:
        return Command::quit;
      case 8:
        return Command::interrupt;
      default: {
        const unsigned count = (key >> 4) + 1;
        quiet_ = count * count - 1;  // this wait is the first of them
        return std::nullopt;
      }
    }
  }

  std::string_view keys_;
  ScriptedClock& clock_;
  const Recorder& recorder_;
  std::size_t max_waits_;
  std::size_t waits_ = 0;
  unsigned quiet_ = 0;
  bool ended_ = false;
};

// What schedule() promises about its events, whatever the patient does.
void check_schedule(const limber::Plan& plan, const std::vector<Event>& schedule) {
  if (schedule.empty()) broken("an empty schedule");
  if (schedule.front().kind != EventKind::routine_start || schedule.front().t_s != 0) {
    broken("the schedule does not open with routine_start at 0: " + describe(schedule.front()));
  }
  if (schedule.back().kind != EventKind::done || schedule.back().t_s != plan.total_s) {
    broken("the schedule does not close with done at " + std::to_string(plan.total_s) +
           " s: " + describe(schedule.back()));
  }
  double last = 0;
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    const Event& e = schedule[i];
    if (i > 0 && e.kind == EventKind::routine_start) broken("a second routine_start");
    if (i + 1 < schedule.size() && e.kind == EventKind::done) broken("done before the end");
    if (!std::isfinite(e.t_s) || e.t_s < last || e.t_s > plan.total_s) {
      broken("an event out of time order: " + describe(e) + " after " + std::to_string(last) +
             " s, in a session of " + std::to_string(plan.total_s) + " s");
    }
    last = e.t_s;
    if (e.kind == EventKind::round && (e.round < 1 || e.round > e.rounds)) {
      broken("a round out of range: " + describe(e));
    }
    if (e.kind == EventKind::rep && (e.rep < 1 || e.rep > e.reps)) {
      broken("a rep out of range: " + describe(e));
    }
    if (e.kind == EventKind::countdown && (e.remaining_s < 1 || e.remaining_s > 3)) {
      broken("a countdown out of range: " + describe(e));
    }
  }
}

// The emitted events against the schedule and the keys pressed.
void check_run(const std::vector<Event>& schedule, const Recorder& recorder, const KeyScript& keys,
               const limber::RunResult& result) {
  const std::vector<Event>& emitted = recorder.events;
  if (recorder.finished() != 1) broken("finish() called " + std::to_string(recorder.finished()));
  if (result.events != emitted.size()) broken("RunResult::events is not the events emitted");
  if (result.final_late_ms != 0 || result.max_late_ms != 0) broken("lateness on a virtual clock");

  std::optional<Command> ending;
  for (const Pressed& p : keys.pressed) {
    if (ending) broken("a key acted on after the one that ended the run");
    if (p.command == Command::pain || p.command == Command::quit ||
        p.command == Command::interrupt) {
      ending = p.command;
      if (p.after_events != emitted.size()) broken("the run went on after pain, quit or Ctrl-C");
    }
  }
  const limber::RunOutcome outcome = !ending                    ? limber::RunOutcome::completed
                                     : *ending == Command::pain ? limber::RunOutcome::pain
                                     : *ending == Command::quit ? limber::RunOutcome::quit
                                                                : limber::RunOutcome::interrupted;
  if (result.outcome != outcome) broken("the outcome is not what the keys asked for");

  // Walk the schedule beside what was emitted; `next` is the event the runner waits for.
  std::size_t next = 0;
  std::size_t pressed = 0;
  for (std::size_t k = 0; k < emitted.size(); ++k) {
    bool skipped = false;
    for (; pressed < keys.pressed.size() && keys.pressed[pressed].after_events == k; ++pressed) {
      if (keys.pressed[pressed].command == Command::skip) {
        if (skipped) broken("two skips acted on before one event");
        skipped = true;
      }
    }
    if (skipped) {
      // A skip drops what remains of the step (its countdown, its reps) and emits the next
      // event that starts something, now.
      while (next + 1 < schedule.size() && pacing(schedule[next].kind)) ++next;
    }
    if (next >= schedule.size()) broken("more events than the schedule has");
    if (describe(emitted[k]) != describe(schedule[next])) {
      broken("event " + std::to_string(k) + " is " + describe(emitted[k]) + ", the schedule's is " +
             describe(schedule[next]) + (skipped ? " (after a skip)" : ""));
    }
    ++next;
  }
  const bool completed = outcome == limber::RunOutcome::completed;
  if (completed != (next == schedule.size())) {
    broken(completed ? "the run completed before the schedule's end"
                     : "the run was ended but emitted the whole schedule");
  }
  // Every event at time 0 (routine_start, the answers, what was left out) comes before the
  // first wait, so no key can cut the session short before it has begun.
  if (emitted.empty() || emitted.front().kind != EventKind::routine_start) {
    broken("the run does not start with routine_start");
  }
}

// How many waits for a key the run may take before it counts as hung. A quiet wait lasts until
// the next tick or the deadline, and a runner that wakes more often than 20 times a second is
// busy-waiting, so: the session's length in twentieths of a second, a short wait before each
// event, and each key byte with the quiet waits it asks for (up to 256), plus the one that
// resumes a pause left open.
std::size_t max_waits(const limber::Plan& plan, std::size_t events, std::size_t keys) {
  return static_cast<std::size_t>(plan.total_s * 20) + 2 * events + 257 * keys + 16;
}

}  // namespace

int limber::fuzz::run_one(const std::uint8_t* data, std::size_t size) {
  if (size > max_input) return -1;
  static const std::string name = limber::fuzz::scratch_file("fuzz.limber");

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  const std::string_view text = split == std::string_view::npos ? input : input.substr(0, split);
  std::string_view keys = split == std::string_view::npos ? "" : input.substr(split + 1);
  unsigned world = 0;
  if (!keys.empty()) {
    world = static_cast<unsigned char>(keys.front());
    keys.remove_prefix(1);
  }

  const Program program = check(SourceFile(name, std::string(text)));
  if (!program.ok()) return 0;
  PlanOptions options;
  std::vector<std::string> holding;
  if (world & 1) {
    options.when.insert("flare_up");
    holding.push_back("flare_up");
  }
  options.skip_optional = (world & 2) != 0;
  options.progress_weeks = static_cast<int>(world >> 2 & 3);
  if (plan_refusal(program, options)) return 0;
  const Plan plan = limber::plan(program, options);
  if (plan.total_s > max_run_s || plan.steps.size() > max_run_steps) return 0;

  const std::vector<Event> schedule = limber::schedule(program, plan, holding);
  check_schedule(plan, schedule);

  ScriptedClock clock;
  Recorder recorder(clock);
  KeyScript script(keys, clock, recorder, max_waits(plan, schedule.size(), keys.size()));
  std::size_t observed = 0;
  ObservedControls controls(script, [&observed](Command) { ++observed; });
  std::ostringstream json;
  std::ostringstream console;
  JsonBackend json_backend(json);
  PlainConsoleBackend console_backend(console);
  const RunResult result = limber::run(
      program, plan, clock, {&recorder, &json_backend, &console_backend}, &controls, holding);
  check_run(schedule, recorder, script, result);
  if (observed != script.pressed.size()) broken("the observer missed a command");
  return 0;
}

LIMBER_FUZZ_ENTRY(limber::fuzz::run_one)
