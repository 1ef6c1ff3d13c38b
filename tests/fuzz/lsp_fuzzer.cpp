// libFuzzer target for the language server's message handling, without a transport: after an
// `initialize`, the input is read as JSON-RPC messages and handed to the Dispatcher one by one.
// Input that starts with `Content-Length` is read as LSP frames (read_frame, as `limber lsp`
// reads stdin, malformed frames included); any other input is one message per line. Nothing may
// crash, every reply must be JSON text that nlohmann::json reads back (it throws on invalid
// UTF-8, which an editor would reject too, and on any slip of the server's own JSON writer), and
// every request gets exactly one response, with its own id.
//
// The library modules that "go to definition" writes go to a scratch folder of the fuzzer's.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "interpreter/lsp/dispatcher.hpp"
#include "interpreter/lsp/framing.hpp"
#include "targets.hpp"

namespace {

using limber::lsp::Json;

constexpr const char* target = "lsp_fuzzer";
constexpr std::size_t max_input = 1u << 20;

bool valid_id(const Json& id) {
  return id.is_string() || id.is_number_integer();
}

// How many responses (messages without a method) the message must get, and with which id.
struct Expected {
  std::size_t responses = 0;
  Json id;
};

Expected expected(const Json& message) {
  if (!message.is_object()) return {1, nullptr};
  const bool has_id = message.contains("id");
  const auto method = message.find("method");
  if (method == message.end() || !method->is_string()) {
    // A response from the client needs no answer; anything else without a method is invalid.
    if (has_id && (message.contains("result") || message.contains("error"))) return {0, {}};
    const Json id = has_id && valid_id(message["id"]) ? message["id"] : Json(nullptr);
    return {1, id};
  }
  if (!has_id) return {0, {}};  // a notification
  return {1, valid_id(message["id"]) ? message["id"] : Json(nullptr)};
}

// The replies, read back from the text the server would send.
void check_replies(const Json& message, const std::vector<limber::lsp::Message>& sent) {
  const Expected want = expected(message);
  std::size_t responses = 0;
  for (const limber::lsp::Message& text : sent) {
    Json reply = Json::parse(text.body(), nullptr, /*allow_exceptions=*/false);
    if (reply.is_discarded()) {
      limber::fuzz::fail(target, "a reply that is not JSON: " + std::string(text.body()));
    }
    // The text nlohmann::json would write for it, byte for byte, as the server wrote before it
    // wrote its big replies itself.
    if (reply.dump() != text.body()) {
      limber::fuzz::fail(target,
                         "a reply not written as dump() writes it: " + std::string(text.body()));
    }
    if (reply.contains("method")) continue;
    ++responses;
    if (!reply.contains("id") || reply["id"] != want.id) {
      limber::fuzz::fail(
          target, "a response with the wrong id: " + reply.dump() + " for " + message.dump());
    }
  }
  if (responses != want.responses) {
    limber::fuzz::fail(target, std::to_string(responses) + " responses (expected " +
                                   std::to_string(want.responses) + ") to " + message.dump());
  }
}

// The messages of the input, in order; a malformed frame gives its error response instead.
struct Item {
  std::optional<Json> message;
  std::optional<Json> error_response;
};

std::vector<Item> messages(std::string_view input) {
  std::vector<Item> items;
  if (input.starts_with("Content-Length")) {
    std::istringstream in{std::string(input)};
    while (true) {
      limber::lsp::Frame frame = limber::lsp::read_frame(in);
      if (frame.kind == limber::lsp::Frame::Kind::end) break;
      if (frame.kind == limber::lsp::Frame::Kind::malformed) {
        items.push_back({std::nullopt, std::move(frame.error_response)});
      } else {
        items.push_back({std::move(frame.message), std::nullopt});
      }
    }
    return items;
  }
  while (!input.empty()) {
    const std::size_t end = input.find('\n');
    const std::string_view line = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
    Json message = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!message.is_discarded()) items.push_back({std::move(message), std::nullopt});
  }
  return items;
}

}  // namespace

int limber::fuzz::lsp_one(const std::uint8_t* data, std::size_t size) {
  if (size > max_input) return -1;
  static const std::filesystem::path cache = limber::fuzz::scratch_folder() / "cache";

  limber::lsp::ServerOptions options;
  options.cache_folder = cache;
  limber::lsp::Dispatcher dispatcher(std::move(options));
  const Json initialize = {
      {"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", Json::object()}};
  check_replies(initialize, dispatcher.handle(initialize));

  for (const Item& item : messages(std::string_view(reinterpret_cast<const char*>(data), size))) {
    if (item.error_response) {
      (void)item.error_response->dump();
      continue;
    }
    check_replies(*item.message, dispatcher.handle(Json(*item.message)));
    if (dispatcher.exit_code()) break;
  }
  return 0;
}

LIMBER_FUZZ_ENTRY(limber::fuzz::lsp_one)
