// The protocol around the features: initialize, errors for what cannot be answered, the order
// of shutdown and exit.

#include <gtest/gtest.h>

#include "interpreter/lsp/dispatcher.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

using lsp::Dispatcher;
using lsp::ServerOptions;

Json request(int id, const std::string& method, Json params = Json::object()) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

Json notification(const std::string& method, Json params = Json::object()) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

TEST(Lifecycle, InitializeAnnouncesEveryCapability) {
  Dispatcher server(ServerOptions{});
  const auto replies =
      parsed(server.handle(request(1, "initialize", {{"capabilities", Json::object()}})));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["id"], 1);
  const Json& result = replies[0]["result"];
  EXPECT_EQ(result["serverInfo"]["name"], "limber");
  const Json& capabilities = result["capabilities"];
  EXPECT_EQ(capabilities["textDocumentSync"]["change"], 1);
  EXPECT_EQ(capabilities["textDocumentSync"]["openClose"], true);
  EXPECT_EQ(capabilities["completionProvider"]["triggerCharacters"], Json::array({" "}));
  for (const char* provider : {"hoverProvider", "documentFormattingProvider", "definitionProvider",
                               "documentSymbolProvider", "inlayHintProvider"}) {
    EXPECT_EQ(capabilities[provider], true) << provider;
  }
  EXPECT_EQ(capabilities["codeActionProvider"]["codeActionKinds"], Json::array({"quickfix"}));
  EXPECT_TRUE(capabilities["codeLensProvider"].is_object());
}

TEST(Lifecycle, RequestBeforeInitializeIsRefused) {
  Dispatcher server(ServerOptions{});
  const auto replies = parsed(server.handle(request(7, "textDocument/hover")));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["id"], 7);
  EXPECT_EQ(replies[0]["error"]["code"], -32002);
}

TEST(Lifecycle, NotificationBeforeInitializeIsDropped) {
  Dispatcher server(ServerOptions{});
  EXPECT_TRUE(server
                  .handle(notification(
                      "textDocument/didOpen",
                      {{"textDocument",
                        {{"uri", "file:///a.limber"}, {"version", 1}, {"text", "rest 5s"}}}}))
                  .empty());
}

TEST_F(LspSession, UnknownRequestIsMethodNotFound) {
  const Json reply = response("textDocument/rename", at(uri("a.limber"), 0, 0));
  EXPECT_EQ(reply["error"]["code"], -32601);
  EXPECT_EQ(reply["error"]["message"], "no such method: textDocument/rename");
}

TEST_F(LspSession, UnknownNotificationIsIgnored) {
  EXPECT_TRUE(
      send({{"jsonrpc", "2.0"}, {"method", "$/setTrace"}, {"params", Json::object()}}).empty());
}

TEST_F(LspSession, RequestOnADocumentThatIsNotOpenIsInvalidParams) {
  const Json reply = response("textDocument/hover", at(uri("closed.limber"), 0, 0));
  EXPECT_EQ(reply["error"]["code"], -32602);
}

TEST_F(LspSession, RequestWithParamsOfTheWrongShapeIsInvalidParams) {
  open(uri("a.limber"), "rest 5s\n");
  const Json reply = response("textDocument/hover",
                              {{"textDocument", {{"uri", uri("a.limber")}}}, {"position", 3}});
  EXPECT_EQ(reply["error"]["code"], -32602);
}

TEST_F(LspSession, MessageWithoutMethodIsAnInvalidRequest) {
  const auto replies = send({{"jsonrpc", "2.0"}, {"id", 5}});
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["id"], 5);
  EXPECT_EQ(replies[0]["error"]["code"], -32600);
}

TEST_F(LspSession, MessageThatIsNotAnObjectIsAnInvalidRequest) {
  const auto replies = send(Json::array({1, 2}));
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["id"], nullptr);
  EXPECT_EQ(replies[0]["error"]["code"], -32600);
}

TEST_F(LspSession, ShutdownThenExitEndsWithZero) {
  EXPECT_EQ(request("shutdown", nullptr), nullptr);
  EXPECT_FALSE(server_->exit_code());
  // After shutdown only exit is honoured.
  EXPECT_EQ(response("textDocument/hover", at(uri("a.limber"), 0, 0))["error"]["code"], -32600);
  send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  EXPECT_EQ(server_->exit_code(), 0);
}

TEST_F(LspSession, ExitWithoutShutdownEndsWithOne) {
  send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  EXPECT_EQ(server_->exit_code(), 1);
}

TEST_F(LspSession, ClosingADocumentClearsItsDiagnostics) {
  ASSERT_EQ(open(uri("a.limber"), "hold cat_cw 30s\n").size(), 1u);
  const auto replies = send({{"jsonrpc", "2.0"},
                             {"method", "textDocument/didClose"},
                             {"params", {{"textDocument", {{"uri", uri("a.limber")}}}}}});
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["params"], (Json{{"uri", uri("a.limber")}, {"diagnostics", Json::array()}}));
  EXPECT_EQ(response("textDocument/hover", at(uri("a.limber"), 0, 0))["error"]["code"], -32602);
}

}  // namespace
}  // namespace limber::testing
