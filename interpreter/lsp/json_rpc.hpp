#pragma once

// The JSON-RPC 2.0 envelope the language server speaks: error codes, and the three kinds of
// message it sends (a result, an error, a notification).

#include <nlohmann/json.hpp>
#include <string_view>

namespace limber::lsp {

using Json = nlohmann::json;

// JSON-RPC's own codes, and LSP's for a request that comes before `initialize`.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int invalid_after_shutdown = -32600;
}  // namespace error_code

Json result_message(const Json& id, Json result);
// `id` is null when the request's own id could not be read (a parse error).
Json error_message(const Json& id, int code, std::string_view message);
Json notification(std::string_view method, Json params);

}  // namespace limber::lsp
