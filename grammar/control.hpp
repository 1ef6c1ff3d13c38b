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
  template <typename ParseInput, typename... States>
  [[noreturn]] static void raise(const ParseInput& in, States&&... /*unused*/) {
    static_assert(never_fails<Rule> || !error_text<Rule>.message.empty(),
                  "this grammar rule can raise a syntax error but has no message in "
                  "grammar/messages.hpp");
    throw SyntaxError{static_cast<std::uint32_t>(in.current() - in.begin()), &error_text<Rule>};
  }
};

}  // namespace limber
