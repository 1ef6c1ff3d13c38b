#include "lsp_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace limber::testing {

LspProcess::LspProcess(const std::string& binary) {
  int in[2];
  int out[2];
  if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    execl(binary.c_str(), binary.c_str(), "lsp", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  to_server_ = in[1];
  from_server_ = out[0];
  // A server that dies must fail the test, not kill it with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
}

LspProcess::~LspProcess() {
  if (to_server_ >= 0) close(to_server_);
  if (from_server_ >= 0) close(from_server_);
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

void LspProcess::write_raw(const std::string& bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(to_server_, bytes.data() + written, bytes.size() - written);
    if (n <= 0) throw std::runtime_error("the server stopped reading");
    written += static_cast<std::size_t>(n);
  }
}

void LspProcess::send(const lsp::Json& message) {
  const std::string body = message.dump();
  write_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

bool LspProcess::fill(int timeout_ms) {
  pollfd fd{from_server_, POLLIN, 0};
  if (poll(&fd, 1, timeout_ms) <= 0) return false;
  char chunk[65536];
  const ssize_t n = read(from_server_, chunk, sizeof chunk);
  if (n <= 0) return false;
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

std::optional<lsp::Json> LspProcess::receive(int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  const auto left = [&] {
    return static_cast<int>(std::max<long>(0, std::chrono::duration_cast<std::chrono::milliseconds>(
                                                  deadline - std::chrono::steady_clock::now())
                                                  .count()));
  };
  while (true) {
    const std::size_t header_end = buffer_.find("\r\n\r\n");
    if (header_end != std::string::npos) {
      const std::size_t at = buffer_.find("Content-Length: ");
      const std::size_t length = std::stoul(buffer_.substr(at + 16, header_end - at - 16));
      if (buffer_.size() >= header_end + 4 + length) {
        const std::string body = buffer_.substr(header_end + 4, length);
        buffer_.erase(0, header_end + 4 + length);
        return lsp::Json::parse(body);
      }
    }
    if (left() == 0 || !fill(left())) return std::nullopt;
  }
}

int LspProcess::wait(int timeout_ms) {
  close(to_server_);
  to_server_ = -1;
  for (int waited = 0; waited <= timeout_ms; waited += 10) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return -1;
}

}  // namespace limber::testing
