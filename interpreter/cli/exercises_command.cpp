#include "interpreter/cli/commands.hpp"

namespace limber::cli {

void add_exercises_command(CLI::App&, int&) {}

}  // namespace limber::cli
