#include "grammar/diagnostic.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace limber {

namespace {

constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view red = "\x1b[1;31m";
constexpr std::string_view yellow = "\x1b[1;33m";
constexpr std::string_view blue = "\x1b[1;34m";
constexpr std::string_view reset = "\x1b[0m";

// Diagnostics are appended to one text, not built from pieces: a file can have tens of thousands
// of warnings, and their temporaries were most of the time it took to print them.

// Appends `text`, in `colour` on a terminal.
void paint(std::string& out, const TextStyle& style, std::string_view colour,
           std::string_view text) {
  if (style.color) out += colour;
  out += text;
  if (style.color) out += reset;
}

// Appends `count` copies of `c`, in `colour` on a terminal.
void paint(std::string& out, const TextStyle& style, std::string_view colour, std::size_t count,
           char c) {
  if (style.color) out += colour;
  out.append(count, c);
  if (style.color) out += reset;
}

std::string_view severity_colour(Severity severity) {
  return severity == Severity::error ? red : yellow;
}

// `: error[code]: message` and the line end, after the place.
void header_after_place(std::string& out, Severity severity, std::string_view code,
                        std::string_view message, const TextStyle& style) {
  out += ": ";
  if (style.color) out += severity_colour(severity);
  out += to_string(severity);
  out += '[';
  out += code;
  out += ']';
  if (style.color) out += reset;
  out += ": ";
  paint(out, style, bold, message);
  out += '\n';
}

// `where: error[code]: message` and the line end.
void header(std::string& out, std::string_view where, Severity severity, std::string_view code,
            std::string_view message, const TextStyle& style) {
  out += where;
  header_after_place(out, severity, code, message, style);
}

// Whether every byte of the line is printable ASCII, as in nearly every routine file: the line
// is then shown as it is, and the text under it is spaces and carets.
bool plain(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// The source line as shown under a diagnostic, and what goes under it: the padding up to the
// span (tabs kept, so the caret lines up in any tab width) and the number of carets.
struct ShownLine {
  std::string text;
  std::string pad;
  std::size_t carets = 1;
};

// Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the byte there starts none.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const std::size_t length = lead < 0x80   ? 1
                             : lead < 0xC2 ? 0
                             : lead < 0xE0 ? 2
                             : lead < 0xF0 ? 3
                             : lead < 0xF5 ? 4
                                           : 0;
  if (length == 0 || i + length > text.size()) return 0;
  return first_invalid_utf8(text.substr(i, length)) ? 0 : length;
}

// Lines are shown safely whatever the file holds: control bytes and bytes that are not UTF-8
// become U+FFFD (one column each, like the byte they stand for), and a very long line (a binary
// file can be one line of megabytes) is cut to a window around the start of the span.
constexpr std::size_t window = 240;  // bytes kept on each side of the span's start

ShownLine show_line(std::string_view line, std::size_t from, std::size_t to) {
  constexpr std::string_view replacement = "\xEF\xBF\xBD";
  to = std::min(to, from + window);  // a huge span is shown by its beginning
  std::size_t begin = 0;
  std::size_t end = line.size();
  if (line.size() > 3 * window) {
    auto inside_sequence = [&](std::size_t i) {
      return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
    };
    begin = from > window ? from - window : 0;
    while (begin < from && inside_sequence(begin)) ++begin;
    end = std::min(line.size(), std::max(to, from + 1) + window);
    while (inside_sequence(end)) ++end;
  }

  ShownLine shown;
  shown.carets = 0;
  if (begin > 0) {
    shown.text += "…";
    shown.pad += ' ';
  }
  shown.text.reserve(end - begin + 6);
  for (std::size_t i = begin; i < end;) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII, nearly every byte: shown as it is
      shown.text += static_cast<char>(c);
      if (i < from) shown.pad += ' ';
      if (i >= from && i < to) ++shown.carets;
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(line, i);
    const bool printable = length > 0 && (c >= 0x20 || c == '\t') && c != 0x7F;
    const std::size_t size = std::max<std::size_t>(length, 1);
    shown.text += printable ? line.substr(i, size) : replacement;
    if (i < from) shown.pad += c == '\t' ? '\t' : ' ';
    if (i >= from && i < to) ++shown.carets;
    i += size;
  }
  if (end < line.size()) shown.text += "…";
  shown.carets = std::max<std::size_t>(1, shown.carets);
  return shown;
}

}  // namespace

std::string_view to_string(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void append_text(std::string& out, const SourceFile& source, const Diagnostic& d,
                 const TextStyle& style) {
  const Location start = source.location(d.span.begin);
  const fmt::format_int line_number(start.line);
  const fmt::format_int column(start.column);
  const std::string_view number(line_number.data(), line_number.size());
  out.append(source.name()).append(":").append(number).append(":");
  out.append(column.data(), column.size());
  header_after_place(out, d.severity, d.code, d.message, style);

  const std::string_view line = source.line_text(start.line);
  const std::uint32_t line_begin = source.line_start(start.line);
  // The underline stops at the end of the line; a span on the line end itself gets one caret.
  const std::size_t from = std::min<std::size_t>(d.span.begin - line_begin, line.size());
  const std::size_t to = std::clamp<std::size_t>(d.span.end - line_begin, from, line.size());
  // A plain line of ordinary length is shown as show_line() would show it, without copies.
  const bool as_written = line.size() <= 3 * window && plain(line);
  const ShownLine shown = as_written ? ShownLine{} : show_line(line, from, to);

  // The gutter: the line number, then as many spaces under it.
  if (style.color) out += blue;
  out.append(number).append(" |");
  if (style.color) out += reset;
  out.append(" ").append(as_written ? line : std::string_view(shown.text)).append("\n");
  if (style.color) out += blue;
  out.append(number.size(), ' ').append(" |");
  if (style.color) out += reset;
  out += ' ';
  if (as_written) {
    out.append(from, ' ');
    paint(out, style, severity_colour(d.severity),
          std::max<std::size_t>(1, std::min(to, from + window) - from), '^');
  } else {
    out.append(shown.pad);
    paint(out, style, severity_colour(d.severity), shown.carets, '^');
  }
  out += '\n';
  if (!d.help.empty()) {
    if (style.color) out += blue;
    out.append(number.size(), ' ').append(" =");
    if (style.color) out += reset;
    out += ' ';
    paint(out, style, bold, "help:");
    out.append(" ").append(d.help).append("\n");
  }
}

std::string render_text(const SourceFile& source, const Diagnostic& d, const TextStyle& style) {
  std::string out;
  append_text(out, source, d, style);
  return out;
}

std::string render_text_without_source(std::string_view file, std::string_view code,
                                       std::string_view message, const TextStyle& style) {
  std::string out;
  header(out, file, Severity::error, code, message, style);
  return out;
}

}  // namespace limber
