#pragma once

// The console on a terminal: one block redrawn in place, showing where the session is (routine
// and section), what today's answers changed and what was left out, what to do now (exercise,
// round n of N, side, the rep counter of a set), what comes next, the whole cue and feel text,
// the last spoken cue, the countdown, progress bars for the step and the session, the time
// remaining, and the keys; at the end, the advice. Every line is word-wrapped to the terminal's
// width, so nothing is cut, and the block is drawn afresh when the terminal is resized.

#include <ostream>
#include <string>
#include <vector>

#include "interpreter/backends/console/terminal_size.hpp"
#include "interpreter/run/backend.hpp"

namespace limber {

// "[#####-----]": `done` of `total`, `width` cells between the brackets.
std::string progress_bar(double done, double total, int width);

class LiveConsoleBackend : public Backend {
 public:
  LiveConsoleBackend(std::ostream& out, TerminalSize& terminal) : out_(out), terminal_(terminal) {}
  void on_event(const Event& event) override;
  void on_tick(double now_s, bool paused) override;
  void finish() override;

  // The block as it stands, wrapped to the terminal's width: exactly the lines on the screen.
  std::vector<std::string> screen() const;

 private:
  void redraw();

  std::ostream& out_;
  TerminalSize& terminal_;
  int drawn_ = 0;  // lines of the block now on the screen
  std::string routine_;
  double total_s_ = 0;
  std::vector<std::string> notes_;  // today's acknowledgements and skipped steps
  std::string section_;
  std::string doing_;  // what the patient does now
  std::string rep_;    // "Rep 3 of 10" during a set counted rep by rep
  std::string next_;   // the round that follows a transition, rest or switch
  std::string cue_;
  std::string feel_;
  std::string progress_;  // the exercise's progressing dose this week, or empty
  std::string said_;
  double said_at_ = 0;
  std::vector<std::string> advice_;
  double step_start_ = 0;
  double step_length_ = 0;
  double now_ = 0;
  int countdown_ = 0;
  bool paused_ = false;
  bool done_ = false;
};

}  // namespace limber
