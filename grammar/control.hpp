#pragma once

// The PEGTL control of the limber grammar: raising a syntax error looks up its message in
// grammar/messages.hpp and throws a SyntaxError carrying the byte offset. A rule that can raise
// but has no message is a compile error, so no error ever reaches a user as a rule name.

#include <tao/pegtl.hpp>

#include "grammar/messages.hpp"
#include "grammar/recover.hpp"

namespace limber {

template <typename Rule>
struct control : tao::pegtl::normal<Rule> {
  // The offset is into the whole text (ParseState::offset), not into the input: a large file is
  // parsed in pieces, each its own input.
  template <typename ParseInput, typename State>
  [[noreturn]] static void raise(const ParseInput& in, State& state) {
    static_assert(never_fails<Rule> || !error_text<Rule>.message.empty(),
                  "this grammar rule can raise a syntax error but has no message in "
                  "grammar/messages.hpp");
    throw SyntaxError{state.offset(in.current()), &error_text<Rule>};
  }
};

}  // namespace limber
