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

// result_message(id, result) with the result written by `write`: the keys in the order
// nlohmann::json keeps them (sorted).
template <typename Write>
Message result_written(const Json& id, Write&& write) {
  JsonWriter out = Message::writer();
  out.begin_object();
  out.key("id");
  out.value(id);
  out.key("jsonrpc");
  out.string("2.0");
  out.key("result");
  write(out);
  out.end_object();
  return Message(std::move(out));
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

std::optional<Message> Dispatcher::written_answer(const Json& id, const std::string& method,
                                                  const Json& params) {
  if (method == "textDocument/inlayHint") {
    // The range first, then the document, in the order the call before this one evaluated them:
    // a request with neither keeps getting the missing range's error.
    const Json& range = params.at("range");
    const Analysis& analysis = *document(params).current;
    return result_written(id, [&](JsonWriter& out) { write_inlay_hints(out, analysis, range); });
  }
  if (method == "textDocument/documentSymbol") {
    const Analysis& analysis = *document(params).current;
    return result_written(id, [&](JsonWriter& out) { write_document_symbols(out, analysis); });
  }
  return std::nullopt;
}

std::vector<Message> Dispatcher::handle(Json message) {
  std::vector<Message> replies;
  if (!message.is_object()) {
    replies.emplace_back(
        error_message(nullptr, error_code::invalid_request, "a message must be an object"));
    return replies;
  }
  const bool has_id = message.contains("id");
  const Json id = has_id ? message["id"] : Json(nullptr);
  const auto method = message.find("method");
  if (method == message.end() || !method->is_string()) {
    // A response from the client (to a request the server never sends) needs no answer.
    if (has_id && (message.contains("result") || message.contains("error"))) return replies;
    replies.emplace_back(error_message(valid_id(id) ? id : Json(nullptr),
                                       error_code::invalid_request, "a request needs a method"));
    return replies;
  }
  const std::string name = method->get<std::string>();
  // Moved out, not copied: a didOpen's params hold the whole text of the document.
  const auto found = message.find("params");
  Json params = found == message.end() ? Json::object() : std::move(*found);
  if (!has_id) {
    if (auto notice = notified(name, params)) replies.push_back(std::move(*notice));
    return replies;
  }
  if (!valid_id(id)) {
    replies.emplace_back(
        error_message(nullptr, error_code::invalid_request, "an id is a number or a string"));
    return replies;
  }
  replies.push_back(request(id, name, params));
  return replies;
}

Message Dispatcher::request(const Json& id, const std::string& method, const Json& params) {
  if (method == "initialize") {
    if (initialized_) {
      return Message(error_message(id, error_code::invalid_request, "already initialized"));
    }
    initialized_ = true;
    return Message(result_message(id, server_capabilities()));
  }
  if (!initialized_) {
    return Message(error_message(id, error_code::server_not_initialized, "initialize comes first"));
  }
  if (shut_down_) {
    return Message(
        error_message(id, error_code::invalid_after_shutdown, "the server is shutting down"));
  }
  if (method == "shutdown") {
    shut_down_ = true;
    return Message(result_message(id, nullptr));
  }
  try {
    if (auto written = written_answer(id, method, params)) return std::move(*written);
    return Message(result_message(id, answer(method, params)));
  } catch (const UnknownMethod& e) {
    return Message(error_message(id, error_code::method_not_found, e.what()));
  } catch (const InvalidParams& e) {
    return Message(error_message(id, error_code::invalid_params, e.what()));
  } catch (const Json::exception& e) {
    return Message(error_message(id, error_code::invalid_params, e.what()));
  } catch (const std::exception& e) {
    return Message(error_message(id, error_code::internal_error, e.what()));
  } catch (...) {
    return Message(error_message(id, error_code::internal_error, "unexpected failure"));
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
  if (method == "textDocument/codeLens") return code_lenses(*document(params).current);
  throw UnknownMethod("no such method: " + method);
}

std::optional<Message> Dispatcher::notified(const std::string& method, Json& params) {
  if (method == "exit") {
    exit_code_ = shut_down_ ? 0 : 1;
    return std::nullopt;
  }
  // Before `initialize` every notification but `exit` is dropped, as the specification asks.
  if (!initialized_ || shut_down_) return std::nullopt;
  try {
    if (method == "textDocument/didOpen") {
      Json& item = params.at("textDocument");
      std::string uri = item.at("uri").get<std::string>();
      const int version = item.value("version", 0);
      // The text is moved out of the message: one copy of a big document, not two.
      std::string text = std::move(item.at("text").get_ref<std::string&>());
      const Document& doc = documents_.open(uri, std::move(text), version);
      return publish_diagnostics(doc.current, doc.version);
    }
    if (method == "textDocument/didChange") {
      const int version = params.at("textDocument").value("version", 0);
      const Document& doc = documents_.change(uri_of(params), params.at("contentChanges"), version);
      return publish_diagnostics(doc.current, doc.version);
    }
    if (method == "textDocument/didClose") {
      const std::string uri = uri_of(params);
      documents_.close(uri);
      return Message(clear_diagnostics(uri));
    }
  } catch (...) {
    // A notification has no answer to carry an error; a broken one changes nothing.
  }
  return std::nullopt;
}

}  // namespace limber::lsp
