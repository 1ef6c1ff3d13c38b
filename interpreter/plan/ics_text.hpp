#pragma once

// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): content lines end in CRLF and are
// folded at 75 octets, and TEXT values escape backslash, semicolon, comma and line ends.

#include <string>
#include <string_view>

namespace limber {

// A TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line end (LF, CRLF or CR) → `\n`.
std::string ics_escape(std::string_view text);

// One content line, ended by CRLF, folded so that no line is longer than 75 octets: each
// continuation starts with a space (which counts). A fold never falls inside a UTF-8 sequence.
std::string ics_fold(std::string_view line);

// `NAME:value` as a folded content line; `value` as it is (escape TEXT values first).
std::string ics_line(std::string_view name, std::string_view value);

}  // namespace limber
