#pragma once

// A short fingerprint of a routine's text, so the log tells sessions of an edited routine from
// the earlier ones. It detects change; it is not meant to resist tampering.

#include <string>
#include <string_view>

namespace limber::log {

// 64-bit FNV-1a of the bytes, as 16 lowercase hex digits.
std::string text_hash(std::string_view text);

}  // namespace limber::log
