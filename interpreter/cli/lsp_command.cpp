// `limber lsp`: the language server on stdin and stdout. Nothing else is ever written to stdout,
// since every byte there is read by the editor as part of a message.

#include <iostream>
#include <memory>

#include "interpreter/cli/commands.hpp"
#include "interpreter/lsp/server.hpp"

namespace limber::cli {

void add_lsp_command(CLI::App& app, int& exit_code) {
  auto library = std::make_shared<LibraryOptions>();
  CLI::App* lsp = app.add_subcommand("lsp", "Run the language server on stdin and stdout");
  add_library_option(*lsp, *library);
  lsp->callback([library, &exit_code] {
    std::ios::sync_with_stdio(false);
    exit_code = lsp::serve(std::cin, std::cout, {check_options(*library)});
  });
}

}  // namespace limber::cli
