#pragma once

// The real `limber lsp` on the other end of two pipes: framed messages written to its stdin,
// framed messages read from its stdout, with a deadline so a silent server fails the test.

#include <sys/types.h>

#include <optional>
#include <string>

#include "interpreter/lsp/json_rpc.hpp"

namespace limber::testing {

class LspProcess {
 public:
  explicit LspProcess(const std::string& binary);
  ~LspProcess();
  LspProcess(const LspProcess&) = delete;
  LspProcess& operator=(const LspProcess&) = delete;

  void write_raw(const std::string& bytes);
  void send(const lsp::Json& message);
  // The next message, or none when nothing complete arrives within `timeout_ms`.
  std::optional<lsp::Json> receive(int timeout_ms = 10'000);
  // Closes stdin and waits for the exit code (-1 if it was killed or did not exit in time).
  int wait(int timeout_ms = 10'000);

 private:
  bool fill(int timeout_ms);

  pid_t pid_ = -1;
  int to_server_ = -1;
  int from_server_ = -1;
  std::string buffer_;
};

}  // namespace limber::testing
