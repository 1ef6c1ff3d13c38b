#include "interpreter/cli/commands.hpp"

namespace limber::cli {

// One condition per flag: `--when a --when b FILE`. Without this a repeatable option takes
// every word after it, the routine's file too (`--unless flare_up FILE -o OUT`).
void add_condition_options(CLI::App& command, std::vector<std::string>& when,
                           std::vector<std::string>& unless) {
  command.add_option("--when", when, "A condition that holds (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--unless", unless, "A condition that does not hold (repeatable)")
      ->allow_extra_args(false);
}

}  // namespace limber::cli
