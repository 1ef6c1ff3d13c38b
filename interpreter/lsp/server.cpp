#include "interpreter/lsp/server.hpp"

#include <istream>
#include <ostream>

#include "interpreter/lsp/dispatcher.hpp"
#include "interpreter/lsp/framing.hpp"

namespace limber::lsp {

int serve(std::istream& in, std::ostream& out, ServerOptions options) {
  Dispatcher dispatcher(std::move(options));
  while (true) {
    Frame frame = read_frame(in);
    if (frame.kind == Frame::Kind::end) break;
    if (frame.kind == Frame::Kind::malformed) {
      write_frame(out, frame.error_response);
      continue;
    }
    for (const Message& reply : dispatcher.handle(std::move(frame.message))) {
      reply.write_to(out);
    }
    if (const auto code = dispatcher.exit_code()) return *code;
  }
  // The client went away without `exit`: clean after a shutdown, as an exit without one if not.
  return dispatcher.shut_down() ? 0 : 1;
}

}  // namespace limber::lsp
