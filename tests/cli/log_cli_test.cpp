// The session log from the outside: the rows a real run leaves after it completes, skips, stops
// for pain, quits, is interrupted (Ctrl-C, SIGTERM, SIGHUP) or killed; two runs at once; the runs
// that leave no log; the damaged and locked logs refused byte for byte untouched; `limber history`.

#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "cli_fixture.hpp"
#include "run_command.hpp"

extern char** environ;

namespace limber {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::CommandResult;

// Two rounds of 30 s, and one of 20 s unless flare_up holds: 100 s of routine, 1 s at
// --speed 100. On a terminal flare_up would be asked, so the tests there name it.
constexpr const char* routine = "hold cat_cow 30s x2\nhold cat_cow 20s unless flare_up\n";

class LogCli : public testing::CliFixture {
 protected:
  fs::path log() const { return dir_ / "data" / "limber" / "sessions.db"; }

  // One line per row of `sql`'s results, its columns joined by '|' (NULL as "-").
  std::string rows(const std::string& sql, const fs::path& db_path = {}) const {
    sqlite3* db = nullptr;
    const fs::path path = db_path.empty() ? log() : db_path;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(db);
      return "(no log)";
    }
    std::string out;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      out = std::string("(error: ") + sqlite3_errmsg(db) + ")";
    }
    while (statement != nullptr && sqlite3_step(statement) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(statement); ++i) {
        const unsigned char* value = sqlite3_column_text(statement, i);
        out += (i ? "|" : "") + std::string(value ? reinterpret_cast<const char*>(value) : "-");
      }
      out += "\n";
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return out;
  }
  std::string steps() const {
    return rows("SELECT exercise, step, round, rounds, status, reason FROM steps ORDER BY id");
  }
  std::string outcomes() const { return rows("SELECT outcome FROM sessions ORDER BY id"); }

  // Starts `limber args…` without a terminal, its output into files of the test's folder.
  pid_t start(const std::vector<std::string>& args, const std::string& name) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const std::string out = (dir_ / (name + ".out")).string();
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<char*> argv{const_cast<char*>(LIMBER_BINARY)};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    posix_spawn(&pid, LIMBER_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
  }
  // Starts `limber args…` on a new pseudo-terminal, as its session leader (so closing
  // `terminal` hangs it up, as closing a terminal window does), and reads what it prints
  // until `seen` shows (up to 20 s); returns false if it never does.
  pid_t start_on_terminal(const std::vector<std::string>& args, const std::string& seen,
                          int& terminal, std::string& out) {
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid == 0) {
      std::vector<char*> argv{const_cast<char*>(LIMBER_BINARY)};
      for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      execv(LIMBER_BINARY, argv.data());
      _exit(127);
    }
    read_until(terminal, seen, out);
    return pid;
  }
  // Reads `terminal` into `out` until `seen` shows (empty: to the end), up to 20 s.
  static bool read_until(int terminal, const std::string& seen, std::string& out) {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    char buffer[4096];
    while (seen.empty() || out.find(seen) == std::string::npos) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      pollfd watched{terminal, POLLIN, 0};
      if (left.count() <= 0 || poll(&watched, 1, static_cast<int>(left.count())) <= 0) {
        return false;
      }
      const ssize_t n = ::read(terminal, buffer, sizeof buffer);
      if (n <= 0) return seen.empty();  // EIO once the program has closed its side
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return true;
  }
  // Waits (up to 20 s) for `pid` to exit; -1 (and the process killed) if it does not.
  static int wait_for_at_most_20s(pid_t pid) {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        return -1;
      }
      std::this_thread::sleep_for(20ms);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  // Waits (up to 20 s) until `sql` gives `expected`.
  bool wait_until_rows(const std::string& sql, const std::string& expected) const {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
      if (rows(sql) == expected) return true;
      std::this_thread::sleep_for(20ms);
    }
    return false;
  }
  // A run without a terminal, sent `signal` once its session has begun, exits with
  // `exit_code` and ends its session in the log as interrupted.
  void expect_signal_interrupts_the_run(int signal, int exit_code) {
    const auto file = write("r.limber", routine);
    const pid_t pid = start({"run", "--speed", "2", file}, "run");
    ASSERT_TRUE(wait_until_rows("SELECT count(*) FROM sessions", "1\n"));
    std::this_thread::sleep_for(300ms);
    kill(pid, signal);
    EXPECT_EQ(wait_for_at_most_20s(pid), exit_code);
    EXPECT_EQ(outcomes(), "interrupted\n");
    EXPECT_NE(read(dir_ / "run.out").find("Interrupted."), std::string::npos);
  }
};

TEST_F(LogCli, ACompletedRunIsLoggedStepByStep) {
  const auto file = write("r.limber", routine);
  const CommandResult r = limber({"run", "--speed", "100", "--backend", "json", file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(rows("SELECT routine_path, routine_title, length(routine_hash), outcome, "
                 "ended_at >= started_at FROM sessions"),
            fs::canonical(file).string() + "||16|completed|1\n");
  EXPECT_EQ(rows("SELECT kind, name, answer FROM answers"), "condition|flare_up|no\n");
  EXPECT_EQ(steps(),
            "cat_cow|hold|1|2|done|\n"
            "cat_cow|hold|2|2|done|\n"
            "cat_cow|hold|1|1|done|\n");
}

TEST_F(LogCli, AStepLeftOutByAConditionAndOneSkippedWithNAreSkipped) {
  const auto file = write("r.limber", routine);
  const CommandResult r = testing::run_on_terminal_conversation(
      LIMBER_BINARY, {"run", "--when", "flare_up", "--speed", "5", file},
      {{"Cat-Cow — round 1 of 2", "n"}});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(steps(),
            "cat_cow||0|0|skipped|unless flare_up\n"
            "cat_cow|hold|1|2|skipped|skipped by the patient\n"
            "cat_cow|hold|2|2|done|\n");
  EXPECT_EQ(rows("SELECT kind, name, answer FROM answers"), "condition|flare_up|yes\n");
}

TEST_F(LogCli, PainStopsTheSessionAndItsScoreIsAsked) {
  const auto file = write("r.limber", routine);
  const CommandResult r =
      testing::run_on_terminal_conversation(LIMBER_BINARY, {"run", "--unless", "flare_up", file},
                                            {{"Cat-Cow — round 1 of 2", "p"},
                                             {"How strong is the pain", "eleven\n"},
                                             {"Please type a whole number from 0 to 10.", "7\n"}});
  ASSERT_EQ(r.exit_code, 4) << r.out;
  EXPECT_EQ(outcomes(), "pain\n");
  EXPECT_EQ(steps(), "cat_cow|hold|1|2|stopped|\n");
  EXPECT_EQ(rows("SELECT exercise, t_s, score FROM pain_reports"), "cat_cow|5.0|7\n");
}

TEST_F(LogCli, QuitAndCtrlCEndTheSessionInTheLog) {
  const auto file = write("r.limber", routine);
  EXPECT_EQ(
      testing::run_on_terminal_conversation(LIMBER_BINARY, {"run", "--unless", "flare_up", file},
                                            {{"Cat-Cow — round 1 of 2", "q"}})
          .exit_code,
      0);
  EXPECT_EQ(
      testing::run_on_terminal_conversation(LIMBER_BINARY, {"run", "--unless", "flare_up", file},
                                            {{"Cat-Cow — round 1 of 2", "\x03"}})
          .exit_code,
      130);
  EXPECT_EQ(outcomes(), "quit\ninterrupted\n");
  EXPECT_EQ(steps(), "cat_cow|hold|1|2|stopped|\ncat_cow|hold|1|2|stopped|\n");
}

TEST_F(LogCli, SigtermEndsARunWithoutATerminalLikeCtrlC) {
  expect_signal_interrupts_the_run(SIGTERM, 143);
}

// SIGHUP's default would kill the run mid-step, leaving the session without an end.
TEST_F(LogCli, SighupEndsARunWithoutATerminalLikeSigterm) {
  expect_signal_interrupts_the_run(SIGHUP, 129);
}

TEST_F(LogCli, SighupOnATerminalRestoresItAndEndsTheSession) {
  const auto file = write("r.limber", routine);
  int terminal = -1;
  std::string out;
  const pid_t pid = start_on_terminal({"run", "--speed", "5", "--unless", "flare_up", file},
                                      "Cat-Cow — round 1 of 2", terminal, out);
  kill(pid, SIGHUP);
  read_until(terminal, "", out);
  close(terminal);
  EXPECT_EQ(wait_for_at_most_20s(pid), 129) << out;
  EXPECT_NE(out.find("Interrupted."), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[?25h"), std::string::npos) << "the cursor is shown again";
  EXPECT_EQ(outcomes(), "interrupted\n");
}

// The real case: the terminal window closes under the run (its pseudo-terminal goes away, and
// the kernel sends the session leader SIGHUP); the run must still end and log it.
TEST_F(LogCli, ClosingTheTerminalEndsTheSessionAsInterrupted) {
  const auto file = write("r.limber", routine);
  int terminal = -1;
  std::string out;
  const pid_t pid = start_on_terminal({"run", "--speed", "5", "--unless", "flare_up", file},
                                      "Cat-Cow — round 1 of 2", terminal, out);
  close(terminal);
  EXPECT_EQ(wait_for_at_most_20s(pid), 129) << out;
  EXPECT_EQ(outcomes(), "interrupted\n");
  EXPECT_EQ(steps(), "cat_cow|hold|1|2|stopped|\n");
}

TEST_F(LogCli, ARunKilledMidSessionKeepsWhatWasDone) {
  const auto file = write("r.limber", routine);
  const pid_t pid = start({"run", "--speed", "10", file}, "run");
  ASSERT_TRUE(wait_until_rows("SELECT count(*) FROM steps", "1\n"));
  kill(pid, SIGKILL);
  EXPECT_EQ(wait_for_at_most_20s(pid), 128 + SIGKILL);
  EXPECT_EQ(rows("SELECT outcome, ended_at FROM sessions"), "-|-\n");
  EXPECT_EQ(steps(), "cat_cow|hold|1|2|done|\n");
  // The log stays usable.
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  EXPECT_EQ(outcomes(), "-\ncompleted\n");
}

TEST_F(LogCli, TwoRunsAtOnceBothLand) {
  const auto file = write("r.limber", routine);
  const pid_t first = start({"run", "--speed", "50", file}, "first");
  const pid_t second = start({"run", "--speed", "50", file}, "second");
  EXPECT_EQ(wait_for_at_most_20s(first), 0) << read(dir_ / "first.out");
  EXPECT_EQ(wait_for_at_most_20s(second), 0) << read(dir_ / "second.out");
  EXPECT_EQ(outcomes(), "completed\ncompleted\n")
      << read(dir_ / "first.out") << read(dir_ / "second.out");
  EXPECT_EQ(rows("SELECT count(*) FROM steps WHERE status = 'done'"), "6\n");
}

TEST_F(LogCli, DryRunsAndNoLogLeaveNoLog) {
  const auto file = write("r.limber", routine);
  ASSERT_EQ(limber({"run", "--dry-run", file}).exit_code, 0);
  ASSERT_EQ(limber({"run", "--no-log", "--speed", "100", file}).exit_code, 0);
  EXPECT_FALSE(fs::exists(dir_ / "data"));
  const CommandResult both = limber({"run", "--no-log", "--log", "x.db", file});
  EXPECT_EQ(both.exit_code, 2);
}

TEST_F(LogCli, ALogElsewhereWithLog) {
  const auto file = write("r.limber", routine);
  ASSERT_EQ(limber({"run", "--log", (dir_ / "mine.db").string(), "--speed", "100", file}).exit_code,
            0);
  EXPECT_FALSE(fs::exists(dir_ / "data"));
  EXPECT_EQ(rows("SELECT outcome FROM sessions", dir_ / "mine.db"), "completed\n");
}

TEST_F(LogCli, ADamagedLogStopsTheRunBeforeItStartsAndIsLeftAsItWas) {
  const auto file = write("r.limber", routine);
  const std::string junk = std::string(5000, 'x');
  const auto db = write("junk.db", junk);
  const CommandResult r = limber({"run", "--log", db, "--speed", "100", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "limber run: the session log " + db +
                       " is damaged or is not an SQLite database (it does not start with an "
                       "SQLite header). It was left exactly as it is: move it aside to start a "
                       "new log, or choose another file with --log PATH. The session was not "
                       "started; run with --no-log to do it without recording it.\n");
  EXPECT_EQ(read(db), junk);
  const CommandResult history = limber({"history", "--log", db});
  EXPECT_EQ(history.exit_code, 2);
  EXPECT_EQ(history.err.rfind("limber history: the session log " + db + " is damaged", 0), 0u)
      << history.err;
  EXPECT_EQ(read(db), junk);
}

TEST_F(LogCli, ALockedLogWaitsThenStopsTheRunAndIsLeftAsItWas) {
  const auto file = write("r.limber", routine);
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  const std::string before = read(log());
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(log().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
  const CommandResult r = limber({"run", "--speed", "100", file});
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "limber run: the session log " + log().string() +
                       " is in use by another program and stayed locked for 2 seconds; close "
                       "that program or try again. The session was not started; run with "
                       "--no-log to do it without recording it.\n");
  EXPECT_EQ(read(log()), before);
}

// A disk that fills up must not cost the sessions recorded before. As for `fmt --write`
// (cli_test.cpp), a file-size limit (`ulimit -f`, in 512-byte blocks for /bin/sh) makes the
// writes fail as a full disk would, with SIGXFSZ ignored so that they fail instead of killing.
// Below 32 KiB SQLite cannot even make its shared-memory index (the -shm file) beside the log,
// so the session cannot start; at 64 KiB it starts, and the write-ahead log outgrows the limit
// a few rounds into the session's forty.
TEST_F(LogCli, AFullDiskKeepsEverySessionRecordedBefore) {
  const auto file = write("r.limber", "hold cat_cow 1s x40\n");
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  const std::string before = read(log());
  const auto limited = [&](int blocks) {
    return testing::run_command("/bin/sh",
                                {"-c",
                                 "trap '' XFSZ; ulimit -f " + std::to_string(blocks) +
                                     "; exec \"$0\" run --speed 100 \"$1\" 2>&1 >/dev/null",
                                 LIMBER_BINARY, file});
  };
  const std::string too_big = "cannot write the session log " + log().string() +
                              ": it would grow past the largest file this system allows (ulimit "
                              "-f). The sessions recorded before are kept; raise the limit, or "
                              "choose another file with --log PATH";

  const CommandResult no_start = limited(40);
  EXPECT_EQ(no_start.exit_code, 2);
  EXPECT_EQ(no_start.out, "limber run: " + too_big +
                              ". The session was not started; run with --no-log to do it without "
                              "recording it.\n");
  EXPECT_TRUE(read(log()) == before) << "the log was changed";
  EXPECT_EQ(outcomes(), "completed\ncompleted\n");

  const CommandResult midway = limited(128);
  EXPECT_EQ(midway.exit_code, 2);
  EXPECT_EQ(midway.out, "limber run: the session log stopped being written during this session: " +
                            too_big + ". What came after is not recorded.\n");
  // The session began in the log and has no end; the two before it are whole.
  EXPECT_EQ(outcomes(), "completed\ncompleted\n-\n");
  EXPECT_EQ(
      rows("SELECT session_id, count(*) FROM steps WHERE session_id <= 2 GROUP BY session_id"),
      "1|40\n2|40\n");
  const CommandResult history = limber({"history", file});
  EXPECT_EQ(history.exit_code, 0) << history.err;
  EXPECT_NE(history.out.find("Completed: 2 of 3 sessions (66%)\n"), std::string::npos)
      << history.out;

  // With room again, the log takes the next session.
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  EXPECT_EQ(outcomes(), "completed\ncompleted\n-\ncompleted\n");
}

TEST_F(LogCli, HistoryShowsWhatWasRun) {
  const auto file = write("r.limber", "frequency 3..5 per week\n" + std::string(routine));
  EXPECT_EQ(limber({"history"}).out,
            "No sessions in the last 4 weeks in the session log " + log().string() + ".\n");
  EXPECT_FALSE(fs::exists(log())) << "history never creates a log";
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  ASSERT_EQ(limber({"run", "--speed", "100", file}).exit_code, 0);
  const CommandResult text = limber({"history", file});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(
      text.out.find("  " + fs::canonical(file).string() + "\nSessions per week (aim: 3 to 5)\n"),
      std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("  ██···  2  so far\nCompleted: 2 of 2 sessions (100%)\nPain: none "
                          "reported\nFlare-up days: none\n"),
            std::string::npos)
      << text.out;
  const CommandResult json = limber({"history", "--format", "json", "--weeks", "1", file});
  EXPECT_NE(json.out.find("\"sessions\":2,\"completed\":2,\"pain\":[],\"flare_up_days\":[],"
                          "\"warning\":null}]}\n"),
            std::string::npos)
      << json.out;
  EXPECT_EQ(limber({"history", write("other.limber", routine)}).out.rfind("No sessions of ", 0),
            0u);
}

TEST_F(LogCli, ARedFlagStopKeepsTheRoutinesFrequency) {
  const auto file = write("r.limber",
                          "routine \"Screened\" {\n"
                          "  frequency 3..5 per week\n"
                          "  screen urgent_care\n"
                          "  hold cat_cow 30s\n"
                          "}\n");
  ASSERT_EQ(limber({"run", "--screened", "--speed", "100", file}).exit_code, 0);
  // The first flag answered no, the second yes: the session stops before its first step.
  const CommandResult r =
      testing::run_on_terminal_with_input(LIMBER_BINARY, {"run", "--plain", file}, "n\ny\n");
  ASSERT_EQ(r.exit_code, 3) << r.out;
  EXPECT_EQ(rows("SELECT outcome, frequency_low, frequency_high FROM sessions ORDER BY id"),
            "completed|3|5\nred_flag|3|5\n");
  // The latest session says what the routine aims at.
  const CommandResult history = limber({"history", file});
  EXPECT_NE(history.out.find("Sessions per week (aim: 3 to 5)\n"), std::string::npos)
      << history.out;
}

TEST_F(LogCli, PlanAndRenderReadTheLogRunWrote) {
  const auto file = write("r.limber", "hold cat_cow 20s x2 progress +5s per week until 40s\n");
  const std::string mine = (dir_ / "mine.db").string();
  ASSERT_EQ(limber({"run", "--log", mine, "--speed", "100", file}).exit_code, 0);
  // As if that session had been two weeks and a day ago: week 3.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(mine.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE sessions SET started_at = started_at - 15 * 86400", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const CommandResult plan = limber({"plan", "--log", mine, file});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("progress: cat_cow, week 3: 30s; next: 35s from week 4"),
            std::string::npos)
      << plan.out;
  // The default log holds nothing: week 1 there.
  EXPECT_NE(limber({"plan", file}).out.find("week 1: 20s"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "data")) << "plan never creates a log";
  const CommandResult json = limber({"run", "--log", mine, "--dry-run", "--backend", "json", file});
  EXPECT_NE(json.out.find("week 3: 30s"), std::string::npos) << json.out;
  // render reads the progression the same way (render_test.cpp measures what it writes).
  const CommandResult render = limber({"render", "--help"});
  EXPECT_NE(render.out.find("--log TEXT"), std::string::npos) << render.out;
}

}  // namespace
}  // namespace limber
