#include "interpreter/backends/console/live_console.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace {

constexpr int bar_cells = 30;

std::string named(const Event& e) {
  return e.display_name.empty() ? e.exercise : e.display_name;
}

// Cuts a line to the terminal's width, counting code points, so a long cue never wraps and
// throws off the count of lines to redraw.
std::string fitted(const std::string& line, int width) {
  int points = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    if (++points >= width) return line.substr(0, i) + "…";
  }
  return line;
}

// "MM:SS" without the brackets of the plain console's stamp.
std::string clock_of(double seconds) {
  const std::string stamp = clock_stamp(std::max(0.0, seconds));
  return stamp.substr(1, stamp.size() - 2);
}

}  // namespace

std::string progress_bar(double done, double total, int width) {
  const double share = total > 0 ? std::clamp(done / total, 0.0, 1.0) : 1.0;
  const int full = static_cast<int>(std::lround(share * width));
  return "[" + std::string(static_cast<std::size_t>(full), '#') +
         std::string(static_cast<std::size_t>(width - full), '-') + "]";
}

void LiveConsoleBackend::on_event(const Event& e) {
  now_ = e.t_s;
  if (e.kind != EventKind::countdown) countdown_ = 0;
  const auto step = [&](std::string doing) {
    doing_ = std::move(doing);
    step_start_ = e.t_s;
    step_length_ = e.duration_s;
  };
  switch (e.kind) {
    case EventKind::routine_start:
      routine_ = e.routine.empty() ? "Routine" : e.routine;
      total_s_ = e.total_s;
      break;
    case EventKind::skipped:
    case EventKind::side:
      return;  // shown with the round itself
    case EventKind::section:
      section_ = e.section;
      break;
    case EventKind::exercise:
      cue_ = e.cue;
      feel_ = e.feel;
      step(fmt::format("Get ready: {}", named(e)));
      break;
    case EventKind::round: {
      std::string what = e.step == "warmup" ? "warm-up"
                         : e.step == "reps"
                             ? fmt::format("set {} of {}, {} reps", e.round, e.rounds, e.reps)
                             : fmt::format("round {} of {}", e.round, e.rounds);
      if (!e.side.empty()) what += fmt::format(", {} side", e.side);
      step(fmt::format("{} — {}", named(e), what));
      break;
    }
    case EventKind::countdown:
      countdown_ = e.remaining_s;
      break;
    case EventKind::switch_sides:
      step("Switch sides");
      break;
    case EventKind::rest:
      step(fmt::format("Rest {}", format_seconds(e.duration_s)));
      break;
    case EventKind::say:
      said_ = e.text;
      break;
    case EventKind::done:
      done_ = true;
      step(fmt::format("Done — {}. Well done.", format_seconds(e.total_s)));
      cue_.clear();
      feel_.clear();
      break;
  }
  redraw();
}

void LiveConsoleBackend::on_tick(double now_s, bool paused) {
  now_ = now_s;
  paused_ = paused;
  redraw();
}

void LiveConsoleBackend::finish() {
  // The cursor comes back wherever the run ended (done, pain, quit or Ctrl-C).
  out_ << "\x1b[?25h" << std::flush;
}

std::vector<std::string> LiveConsoleBackend::lines() const {
  std::vector<std::string> out;
  out.push_back(section_.empty() ? routine_ : fmt::format("{} · {}", routine_, section_));
  out.push_back(countdown_ > 0 ? fmt::format("{}   {}", doing_, countdown_) : doing_);
  out.push_back(cue_.empty() ? "" : "  how: " + cue_);
  out.push_back(feel_.empty() ? "" : "  feel: " + feel_);
  out.push_back(said_.empty() ? "" : "  \"" + said_ + "\"");
  const double step_done = now_ - step_start_;
  out.push_back(fmt::format("  step    {} {} left",
                            progress_bar(step_done, step_length_, bar_cells),
                            format_seconds(std::max(0.0, step_length_ - step_done))));
  out.push_back(fmt::format("  session {} {} of {}, {} left",
                            progress_bar(now_, total_s_, bar_cells), clock_of(now_),
                            clock_of(total_s_), format_seconds(std::max(0.0, total_s_ - now_))));
  out.push_back(done_     ? ""
                : paused_ ? "  PAUSED — space to go on · p pain · q quit"
                          : "  space pause · n skip · p pain · q quit");
  return out;
}

void LiveConsoleBackend::redraw() {
  std::string block;
  // Back to the top of the block drawn last time, and clear it: the view stays in place.
  if (drawn_ > 0)
    block += fmt::format("\x1b[{}A\r\x1b[J", drawn_);
  else
    block += "\x1b[?25l";
  const std::vector<std::string> now = lines();
  for (const std::string& line : now) block += fitted(line, width_) + "\n";
  drawn_ = static_cast<int>(now.size());
  out_ << block << std::flush;
}

}  // namespace limber
