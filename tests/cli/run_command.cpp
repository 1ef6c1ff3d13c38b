#include "run_command.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace limber::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Starts `program args…` with `env` added, on a new pseudo-terminal whose controlling side is
// returned in `terminal`.
pid_t spawn_on_terminal(const std::string& program, const std::vector<std::string>& args,
                        const std::vector<std::string>& env, int& terminal, int columns = 0) {
  winsize size{};
  size.ws_col = static_cast<unsigned short>(columns);
  size.ws_row = 24;
  const pid_t pid = forkpty(&terminal, nullptr, nullptr, columns > 0 ? &size : nullptr);
  if (pid < 0) throw std::runtime_error("cannot open a pseudo-terminal");
  if (pid == 0) {
    for (const auto& setting : env) putenv(const_cast<char*>(setting.c_str()));
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

// Everything the program writes to the terminal until it exits, and its exit code.
CommandResult read_to_the_end(int terminal, pid_t pid) {
  CommandResult result;
  char buffer[4096];
  for (;;) {
    const ssize_t n = read(terminal, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO once the program has exited and closed its side
    result.out.append(buffer, static_cast<std::size_t>(n));
  }
  close(terminal);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace

CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::string& input) {
  // Files rather than pipes: nothing can block on a full pipe, whatever the program prints.
  const auto dir = std::filesystem::temp_directory_path();
  const std::string stem = "limber_cli_" + std::to_string(getpid());
  const auto in_path = dir / (stem + ".in");
  const auto out_path = dir / (stem + ".out");
  const auto err_path = dir / (stem + ".err");
  std::ofstream(in_path, std::ios::binary) << input;

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot start " + program);
  int status = 0;
  waitpid(pid, &status, 0);

  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  std::filesystem::remove(in_path);
  std::filesystem::remove(out_path);
  std::filesystem::remove(err_path);
  return result;
}

CommandResult run_on_terminal(const std::string& program, const std::vector<std::string>& args,
                              const std::vector<std::string>& env) {
  int terminal = -1;
  const pid_t pid = spawn_on_terminal(program, args, env, terminal);
  return read_to_the_end(terminal, pid);
}

CommandResult run_on_terminal_with_input(const std::string& program,
                                         const std::vector<std::string>& args,
                                         const std::string& input,
                                         const std::vector<std::string>& env) {
  int terminal = -1;
  const pid_t pid = spawn_on_terminal(program, args, env, terminal);
  const std::string typed = input + "\x04";
  for (std::size_t written = 0; written < typed.size();) {
    const ssize_t n = write(terminal, typed.data() + written, typed.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  return read_to_the_end(terminal, pid);
}

CommandResult run_on_terminal_conversation(
    const std::string& program, const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& steps, double timeout_s, int columns) {
  int terminal = -1;
  const pid_t pid = spawn_on_terminal(program, args, {}, terminal, columns);
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(timeout_s));
  CommandResult result;
  std::size_t step = 0;
  std::size_t searched_from = 0;  // each wait looks only at what came after the last one
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd watched{terminal, POLLIN, 0};
    if (left.count() <= 0 || poll(&watched, 1, static_cast<int>(left.count())) == 0) {
      kill(pid, SIGKILL);
      result.out += "[timed out]";
      break;
    }
    const ssize_t n = read(terminal, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO once the program has exited and closed its side
    result.out.append(buffer, static_cast<std::size_t>(n));
    while (step < steps.size()) {
      const std::size_t found = result.out.find(steps[step].first, searched_from);
      if (found == std::string::npos) break;
      searched_from = found + steps[step].first.size();
      const std::string& keys = steps[step++].second;
      if (write(terminal, keys.data(), keys.size()) < 0) break;
    }
  }
  close(terminal);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

CommandResult run_on_terminal_typing_after(const std::string& program,
                                           const std::vector<std::string>& args,
                                           const std::string& wait_for, const std::string& keys,
                                           double timeout_s) {
  return run_on_terminal_conversation(program, args, {{wait_for, keys}}, timeout_s);
}

}  // namespace limber::testing
