#include "interpreter/backends/console/plain_console.hpp"

#include <fmt/format.h>

#include <cmath>

#include "interpreter/check/report.hpp"

namespace limber {

namespace {

// Continuation lines line up under the text after the time stamp.
constexpr std::string_view indent = "        ";

// The patient knows an exercise by its display name; its name in the routine is for the
// therapist, and only stands in when there is no display name.
std::string named(const Event& e) {
  return e.display_name.empty() ? e.exercise : e.display_name;
}

// " — Next: Cat-Cow, round 2 of 3, 30s" after a rest or a switch, when a round follows.
std::string next_of(const Event& e) {
  return e.next.empty() ? "" : " — Next: " + e.next;
}

std::string round_line(const Event& e) {
  std::string what;
  if (e.step == "warmup") {
    what = "warm-up";
  } else if (e.step == "reps") {
    what = fmt::format("set {} of {}, {} reps", e.round, e.rounds, e.reps);
  } else {
    what = fmt::format("round {} of {}", e.round, e.rounds);
  }
  if (!e.side.empty()) what += fmt::format(", {} side", e.side);
  return fmt::format("{} — {}, {}", named(e), what, format_seconds(e.duration_s));
}

}  // namespace

std::string clock_stamp(double seconds) {
  const auto total = static_cast<long long>(std::floor(seconds));
  const long long hours = total / 3600;
  if (hours > 0) return fmt::format("[{}:{:02}:{:02}]", hours, total % 3600 / 60, total % 60);
  return fmt::format("[{:02}:{:02}]", total / 60, total % 60);
}

std::string plain_lines(const Event& e) {
  std::string line;
  switch (e.kind) {
    case EventKind::routine_start:
      line = fmt::format("{} — {}", e.routine.empty() ? "Routine" : e.routine,
                         format_seconds(e.total_s));
      break;
    case EventKind::acknowledge:
    case EventKind::replaced:
      line = e.text;
      break;
    case EventKind::skipped:
      line = e.text.empty() ? fmt::format("skipped {} ({})", e.exercise, e.reason) : e.text;
      break;
    case EventKind::section:
      line = fmt::format("section: {}", e.section);
      break;
    case EventKind::exercise:
      line = fmt::format("Next: {} — get ready ({})", e.next.empty() ? named(e) : e.next,
                         format_seconds(e.duration_s));
      if (!e.cue.empty()) line += fmt::format("\n{}how: {}", indent, e.cue);
      if (!e.feel.empty()) line += fmt::format("\n{}feel: {}", indent, e.feel);
      if (!e.progress.empty()) line += fmt::format("\n{}progress: {}", indent, e.progress);
      break;
    case EventKind::side:
      line = fmt::format("{} side", e.side);
      break;
    case EventKind::round:
      line = round_line(e);
      break;
    case EventKind::rep:
      line = fmt::format("Rep {} of {}", e.rep, e.reps);
      break;
    case EventKind::countdown:
      line = fmt::format("{}", e.remaining_s);
      break;
    case EventKind::switch_sides:
      line = "switch sides" + next_of(e);
      break;
    case EventKind::rest:
      line = fmt::format("rest {}", format_seconds(e.duration_s)) + next_of(e);
      break;
    case EventKind::say:
      line = fmt::format("\"{}\"", e.text);
      break;
    case EventKind::done:
      line = fmt::format("done — {}", format_seconds(e.total_s));
      for (const std::string& advice : e.advice) line += fmt::format("\n{}{}", indent, advice);
      break;
  }
  return fmt::format("{} {}\n", clock_stamp(e.t_s), line);
}

void PlainConsoleBackend::on_event(const Event& event) {
  out_ << plain_lines(event) << std::flush;
}

}  // namespace limber
