#pragma once

// Where the session log lives when --log does not say: $XDG_DATA_HOME/limber/sessions.db, or
// ~/.local/share/limber/sessions.db (the XDG base directory default). None when neither
// XDG_DATA_HOME nor HOME is set, so nothing is ever written into the current folder by accident.

#include <filesystem>
#include <optional>

namespace limber::log {

std::optional<std::filesystem::path> default_log_path();

}  // namespace limber::log
