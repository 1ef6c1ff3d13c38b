// How long an editor waits for diagnostics: the time from writing a `textDocument/didChange` to
// `limber lsp` until its `publishDiagnostics` for that version has been read back, through real
// pipes, on a generated document of 2,000 lines (full-text sync, as the server asks for).
//
// Like the parse benchmark's generator it links nothing of limber: it is a client, and measures
// the binary from the outside.
//
// After each change it also times what an editor asks next, the inlay hints of the whole
// document (a plan of every routine).
//
// With --open FILE it measures a document's size instead (bench/run's scaling table): a new
// server opens FILE's text once, timed from writing `didOpen` until its `publishDiagnostics`
// has been read back, the message built and JSON-encoded before the clock starts.
//
// Usage: limber_lsp_latency LIMBER [--lines N] [--iterations N]
//        limber_lsp_latency LIMBER --open FILE
// Prints min, median and p99 in milliseconds, and the server's peak resident memory (from
// wait4 once it has exited); with --open one line of key=value pairs:
//   bytes=… open_ms=… diagnostics=… server_rss_kib=…

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// A routine file a therapist could have written, repeated to the length asked: routines of
// sections of steps on prelude exercises, with the doses in their recommended ranges.
std::string document(int lines, int variant) {
  const char* steps[] = {"    hold cat_cow 30s x2", "    reps pelvic_tilt 10 x2",
                         "    hold figure_four 30s x2 each side",
                         "    hold bird_dog 15s x2 each side", "    rest 30s"};
  std::string out = "# Generated for bench/lsp_latency.cpp\n";
  int written = 1;
  for (int routine = 1; written < lines; ++routine) {
    out += "routine \"Routine " + std::to_string(routine) + "\" {\n";
    out += "  warmup march_in_place 2min\n";
    written += 2;
    for (int section = 1; section <= 6 && written + 8 < lines; ++section) {
      out += "  section \"Block " + std::to_string(section) + "\" {\n";
      for (const char* step : steps) out += std::string(step) + "\n";
      out += "  }\n";
      written += 7;
    }
    out += "}\n";
    ++written;
  }
  // The edit: one dose changes, as when a therapist retypes a number.
  const std::size_t at = out.find("cat_cow 30s");
  if (variant % 2 == 1 && at != std::string::npos) out.replace(at, 11, "cat_cow 20s");
  return out;
}

class Server {
 public:
  explicit Server(const std::string& binary) {
    int in[2];
    int out[2];
    if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(in[0], STDIN_FILENO);
      dup2(out[1], STDOUT_FILENO);
      close(in[1]);
      close(out[0]);
      execl(binary.c_str(), binary.c_str(), "lsp", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
  }
  ~Server() { finish(); }

  // Closes the pipes, waits for the server to exit and returns its peak resident set size in
  // KiB (0 when it had already been waited for).
  long finish() {
    if (pid_ < 0) return 0;
    close(to_);
    close(from_);
    rusage usage{};
    wait4(pid_, nullptr, 0, &usage);
    pid_ = -1;
    return usage.ru_maxrss;
  }

  static std::string frame(const Json& message) {
    const std::string body = message.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  }

  void send(const Json& message) { send_frame(frame(message)); }

  void send_frame(const std::string& frame) {
    for (std::size_t done = 0; done < frame.size();) {
      const ssize_t n = write(to_, frame.data() + done, frame.size() - done);
      if (n <= 0) throw std::runtime_error("the server stopped reading");
      done += static_cast<std::size_t>(n);
    }
  }

  Json receive() {
    while (true) {
      const std::size_t header_end = buffer_.find("\r\n\r\n");
      if (header_end != std::string::npos) {
        const std::size_t length = std::stoul(buffer_.substr(16, header_end - 16));
        if (buffer_.size() >= header_end + 4 + length) {
          Json message = Json::parse(buffer_.substr(header_end + 4, length));
          buffer_.erase(0, header_end + 4 + length);
          return message;
        }
      }
      pollfd fd{from_, POLLIN, 0};
      if (poll(&fd, 1, timeout_ms) <= 0) {
        throw std::runtime_error("no answer within " + std::to_string(timeout_ms / 1000) + " s");
      }
      char chunk[1 << 16];
      const ssize_t n = read(from_, chunk, sizeof chunk);
      if (n <= 0) throw std::runtime_error("the server closed its output");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  // Reads until the diagnostics of `version` arrive.
  Json diagnostics_of(int version) {
    while (true) {
      Json message = receive();
      if (message.value("method", "") == "textDocument/publishDiagnostics" &&
          message["params"].value("version", -1) == version) {
        return message["params"]["diagnostics"];
      }
    }
  }

 private:
  pid_t pid_ = -1;
  int to_ = -1;
  int from_ = -1;
  std::string buffer_;

 public:
  int timeout_ms = 10'000;
};

void initialize(Server& server) {
  server.send({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", {{"processId", nullptr}, {"capabilities", Json::object()}}}});
  server.receive();
  server.send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});
}

void shut_down(Server& server) {
  server.send({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
  server.receive();
  server.send({{"jsonrpc", "2.0"}, {"method", "exit"}});
}

// --open FILE: one didOpen of the file's text, timed to its diagnostics.
int open_file(const char* binary, const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "limber_lsp_latency: cannot read %s\n", path);
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  Server server(binary);
  server.timeout_ms = 600'000;  // a 50 MB document takes a while
  initialize(server);
  const std::string uri = "file:///tmp/limber-lsp-open.limber";
  const std::string message = Server::frame(
      {{"jsonrpc", "2.0"},
       {"method", "textDocument/didOpen"},
       {"params",
        {{"textDocument",
          {{"uri", uri}, {"languageId", "limber"}, {"version", 0}, {"text", text.str()}}}}}});
  const auto start = Clock::now();
  server.send_frame(message);
  const Json diagnostics = server.diagnostics_of(0);
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  shut_down(server);
  const long rss = server.finish();
  std::printf("bytes=%zu open_ms=%.3f diagnostics=%zu server_rss_kib=%ld\n", text.str().size(), ms,
              diagnostics.size(), rss);
  return 0;
}

double percentile(std::vector<double> sorted, double p) {
  const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: limber_lsp_latency LIMBER [--lines N] [--iterations N]\n");
    return 2;
  }
  int lines = 2000;
  int iterations = 300;
  const char* open = nullptr;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string_view option = argv[i];
    if (option == "--lines") lines = std::atoi(argv[i + 1]);
    if (option == "--iterations") iterations = std::atoi(argv[i + 1]);
    if (option == "--open") open = argv[i + 1];
  }
  signal(SIGPIPE, SIG_IGN);
  if (open != nullptr) return open_file(argv[1], open);
  Server server(argv[1]);
  const std::string uri = "file:///tmp/limber-lsp-latency.limber";
  initialize(server);
  const std::string first = document(lines, 0);
  server.send({{"jsonrpc", "2.0"},
               {"method", "textDocument/didOpen"},
               {"params",
                {{"textDocument",
                  {{"uri", uri}, {"languageId", "limber"}, {"version", 0}, {"text", first}}}}}});
  const Json opened = server.diagnostics_of(0);

  // Both texts are built before the clock starts: only the server's work and the pipes count.
  const std::string texts[2] = {document(lines, 0), document(lines, 1)};
  std::vector<double> ms;
  std::vector<double> hint_ms;
  std::size_t hints = 0;
  for (int version = 1; version <= iterations; ++version) {
    const Json change = {{"jsonrpc", "2.0"},
                         {"method", "textDocument/didChange"},
                         {"params",
                          {{"textDocument", {{"uri", uri}, {"version", version}}},
                           {"contentChanges", Json::array({{{"text", texts[version % 2]}}})}}}};
    const auto start = Clock::now();
    server.send(change);
    server.diagnostics_of(version);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());

    // What an editor asks next: the inlay hints of the whole document (a plan per routine).
    const auto asked = Clock::now();
    server.send({{"jsonrpc", "2.0"},
                 {"id", 1000 + version},
                 {"method", "textDocument/inlayHint"},
                 {"params",
                  {{"textDocument", {{"uri", uri}}},
                   {"range",
                    {{"start", {{"line", 0}, {"character", 0}}},
                     {"end", {{"line", lines + 1}, {"character", 0}}}}}}}});
    hints = server.receive()["result"].size();
    hint_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - asked).count());
  }
  shut_down(server);
  const long rss = server.finish();

  std::sort(ms.begin(), ms.end());
  std::sort(hint_ms.begin(), hint_ms.end());
  std::printf("document: %d lines, %zu bytes, %zu diagnostics\n", lines, first.size(),
              opened.size());
  std::printf(
      "didChange -> publishDiagnostics over %d changes: min %.2f ms, median %.2f ms, "
      "p99 %.2f ms\n",
      iterations, ms.front(), percentile(ms, 0.5), percentile(ms, 0.99));
  std::printf("inlayHint (%zu hints) after each change: min %.2f ms, median %.2f ms, p99 %.2f ms\n",
              hints, hint_ms.front(), percentile(hint_ms, 0.5), percentile(hint_ms, 0.99));
  std::printf("server peak RSS: %ld KiB\n", rss);
  return 0;
}
