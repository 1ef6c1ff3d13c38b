#pragma once

// What has to be settled before a routine's first step: which conditions change what it does
// (so the patient is asked about them) and which screening checklist it asks first.

#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber {

struct RoutineNeeds {
  // In the order the routine first uses them: `if`, `unless`, and the contraindications of the
  // exercises it uses (and of their alternatives). Conditions the routine is `given` are known
  // already and are not here.
  std::vector<const Condition*> conditions;
  const Screen* screen = nullptr;  // the routine's `screen`, if any
};

// The needs of the routine titled `routine` (empty: the file's first).
RoutineNeeds needs_of(const Program& program, const std::string& routine = "");

// Asks one yes/no question; none when no answer can come (end of input).
class Asker {
 public:
  virtual ~Asker() = default;
  virtual std::optional<bool> ask(std::string_view question) = 0;
};

// Asks on a text stream: the question and "[y/n]" on `out`, an answer line from `in`; asks
// again until the answer is yes or no. With a `width` (a terminal's columns), the question is
// wrapped at spaces so that no word is broken at the terminal's edge.
class StreamAsker : public Asker {
 public:
  StreamAsker(std::istream& in, std::ostream& out, int width = 0)
      : in_(in), out_(out), width_(width) {}
  std::optional<bool> ask(std::string_view question) override;

 private:
  std::istream& in_;
  std::ostream& out_;
  int width_;
};

// Asks each needed condition not already settled by `options` (--when / --unless) and records
// the answer there. A condition left unanswered does not hold, as without a terminal.
void ask_conditions(const RoutineNeeds& needs, Asker& asker, PlanOptions& options);

enum class ScreenOutcome { clear, red_flag, unanswered };

struct ScreenResult {
  ScreenOutcome outcome = ScreenOutcome::clear;
  std::string flag;  // the flag answered yes
};

// Asks the checklist's flags one by one and stops at the first yes.
ScreenResult ask_screen(const Screen& screen, Asker& asker);

// What the patient is told when a red flag stops the run, in the spirit of the clinic guide:
// do not exercise now, see a healthcare professional promptly.
std::string red_flag_advice(const Screen& screen, std::string_view flag);

}  // namespace limber
