#pragma once

// The session log's tables, as a list of migrations: migrations()[n] takes a log of schema
// version n to version n + 1. A new version appends a migration and never edits an old one, so
// every log ever written can be brought up to date.

#include <string_view>
#include <vector>

namespace limber::log {

const std::vector<std::string_view>& migrations();

}  // namespace limber::log
