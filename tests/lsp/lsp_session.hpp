#pragma once

// A conversation with the dispatcher, as an editor would hold it but without pipes: initialize,
// open documents, send requests and read back their results and the notifications sent.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../temp_folder.hpp"
#include "interpreter/lsp/dispatcher.hpp"

namespace limber::testing {

using lsp::Json;

// The replies of Dispatcher::handle() read back as JSON. Each body must be JSON, and exactly
// the text nlohmann::json's dump() writes for it (the server writes its big replies itself).
std::vector<Json> parsed(const std::vector<lsp::Message>& replies);

// In a folder of its own (tests/temp_folder.hpp), which also holds the server's library cache.
class LspSession : public TempFolderTest {
 protected:
  void SetUp() override;

  // A file:// URI for `name` in the test's own folder (unique per test and process).
  std::string uri(const std::string& name) const;
  // Writes `text` to `name` in the test's folder (for imports) and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& text) const;

  // Sends a message and returns every message the dispatcher answered with, read back from
  // the text it would send.
  std::vector<Json> send(const Json& message);
  // A request's result; fails the test on an error response.
  Json request(const std::string& method, const Json& params);
  // A request's whole response (for errors).
  Json response(const std::string& method, const Json& params);
  // didOpen; returns the diagnostics published for it.
  Json open(const std::string& uri, const std::string& text);
  // didChange with the whole text; returns the diagnostics published for it.
  Json change(const std::string& uri, const std::string& text);

  static Json at(const std::string& uri, unsigned line, unsigned character);

  std::unique_ptr<lsp::Dispatcher> server_;
  int next_id_ = 1;
  int version_ = 1;
};

}  // namespace limber::testing
