// Times a whole process, run after run, for bench/run and the bench/*.sh scripts: the wall time
// of each run from just before its fork to just after wait4 returns, and the peak resident set
// size from wait4's rusage (which, like GNU time's %M, is the largest of the process and the
// descendants it waited for). A shell's `date` around GNU time adds a millisecond or two of
// forks and execs to every run, which is nothing on a 0.3 s parse but most of a 3 ms start-up.
//
// Usage: limber_proc_time [-n RUNS] [--warmup N] [--stdout FILE] [--stderr FILE] -- COMMAND...
// The command's output goes to /dev/null unless --stdout/--stderr name a file (each run
// truncates it, so the file holds the last run's). Prints one line of key=value pairs:
//   runs=5 min_us=… median_us=… max_us=… cpu_median_us=… rss_kib=… exit=0
// where cpu_median_us is the median of the runs' CPU time (user + system, from wait4: on a
// machine shared with other work it shows what the wall time cost apart from waiting), rss_kib is
// the largest peak over the counted runs and exit the first non-zero exit status among them (128 +
// N for a signal), 0 when every run succeeded. Exit status: 0 when every run was started (whatever
// the command's own exit codes), 2 for bad arguments, 1 when a run could not be started.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Run {
  long long wall_us = 0;
  long long cpu_us = 0;
  long rss_kib = 0;
  int status = 0;  // the exit code, or 128 + the signal
};

int usage() {
  std::fprintf(stderr,
               "usage: limber_proc_time [-n RUNS] [--warmup N] [--stdout FILE] [--stderr FILE] "
               "-- COMMAND...\n");
  return 2;
}

bool run_once(char** command, const std::string& out, const std::string& err, Run& run) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    const int in = open("/dev/null", O_RDONLY);
    const int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = err == out ? o : open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || o < 0 || e < 0) _exit(126);
    dup2(in, STDIN_FILENO);
    dup2(o, STDOUT_FILENO);
    dup2(e, STDERR_FILENO);
    execvp(command[0], command);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) return false;
  const auto end = std::chrono::steady_clock::now();
  run.wall_us = std::chrono::duration_cast<std::chrono::microseconds>(end - start).count();
  run.rss_kib = usage.ru_maxrss;  // KiB on Linux
  run.cpu_us = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000LL +
               usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run.status != 127 && run.status != 126;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  int warmup = 1;
  std::string out = "/dev/null";
  std::string err = "/dev/null";
  int i = 1;
  for (; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (i + 1 >= argc) return usage();
    if (arg == "-n") {
      runs = std::atoi(argv[++i]);
    } else if (arg == "--warmup") {
      warmup = std::atoi(argv[++i]);
    } else if (arg == "--stdout") {
      out = argv[++i];
    } else if (arg == "--stderr") {
      err = argv[++i];
    } else {
      return usage();
    }
  }
  if (i >= argc || runs < 1 || warmup < 0) return usage();
  char** command = argv + i;

  std::vector<Run> counted;
  for (int n = 0; n < warmup + runs; ++n) {
    Run run;
    if (!run_once(command, out, err, run)) {
      std::fprintf(stderr, "limber_proc_time: cannot run %s\n", command[0]);
      return 1;
    }
    if (n >= warmup) counted.push_back(run);
  }
  std::vector<long long> walls;
  std::vector<long long> cpus;
  long rss = 0;
  int status = 0;
  for (const Run& run : counted) {
    walls.push_back(run.wall_us);
    cpus.push_back(run.cpu_us);
    rss = std::max(rss, run.rss_kib);
    if (status == 0) status = run.status;
  }
  std::sort(walls.begin(), walls.end());
  std::sort(cpus.begin(), cpus.end());
  // The median of an even count is the lower middle one, as the scripts' `sed -n` picks it.
  std::printf(
      "runs=%d min_us=%lld median_us=%lld max_us=%lld cpu_median_us=%lld rss_kib=%ld exit=%d\n",
      runs, walls.front(), walls[(walls.size() - 1) / 2], walls.back(), cpus[(cpus.size() - 1) / 2],
      rss, status);
  return 0;
}
