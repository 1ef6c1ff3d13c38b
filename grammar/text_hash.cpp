#include "grammar/text_hash.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace limber {

std::string text_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // the FNV offset basis
  for (const char byte : text) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ull;  // the FNV prime
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace limber
