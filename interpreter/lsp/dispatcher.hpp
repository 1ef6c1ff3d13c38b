#pragma once

// The language server without a transport: one parsed JSON-RPC message in, the messages to send
// back out (the response, and notifications such as publishDiagnostics), each as its framed
// text. Tests drive it with JSON values and read the replies' bodies back as JSON; server.cpp
// puts it between stdin and stdout.

#include <optional>
#include <vector>

#include "interpreter/lsp/documents.hpp"
#include "interpreter/lsp/framing.hpp"
#include "interpreter/lsp/json_rpc.hpp"
#include "interpreter/lsp/workspace.hpp"

namespace limber::lsp {

class Dispatcher {
 public:
  explicit Dispatcher(ServerOptions options);

  // Never throws: a handler's failure is answered with an error response (for a request) or
  // dropped (for a notification). The message is taken by value so that a document's text can
  // be moved out of it rather than copied.
  std::vector<Message> handle(Json message);

  // Set once `exit` has arrived: 0 after `shutdown`, 1 without it.
  std::optional<int> exit_code() const { return exit_code_; }
  bool shut_down() const { return shut_down_; }

 private:
  Message request(const Json& id, const std::string& method, const Json& params);
  std::optional<Message> notified(const std::string& method, Json& params);
  Json answer(const std::string& method, const Json& params);
  // The answers written as text, not built as JSON (those that can be large); none for others.
  std::optional<Message> written_answer(const Json& id, const std::string& method,
                                        const Json& params);
  const Document& document(const Json& params) const;

  Workspace workspace_;
  Documents documents_;
  bool initialized_ = false;
  bool shut_down_ = false;
  std::optional<int> exit_code_;
};

// The `initialize` result: what the server can do, and its name and version.
Json server_capabilities();

}  // namespace limber::lsp
