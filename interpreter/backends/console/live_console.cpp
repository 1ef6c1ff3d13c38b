#include "interpreter/backends/console/live_console.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/backends/console/wrap.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace {

// The widest bars; narrower terminals get narrower bars (down to the narrowest), so the bar
// line stays one line where it can.
constexpr int widest_bar = 30;
constexpr int narrowest_bar = 5;

std::string named(const Event& e) {
  return e.display_name.empty() ? e.exercise : e.display_name;
}

// "MM:SS" without the brackets of the plain console's stamp.
std::string clock_of(double seconds) {
  const std::string stamp = clock_stamp(std::max(0.0, seconds));
  return stamp.substr(1, stamp.size() - 2);
}

// A progress bar as wide as a line of `columns` leaves room for beside `prefix` and `suffix`,
// then `suffix`.
std::string bar_and(const std::string& prefix, double done, double total, const std::string& suffix,
                    int columns) {
  const int room = columns - static_cast<int>(code_points(prefix) + code_points(suffix)) - 2;
  return progress_bar(done, total, std::clamp(room, narrowest_bar, widest_bar)) + suffix;
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
    rep_.clear();
    next_ = e.next;
  };
  // A spoken cue belongs to the step it comes before: it goes when the next exercise, section
  // or the end comes, not with the rounds and rests of its own exercise.
  const auto next_step = [&] {
    if (e.t_s > said_at_) said_.clear();
  };
  switch (e.kind) {
    case EventKind::routine_start:
      routine_ = e.routine.empty() ? "Routine" : e.routine;
      total_s_ = e.total_s;
      break;
    case EventKind::acknowledge:
    case EventKind::skipped:
    case EventKind::replaced:
      notes_.push_back(e.text);
      break;
    case EventKind::side:
      return;  // shown with the round itself
    case EventKind::section:
      next_step();
      section_ = e.section;
      break;
    case EventKind::exercise:
      next_step();
      cue_ = e.cue;
      feel_ = e.feel;
      // Like the cue and feel, it stays for the exercise's rounds, rests and switches.
      progress_ = e.progress;
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
    case EventKind::rep:
      rep_ = fmt::format("Rep {} of {}", e.rep, e.reps);
      break;
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
      said_at_ = e.t_s;
      break;
    case EventKind::done:
      next_step();
      done_ = true;
      step(fmt::format("Done — {}. Well done.", format_seconds(e.total_s)));
      cue_.clear();
      feel_.clear();
      progress_.clear();
      advice_ = e.advice;
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

std::vector<std::string> LiveConsoleBackend::screen() const {
  const int columns = terminal_.columns();
  std::vector<std::string> out;
  // One logical line, wrapped: `prefix` before the first part, `indent` before the others.
  const auto add = [&](const std::string& text, const std::string& prefix = "",
                       const std::string& indent = "") {
    for (std::string& line : wrap(text, columns, prefix, indent)) out.push_back(std::move(line));
  };
  add(section_.empty() ? routine_ : fmt::format("{} · {}", routine_, section_));
  for (const std::string& note : notes_) add(note, "  ", "    ");
  add(countdown_ > 0 ? fmt::format("{}   {}", doing_, countdown_) : doing_);
  if (!rep_.empty()) add(rep_, "  ");
  if (!next_.empty()) add(next_, "  Next: ", "        ");
  if (!cue_.empty()) add(cue_, "  how: ", "       ");
  if (!feel_.empty()) add(feel_, "  feel: ", "        ");
  // The same label as the plain console's, so both views read alike.
  if (!progress_.empty()) add(progress_, "  progress: ", "            ");
  if (!said_.empty()) add("\"" + said_ + "\"", "  ", "   ");
  for (const std::string& advice : advice_) add(advice, "  ", "  ");
  out.emplace_back();
  // The labels are the prefixes, so that wrapping keeps the bars lined up.
  const auto bar = [&](const std::string& label, double done, double total,
                       const std::string& suffix) {
    add(bar_and(label, done, total, suffix, columns), label, "    ");
  };
  const double step_done = now_ - step_start_;
  bar("  step    ", step_done, step_length_,
      fmt::format(" {} left", format_seconds(std::max(0.0, step_length_ - step_done))));
  bar("  session ", now_, total_s_,
      fmt::format(" {} of {}, {} left", clock_of(now_), clock_of(total_s_),
                  format_seconds(std::max(0.0, total_s_ - now_))));
  if (!done_) {
    add(paused_ ? "PAUSED — space to go on · p pain · q quit"
                : "space pause · n skip · p pain · q quit",
        "  ", "  ");
  }
  return out;
}

void LiveConsoleBackend::redraw() {
  std::string block;
  const bool resized = terminal_.resized();
  if (drawn_ == 0) {
    block += "\x1b[?25l";
  } else if (resized || drawn_ >= terminal_.rows()) {
    // The terminal may have re-flowed (or cut) the old block when it changed size, and a block
    // as tall as the screen cannot be reached by moving up: start again from a clear screen.
    block += "\x1b[H\x1b[2J";
  } else {
    // Back to the top of the block drawn last time, and clear it: the view stays in place.
    block += fmt::format("\x1b[{}A\r\x1b[J", drawn_);
  }
  const std::vector<std::string> lines = screen();
  for (const std::string& line : lines) block += line + "\n";
  drawn_ = static_cast<int>(lines.size());
  out_ << block << std::flush;
}

}  // namespace limber
