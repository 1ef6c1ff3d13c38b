#pragma once

// A short fingerprint of a text that is the same on every machine and every build (std::hash
// promises neither): the session log tells an edited routine from its earlier versions by it,
// and the calendar export derives stable UIDs from it. It detects change; it is not meant to
// resist tampering.

#include <string>
#include <string_view>

namespace limber {

// 64-bit FNV-1a of the bytes, as 16 lowercase hex digits.
std::string text_hash(std::string_view text);

}  // namespace limber
