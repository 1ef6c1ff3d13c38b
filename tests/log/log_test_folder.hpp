#pragma once

// The log tests' folder (tests/temp_folder.hpp), with the bytes of a file under the name the
// tests read best: to show that a refused log was left exactly as it was.

#include <filesystem>
#include <fstream>
#include <string>

#include "../temp_folder.hpp"

namespace limber::log {

class LogTest : public testing::TempFolderTest {
 protected:
  static std::string bytes(const std::filesystem::path& path) { return read(path); }
  static void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
};

}  // namespace limber::log
