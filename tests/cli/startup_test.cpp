// What the limber binary loads before it starts: on a virtual machine a page fault costs
// microseconds, and binding each shared library costs dozens of them, which was most of
// `limber check`'s start-up (docs/benchmarks.md, "Start-up is page faults").

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "run_command.hpp"

namespace {

using limber::testing::run_command;

// The libraries a binary names as NEEDED in its dynamic section, in order, but the dynamic
// loader itself (whose name depends on the processor).
std::vector<std::string> needed_libraries(const std::string& binary) {
  const auto result = run_command(LIMBER_READELF, {"--dynamic", binary});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> needed;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("(NEEDED)") == std::string::npos) continue;
    const auto open = line.find('[');
    const auto close = line.rfind(']');
    if (open == std::string::npos || close <= open) continue;
    std::string name = line.substr(open + 1, close - open - 1);
    if (!name.starts_with("ld-linux")) needed.push_back(std::move(name));
  }
  return needed;
}

// libstdc++, fmt and SQLite are linked in; a dependency added as a shared library shows here.
TEST(StartUp, TheBinaryLoadsOnlyTheCLibrary) {
  if (LIMBER_SANITIZED) GTEST_SKIP() << "the sanitizers' runtimes want libstdc++ shared";
  EXPECT_EQ(needed_libraries(LIMBER_BINARY), (std::vector<std::string>{"libm.so.6", "libc.so.6"}));
}

}  // namespace
