#include "lsp_session.hpp"

#include <fstream>

#include "interpreter/lsp/uri.hpp"

namespace limber::testing {

std::vector<Json> parsed(const std::vector<lsp::Message>& replies) {
  std::vector<Json> out;
  for (const lsp::Message& reply : replies) {
    out.push_back(Json::parse(reply.body()));
    EXPECT_EQ(out.back().dump(), reply.body());
  }
  return out;
}

void LspSession::SetUp() {
  TempFolderTest::SetUp();
  server_ = std::make_unique<lsp::Dispatcher>(lsp::ServerOptions{{}, dir_ / "cache"});
  const auto replies =
      send({{"jsonrpc", "2.0"},
            {"id", 0},
            {"method", "initialize"},
            {"params", {{"processId", nullptr}, {"capabilities", Json::object()}}}});
  ASSERT_EQ(replies.size(), 1u);
  send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});
}

std::string LspSession::uri(const std::string& name) const {
  return lsp::uri_of_path((dir_ / name).string());
}

std::filesystem::path LspSession::write(const std::string& name, const std::string& text) const {
  const auto path = dir_ / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::vector<Json> LspSession::send(const Json& message) {
  return parsed(server_->handle(message));
}

Json LspSession::response(const std::string& method, const Json& params) {
  const auto replies =
      send({{"jsonrpc", "2.0"}, {"id", next_id_++}, {"method", method}, {"params", params}});
  EXPECT_EQ(replies.size(), 1u) << method;
  return replies.empty() ? Json() : replies.front();
}

Json LspSession::request(const std::string& method, const Json& params) {
  const Json reply = response(method, params);
  EXPECT_FALSE(reply.contains("error")) << reply.dump();
  return reply.value("result", Json());
}

namespace {

Json published(const std::vector<Json>& replies) {
  EXPECT_EQ(replies.size(), 1u);
  if (replies.empty()) return Json();
  EXPECT_EQ(replies.front()["method"], "textDocument/publishDiagnostics");
  return replies.front()["params"]["diagnostics"];
}

}  // namespace

Json LspSession::open(const std::string& uri, const std::string& text) {
  return published(send(
      {{"jsonrpc", "2.0"},
       {"method", "textDocument/didOpen"},
       {"params",
        {{"textDocument",
          {{"uri", uri}, {"languageId", "limber"}, {"version", version_++}, {"text", text}}}}}}));
}

Json LspSession::change(const std::string& uri, const std::string& text) {
  return published(send({{"jsonrpc", "2.0"},
                         {"method", "textDocument/didChange"},
                         {"params",
                          {{"textDocument", {{"uri", uri}, {"version", version_++}}},
                           {"contentChanges", Json::array({{{"text", text}}})}}}}));
}

Json LspSession::at(const std::string& uri, unsigned line, unsigned character) {
  return {{"textDocument", {{"uri", uri}}},
          {"position", {{"line", line}, {"character", character}}}};
}

}  // namespace limber::testing
