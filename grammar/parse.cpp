#include "grammar/parse.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <iterator>
#include <optional>
#include <tao/pegtl.hpp>

#include "grammar/actions.hpp"
#include "grammar/control.hpp"
#include "grammar/in_order.hpp"
#include "grammar/suggest.hpp"

namespace limber {

namespace {

bool is_token_char(unsigned char c) {
  return std::isalnum(c) != 0 || c == '_' || c == '.' || c == '%' || c >= 0x80;
}

// Numbers longer than this before the decimal point are refused: no dose needs them, and a
// bounded length keeps every value exact in a double.
constexpr std::size_t max_integer_digits = 9;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

double parse_decimal(std::string_view digits) {
  // Nearly every number in a routine is a few digits without a point: added up here, exactly
  // the double from_chars would give (below 2^53 every whole number is one), and a tenth of its
  // cost.
  if (!digits.empty() && digits.size() <= 15 &&
      std::all_of(digits.begin(), digits.end(), is_digit)) {
    std::uint64_t whole = 0;
    for (const char c : digits) whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
    return static_cast<double>(whole);
  }
  double value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
}

Diagnostic error_of(const ErrorText& text, Span span, Severity severity = Severity::error) {
  return {severity,    Symbol(text.code), span, std::string(text.message), std::string(text.help),
          std::nullopt};
}

void check_number_size(std::string_view digits, Span span, ParseState& state) {
  if (digits.substr(0, digits.find('.')).size() > max_integer_digits) {
    state.add(messages::number_too_large, span);
  }
}

}  // namespace

// ---------------------------------------------------------------- literals

ast::Value scalar_value(std::string_view text, Span span, ParseState& state) {
  ast::Value value{ast::ValueKind::number, span};
  if (text.ends_with('%')) {
    value.kind = ast::ValueKind::percent;
    value.text = std::string(text.substr(0, text.size() - 1));
  } else if (std::any_of(text.begin(), text.end(),
                         [](char c) { return c == 's' || c == 'm' || c == 'h'; })) {
    // The grammar matched `decimal unit` pairs: split them again. (By hand: find_first_of
    // calls memchr on its set for every character, five times a value.)
    value.kind = ast::ValueKind::duration;
    std::string canonical;
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t unit_at = i;
      while (unit_at < text.size() && (is_digit(text[unit_at]) || text[unit_at] == '.')) ++unit_at;
      const std::string_view amount = text.substr(i, unit_at - i);
      std::size_t next = unit_at;
      while (next < text.size() && !is_digit(text[next])) ++next;
      const std::string_view unit_word = text.substr(unit_at, next - unit_at);
      const ast::Unit unit = unit_word == "min" ? ast::Unit::minutes
                             : unit_word == "h" ? ast::Unit::hours
                                                : ast::Unit::seconds;
      check_number_size(amount, span, state);
      value.number += parse_decimal(amount) * ast::unit_seconds(unit);
      canonical += amount;
      canonical += ast::unit_text(unit);
      i = next;
    }
    value.text = canonical;
    return value;
  } else {
    value.text = text;
  }
  check_number_size(value.text, span, state);
  value.number = parse_decimal(value.text);
  return value;
}

ast::Value count_value(std::string_view text, Span span, ParseState& state) {
  ast::Value value{ast::ValueKind::count, span, std::string(text.substr(1))};
  check_number_size(value.text, span, state);
  value.number = parse_decimal(value.text);
  return value;
}

ast::Text text_value(std::string_view quoted, Span span) {
  const std::string_view inner = quoted.substr(1, quoted.size() - 2);
  if (inner.find('\\') == std::string_view::npos) return {inner, span};
  std::string value;
  value.reserve(inner.size());
  for (std::size_t i = 0; i < inner.size(); ++i) {
    // The grammar allows only \" and \\, so the escaped character is the one to keep.
    if (inner[i] == '\\') ++i;
    value += inner[i];
  }
  return {value, span};
}

// ---------------------------------------------------------------- recovery

const char* resume_point(const char* statement_start, const char* error, const char* end) {
  int depth = 0;
  const char* string_start = nullptr;  // inside a string when set
  const char* p = statement_start;
  for (; p < end; ++p) {
    const char c = *p;
    if (string_start != nullptr) {
      if (c == '\\' && p + 1 < end) {
        ++p;  // the escaped character (a `\` that ends the file escapes nothing)
      } else if (c == '"') {
        string_start = nullptr;
      } else if (c == '\n') {
        // The string was never closed, so the braces in it were meant as braces:
        // `routine "Morning {` opens a block.
        for (const char* q = string_start; q < p; ++q) depth += (*q == '{') - (*q == '}');
        string_start = nullptr;
      }
      if (string_start != nullptr || c != '\n') continue;
    }
    const bool past_error = p >= error;
    if (c == '"') {
      string_start = p;
    } else if (c == '#') {
      while (p + 1 < end && p[1] != '\n') ++p;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      // A `}` that closes nothing skipped here closes the enclosing block: stop before it.
      if (depth == 0 && past_error) break;
      --depth;
    } else if ((c == '\n' || c == ';') && past_error && depth <= 0) {
      break;
    }
  }
  if (p == statement_start && p < end) ++p;  // always make progress
  return p;
}

// ---------------------------------------------------------------- parse state

ParseState::ParseState(const SourceFile& source) : source_(source), begin_(source.text().data()) {
  frames_.push_back({&file.statements});
}

void ParseState::enter(std::vector<ast::Statement>& statements, std::uint32_t at) {
  if (frames_.size() > max_nesting_depth) throw SyntaxError{at, &messages::nesting_too_deep};
  frames_.push_back({&statements});
  if (open_bodies_.size() < frames_.size()) open_bodies_.resize(frames_.size());
}

void ParseState::leave() {
  std::vector<ast::Statement>& built = body();
  std::vector<ast::Statement>& block = *frames_.back().block;
  block.reserve(block.size() + built.size());
  std::move(built.begin(), built.end(), std::back_inserter(block));
  built.clear();
  frames_.pop_back();
}

ast::Value ParseState::take_value() {
  ast::Value value = std::move(values.back());
  values.pop_back();
  return value;
}

ParseState::Checkpoint ParseState::checkpoint() const {
  return {frames_.size(), body().size(), open_braces_.size()};
}

void ParseState::restore(const Checkpoint& checkpoint) {
  // The bodies opened since are dropped with the statement they belong to.
  for (std::size_t depth = checkpoint.frames; depth < frames_.size(); ++depth) {
    open_bodies_[depth].clear();
  }
  frames_.resize(checkpoint.frames);
  body().resize(checkpoint.statements);  // drop the statement that failed halfway
  open_braces_.resize(checkpoint.open_braces);
  values.clear();
  next_block = nullptr;
  pending_optional.reset();
}

void ParseState::add(const ErrorText& text, Span span, Severity severity) {
  diagnostics.push_back(error_of(text, span, severity));
}

Span ParseState::error_span(const SyntaxError& error) const {
  const std::string& text = source_.text();
  const auto at = error.offset;
  if (error.text == &error_text<rules::string_close>) {
    // From the opening quote to the end of its line: the whole text that was left open.
    const std::size_t line_end = text.find_first_of("\r\n", last_string_open);
    return {last_string_open,
            static_cast<std::uint32_t>(line_end == std::string::npos ? text.size() : line_end)};
  }
  if (error.text == &messages::missing_brace) {
    return {open_braces_.back(), open_braces_.back() + 1};
  }
  if (at >= text.size() || text[at] == '\n' || text[at] == '\r') return {at, at};
  std::uint32_t end = at;
  if (is_token_char(static_cast<unsigned char>(text[at]))) {
    while (end < text.size() && is_token_char(static_cast<unsigned char>(text[end]))) ++end;
  } else if (text[at] == '"') {
    const std::size_t close = text.find_first_of("\"\r\n", at + 1);
    end = close == std::string::npos ? static_cast<std::uint32_t>(text.size())
                                     : static_cast<std::uint32_t>(close + (text[close] == '"'));
  } else {
    end = at + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  return {at, end};
}

std::optional<Diagnostic> ParseState::describe(const SyntaxError& error) const {
  const ErrorText& text = error.text == &error_text<rules::block_close> ||
                                  error.text == &error_text<rules::definition_close>
                              ? messages::missing_brace
                              : *error.text;
  const Span span = error_span(SyntaxError{error.offset, &text});
  // One error per place. Unclosed blocks are all found at the end of the file: the innermost
  // is reported, the ones around it would only repeat it.
  const bool repeated = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const auto& d) {
    return d.severity == Severity::error &&
           (d.span.begin == span.begin ||
            (d.code == messages::missing_brace.code && &text == &messages::missing_brace));
  });
  if (repeated) return std::nullopt;
  Diagnostic diagnostic = error_of(text, span);
  if (!text.candidates.empty()) {
    std::string word = source_.text().substr(span.begin, span.size());
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (auto nearest = suggest(word, text.candidates)) {
      diagnostic.help = fmt::format("did you mean `{}`?", *nearest);
      diagnostic.suggestion = std::move(nearest);
    }
  }
  return diagnostic;
}

void ParseState::report(std::optional<Diagnostic> diagnostic) {
  if (!diagnostic) return;
  if (diagnostics.size() >= max_syntax_errors) throw TooManyErrors{};
  diagnostics.push_back(std::move(*diagnostic));
}

// ---------------------------------------------------------------- entry point

namespace {

// What parsing the text from `begin` to `end` of a source found, its diagnostics in the order
// found; `stopped` when it stopped at too many errors.
struct Piece {
  ast::File file;
  std::vector<Diagnostic> diagnostics;
  bool stopped = false;
};

Piece parse_piece(const SourceFile& source, std::size_t begin, std::size_t end) {
  const char* const text = source.text().data();
  ParseState state(source);
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text + begin, text + end,
                                                               source.name());
  Piece piece;
  auto w0 = std::chrono::steady_clock::now();
  timespec c0;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
  try {
    tao::pegtl::parse<rules::file, actions::action, control>(in, state);
  } catch (const TooManyErrors&) {
    piece.stopped = true;
  }
  state.finish();
  if (std::getenv("LIMBER_PHASES")) {
    auto w1 = std::chrono::steady_clock::now();
    timespec c1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    std::fprintf(stderr, "PIECE %zu..%zu wall %.1f thread-cpu %.1f\n", begin, end,
                 std::chrono::duration<double, std::milli>(w1 - w0).count(),
                 (c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6);
  }
  piece.file = std::move(state.file);
  piece.diagnostics = std::move(state.diagnostics);
  return piece;
}

// Below this size a file is parsed in one piece: a second thread would cost more than it saves.
constexpr std::size_t split_from_bytes = 256 * 1024;

// The start of the first line from `at` on that is not blank or a comment.
std::size_t past_gap_lines(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const std::size_t first = text.find_first_not_of(" \t\r", at);
    if (first == std::string_view::npos) return text.size();
    if (text[first] != '\n' && text[first] != '#') return at;
    const std::size_t line_end = text.find('\n', first);
    if (line_end == std::string_view::npos) return text.size();
    at = line_end + 1;
  }
  return at;
}

// Where a large file may be cut in two near its middle: the start of a line that begins a
// `routine` or an `exercise`, after a line that is only `}` and then only blank lines and
// comments. A string or comment never spans lines, so that `}` closes a block and that keyword
// starts a definition, and neither the statement before nor the one after looks across the
// cut. Whether the `}` closed everything open is only known by parsing: parse() trusts the cut
// only when the piece before it parses without a finding. None when no such line is found.
std::optional<std::size_t> cut_point(std::string_view text) {
  if (text.size() < split_from_bytes) return std::nullopt;
  for (std::size_t from = text.size() / 2;;) {
    const std::size_t close = text.find("\n}\n", from);
    if (close == std::string_view::npos) return std::nullopt;
    const std::size_t cut = past_gap_lines(text, close + 3);
    const std::string_view rest = text.substr(cut);
    if (rest.starts_with("routine ") || rest.starts_with("exercise ")) return cut;
    from = close + 2;
  }
}

// The text's statements, in one piece or two parsed side by side, with the same tree and
// diagnostics either way: the piece after the cut is parsed as the whole text would be parsed
// from there once the piece before it has parsed cleanly (it then ends at the top level, with
// nothing open and nothing reported that later errors could repeat or count toward the limit).
Piece parse_pieces(const SourceFile& source, ParseThreads threads) {
  const std::string& text = source.text();
  const std::optional<std::size_t> cut =
      threads == ParseThreads::one ? std::nullopt : cut_point(text);
  if (!cut) return parse_piece(source, 0, text.size());
  std::optional<Piece> pieces[2];
  in_order(
      2,
      [&] {
        return [&](std::size_t i) {
          return i == 0 ? parse_piece(source, 0, *cut) : parse_piece(source, *cut, text.size());
        };
      },
      [&](std::size_t i, Piece&& piece) { pieces[i] = std::move(piece); });
  Piece& first = *pieces[0];
  Piece& second = *pieces[1];
  if (!first.diagnostics.empty() || first.stopped) return parse_piece(source, 0, text.size());
  auto& statements = first.file.statements;
  statements.insert(statements.end(), std::make_move_iterator(second.file.statements.begin()),
                    std::make_move_iterator(second.file.statements.end()));
  auto& comments = first.file.comments;
  comments.insert(comments.end(), second.file.comments.begin(), second.file.comments.end());
  first.diagnostics = std::move(second.diagnostics);
  first.stopped = second.stopped;
  return std::move(first);
}

}  // namespace

ParseResult parse(const SourceFile& source, ParseThreads threads) {
  const std::string& text = source.text();
  Piece parsed;
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    const auto at = static_cast<std::uint32_t>(nul);
    parsed.diagnostics.push_back(error_of(messages::binary_file, {at, at + 1}));
  } else if (const auto bad = first_invalid_utf8(text)) {
    const auto at = static_cast<std::uint32_t>(*bad);
    parsed.diagnostics.push_back(error_of(messages::invalid_utf8, {at, at + 1}));
  } else {
    parsed = parse_pieces(source, threads);
    sort_by_position(parsed.diagnostics);
    if (parsed.stopped) {
      // Said last, at the last error reported, where checking stopped.
      const auto at = parsed.diagnostics.back().span.begin;
      parsed.diagnostics.push_back(error_of(messages::too_many_errors, {at, at}));
    }
    if (parsed.file.statements.empty() && parsed.diagnostics.empty()) {
      parsed.diagnostics.push_back(error_of(messages::empty_file, {0, 0}, Severity::warning));
    }
  }
  return {std::move(parsed.file), std::move(parsed.diagnostics)};
}

}  // namespace limber
