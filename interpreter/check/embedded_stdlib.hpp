#pragma once

#include <span>
#include <string_view>

namespace limber {

// A standard-library module as compiled into the binary: `prelude`, `neck`, …
struct EmbeddedModule {
  std::string_view name;
  std::string_view text;
};

// Every stdlib/*.limber file, sorted by name (generated at build time).
std::span<const EmbeddedModule> embedded_stdlib();

}  // namespace limber
