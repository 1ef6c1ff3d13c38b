#include "interpreter/lsp/dispatcher.hpp"

#include <exception>
#include <stdexcept>

#include "interpreter/lsp/code_actions.hpp"
#include "interpreter/lsp/completion.hpp"
#include "interpreter/lsp/definition.hpp"
#include "interpreter/lsp/diagnostics.hpp"
#include "interpreter/lsp/formatting.hpp"
#include "interpreter/lsp/hover.hpp"
#include "interpreter/lsp/symbols.hpp"
#include "interpreter/lsp/timing_hints.hpp"

namespace limber::lsp {

namespace {

constexpr int sync_full = 1;  // TextDocumentSyncKind.Full

// A request whose method the server does not have.
struct UnknownMethod : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A request whose params are not what the method needs.
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const std::string& uri_of(const Json& params) {
  return params.at("textDocument").at("uri").get_ref<const std::string&>();
}

bool valid_id(const Json& id) {
  return id.is_string() || id.is_number_integer();
}

}  // namespace

Json server_capabilities() {
  return {{"capabilities",
           {{"textDocumentSync", {{"openClose", true}, {"change", sync_full}, {"save", false}}},
            {"hoverProvider", true},
            {"completionProvider", {{"triggerCharacters", {" "}}, {"resolveProvider", false}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"documentFormattingProvider", true},
            {"definitionProvider", true},
            {"documentSymbolProvider", true},
            {"inlayHintProvider", true},
            {"codeLensProvider", {{"resolveProvider", false}}},
            {"positionEncoding", "utf-16"}}},
          {"serverInfo", {{"name", "limber"}, {"version", "0.1.0"}}}};
}

Dispatcher::Dispatcher(ServerOptions options)
    : workspace_(std::move(options)), documents_(workspace_.check_options()) {}

const Document& Dispatcher::document(const Json& params) const {
  const Document* found = documents_.find(uri_of(params));
  if (found == nullptr) throw InvalidParams("the document is not open: " + uri_of(params));
  return *found;
}

std::vector<Json> Dispatcher::handle(const Json& message) {
  if (!message.is_object()) {
    return {error_message(nullptr, error_code::invalid_request, "a message must be an object")};
  }
  const bool has_id = message.contains("id");
  const Json id = has_id ? message["id"] : Json(nullptr);
  const auto method = message.find("method");
  if (method == message.end() || !method->is_string()) {
    // A response from the client (to a request the server never sends) needs no answer.
    if (has_id && (message.contains("result") || message.contains("error"))) return {};
    return {error_message(valid_id(id) ? id : Json(nullptr), error_code::invalid_request,
                          "a request needs a method")};
  }
  const Json params = message.value("params", Json::object());
  if (!has_id) return notified(method->get<std::string>(), params);
  if (!valid_id(id)) {
    return {error_message(nullptr, error_code::invalid_request, "an id is a number or a string")};
  }
  return request(id, method->get<std::string>(), params);
}

std::vector<Json> Dispatcher::request(const Json& id, const std::string& method,
                                      const Json& params) {
  if (method == "initialize") {
    if (initialized_)
      return {error_message(id, error_code::invalid_request, "already initialized")};
    initialized_ = true;
    return {result_message(id, server_capabilities())};
  }
  if (!initialized_) {
    return {error_message(id, error_code::server_not_initialized, "initialize comes first")};
  }
  if (shut_down_) {
    return {error_message(id, error_code::invalid_after_shutdown, "the server is shutting down")};
  }
  if (method == "shutdown") {
    shut_down_ = true;
    return {result_message(id, nullptr)};
  }
  try {
    return {result_message(id, answer(method, params))};
  } catch (const UnknownMethod& e) {
    return {error_message(id, error_code::method_not_found, e.what())};
  } catch (const InvalidParams& e) {
    return {error_message(id, error_code::invalid_params, e.what())};
  } catch (const Json::exception& e) {
    return {error_message(id, error_code::invalid_params, e.what())};
  } catch (const std::exception& e) {
    return {error_message(id, error_code::internal_error, e.what())};
  } catch (...) {
    return {error_message(id, error_code::internal_error, "unexpected failure")};
  }
}

Json Dispatcher::answer(const std::string& method, const Json& params) {
  if (method == "textDocument/hover") {
    const Document& doc = document(params);
    return hover(*doc.current, Knowledge(doc, workspace_),
                 position_from_json(params.at("position")));
  }
  if (method == "textDocument/completion") {
    const Document& doc = document(params);
    return completion(*doc.current, Knowledge(doc, workspace_),
                      library_module_names(workspace_.check_options()),
                      position_from_json(params.at("position")));
  }
  if (method == "textDocument/codeAction") {
    return code_actions(*document(params).current, params.at("range"));
  }
  if (method == "textDocument/formatting") return formatting(*document(params).current);
  if (method == "textDocument/definition") {
    const Document& doc = document(params);
    return definition(*doc.current, Knowledge(doc, workspace_), workspace_,
                      position_from_json(params.at("position")));
  }
  if (method == "textDocument/documentSymbol") return document_symbols(*document(params).current);
  if (method == "textDocument/inlayHint") {
    return inlay_hints(*document(params).current, params.at("range"));
  }
  if (method == "textDocument/codeLens") return code_lenses(*document(params).current);
  throw UnknownMethod("no such method: " + method);
}

std::vector<Json> Dispatcher::notified(const std::string& method, const Json& params) {
  if (method == "exit") {
    exit_code_ = shut_down_ ? 0 : 1;
    return {};
  }
  // Before `initialize` every notification but `exit` is dropped, as the specification asks.
  if (!initialized_ || shut_down_) return {};
  try {
    if (method == "textDocument/didOpen") {
      const Json& item = params.at("textDocument");
      const Document& doc =
          documents_.open(item.at("uri").get<std::string>(), item.at("text").get<std::string>(),
                          item.value("version", 0));
      return {publish_diagnostics(*doc.current, doc.version)};
    }
    if (method == "textDocument/didChange") {
      const Document& doc = documents_.change(uri_of(params), params.at("contentChanges"),
                                              params.at("textDocument").value("version", 0));
      return {publish_diagnostics(*doc.current, doc.version)};
    }
    if (method == "textDocument/didClose") {
      const std::string uri = uri_of(params);
      documents_.close(uri);
      return {clear_diagnostics(uri)};
    }
  } catch (...) {
    // A notification has no answer to carry an error; a broken one changes nothing.
  }
  return {};
}

}  // namespace limber::lsp
