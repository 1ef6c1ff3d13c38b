#include "interpreter/cli/terminal.hpp"

#include <unistd.h>
#include <cstdlib>

namespace limber::cli {

bool use_color(std::FILE* stream) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(fileno(stream)) == 1;
}

}  // namespace limber::cli
