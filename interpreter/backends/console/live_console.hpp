#pragma once

// The console on a terminal: one block redrawn in place, showing where the session is (routine
// and section), what to do now (exercise, round n of N, side, cue and feel), the countdown,
// progress bars for the step and the session, the time remaining, and the keys.

#include <ostream>
#include <string>
#include <vector>

#include "interpreter/run/backend.hpp"

namespace limber {

// "[#####-----]": `done` of `total`, `width` cells between the brackets.
std::string progress_bar(double done, double total, int width);

class LiveConsoleBackend : public Backend {
 public:
  LiveConsoleBackend(std::ostream& out, int width) : out_(out), width_(width) {}
  void on_event(const Event& event) override;
  void on_tick(double now_s, bool paused) override;
  void finish() override;

 private:
  std::vector<std::string> lines() const;
  void redraw();

  std::ostream& out_;
  int width_;
  int drawn_ = 0;  // lines of the block now on the screen
  std::string routine_;
  double total_s_ = 0;
  std::string section_;
  std::string doing_;  // what the patient does now
  std::string cue_;
  std::string feel_;
  std::string said_;
  double step_start_ = 0;
  double step_length_ = 0;
  double now_ = 0;
  int countdown_ = 0;
  bool paused_ = false;
  bool done_ = false;
};

}  // namespace limber
