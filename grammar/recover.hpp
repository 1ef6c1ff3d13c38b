#pragma once

// Statement-level error recovery for the PEGTL grammar. `recover<Rule>` matches `must<Rule>`;
// when it raises, the error is handed to the parse state, the input skips past the broken
// statement (to the end of its line, or past a block it opened), and parsing goes on. This is
// how one run of `limber check` reports every syntax error in a file rather than the first.

#include <cstdint>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace limber {

struct ErrorText;

// A syntax error: where it is (an offset into the whole text) and what it says. Thrown by the
// control's raise and by actions that reject what they matched (a block nested too deeply).
struct SyntaxError {
  std::uint32_t offset = 0;
  const ErrorText* text = nullptr;
};

// Thrown to stop parsing a file that has too many syntax errors to be worth going on.
struct TooManyErrors {};

// Where parsing resumes after a statement that failed: the end of the line (or the `;`) where
// the error stands, or further when the skipped text opened a `{` that must be skipped whole.
// Never stops before `from + 1` unless at the end, so recovery always makes progress.
const char* resume_point(const char* statement_start, const char* error, const char* end);

template <typename Rule>
struct recover {
  using rule_t = recover;
  using subs_t = tao::pegtl::type_list<Rule>;

  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    const char* start = in.current();
    const auto checkpoint = state.checkpoint();
    try {
      return Control<tao::pegtl::must<Rule>>::template match<A, M, Action, Control>(in, state);
    } catch (const SyntaxError& error) {
      // Described first: the message may point at a `{` that restore() forgets.
      auto diagnostic = state.describe(error);
      state.restore(checkpoint);
      state.report(std::move(diagnostic));
      in.iterator() = resume_point(start, state.at(error.offset), in.end());
      return true;
    } catch (const TooManyErrors&) {
      // Parsing stops; every level still drops its half-built statement, so the tree
      // returned holds only whole statements.
      state.restore(checkpoint);
      throw;
    }
  }
};

}  // namespace limber

template <typename Name, typename Rule>
struct tao::pegtl::analyze_traits<Name, limber::recover<Rule>>
    : tao::pegtl::analyze_traits<Name, typename tao::pegtl::must<Rule>::rule_t> {};
