// The live view's terminal size on a real pseudo-terminal: read at the start, and read again
// after a SIGWINCH, whose handler only sets a flag; the previous handler comes back after.

#include "interpreter/backends/console/terminal_size.hpp"

#include <gtest/gtest.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace limber {
namespace {

TEST(WatchedTerminalSize, ASigwinchIsNoticedAndTheNewSizeRead) {
  int master = -1;
  int slave = -1;
  winsize size{};
  size.ws_row = 30;
  size.ws_col = 60;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, &size), 0);
  {
    WatchedTerminalSize terminal(slave);
    EXPECT_EQ(terminal.columns(), 60);
    EXPECT_EQ(terminal.rows(), 30);
    EXPECT_FALSE(terminal.resized());
    size.ws_col = 100;
    ASSERT_EQ(ioctl(master, TIOCSWINSZ, &size), 0);
    // The kernel signals the terminal's foreground process group, which this test is not.
    raise(SIGWINCH);
    EXPECT_TRUE(terminal.resized());
    EXPECT_EQ(terminal.columns(), 100);
    EXPECT_FALSE(terminal.resized()) << "once per resize";
  }
  struct sigaction now {};
  sigaction(SIGWINCH, nullptr, &now);
  EXPECT_EQ(now.sa_handler, SIG_DFL);
  close(master);
  close(slave);
}

}  // namespace
}  // namespace limber
