#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "grammar/diagnostic.hpp"

namespace limber {

// One entry of `{"diagnostics": […]}` exactly as cli.md gives it: 1-based lines and columns in
// code points, end_column exclusive, `suggestion` null when there is none.
nlohmann::json diagnostic_to_json(const SourceFile& source, const Diagnostic& diagnostic);

// The entry for a file that could not be read: no position, so line and column are null.
nlohmann::json unreadable_file_to_json(std::string_view file, std::string_view code,
                                       std::string_view message);

}  // namespace limber
