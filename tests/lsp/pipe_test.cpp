// The real binary over real pipes: framing, a malformed message, and a clean exit.

#include <gtest/gtest.h>

#include "lsp_process.hpp"

namespace limber::testing {
namespace {

using lsp::Json;

TEST(LspPipes, ConversationWithTheBinary) {
  LspProcess server(LIMBER_BINARY);
  server.send({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", {{"processId", nullptr}, {"capabilities", Json::object()}}}});
  const auto initialized = server.receive();
  ASSERT_TRUE(initialized);
  EXPECT_EQ((*initialized)["id"], 1);
  EXPECT_EQ((*initialized)["result"]["serverInfo"]["name"], "limber");

  // A body that is not JSON is answered, and the server reads on.
  server.write_raw("Content-Length: 9\r\n\r\n{\"id\": 2,");
  const auto parse_error = server.receive();
  ASSERT_TRUE(parse_error);
  EXPECT_EQ((*parse_error)["error"]["code"], -32700);
  EXPECT_EQ((*parse_error)["id"], nullptr);

  // A header without a length, then a proper message.
  server.write_raw("Content-Type: text/plain\r\n\r\n");
  const auto invalid = server.receive();
  ASSERT_TRUE(invalid);
  EXPECT_EQ((*invalid)["error"]["code"], -32600);

  server.send({{"jsonrpc", "2.0"},
               {"method", "textDocument/didOpen"},
               {"params",
                {{"textDocument",
                  {{"uri", "file:///nowhere/a.limber"},
                   {"languageId", "limber"},
                   {"version", 1},
                   {"text", "hold cat_cw 30s\n"}}}}}});
  const auto published = server.receive();
  ASSERT_TRUE(published);
  EXPECT_EQ((*published)["method"], "textDocument/publishDiagnostics");
  ASSERT_EQ((*published)["params"]["diagnostics"].size(), 1u);
  EXPECT_EQ((*published)["params"]["diagnostics"][0]["code"], "unknown-exercise");

  server.send({{"jsonrpc", "2.0"},
               {"id", 3},
               {"method", "textDocument/hover"},
               {"params",
                {{"textDocument", {{"uri", "file:///nowhere/a.limber"}}},
                 {"position", {{"line", 0}, {"character", 1}}}}}});
  const auto hover = server.receive();
  ASSERT_TRUE(hover);
  EXPECT_EQ((*hover)["id"], 3);
  EXPECT_EQ((*hover)["result"]["contents"]["kind"], "markdown");

  server.send({{"jsonrpc", "2.0"}, {"id", 4}, {"method", "shutdown"}});
  const auto shutdown = server.receive();
  ASSERT_TRUE(shutdown);
  EXPECT_EQ((*shutdown)["result"], nullptr);
  server.send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  EXPECT_EQ(server.wait(), 0);
}

TEST(LspPipes, EndOfInputWithoutShutdownExitsWithOne) {
  LspProcess server(LIMBER_BINARY);
  EXPECT_EQ(server.wait(), 1);
}

}  // namespace
}  // namespace limber::testing
