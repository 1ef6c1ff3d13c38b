#pragma once

// What every test of the `limber` binary needs: a folder of its own (tests/temp_folder.hpp),
// files written into it and read back, and the binary run with arguments.

#include <gtest/gtest.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../temp_folder.hpp"
#include "run_command.hpp"

namespace limber::testing {

class CliFixture : public TempFolderTest {
 protected:
  void SetUp() override {
    TempFolderTest::SetUp();
    // Every real-clock `limber run` writes the session log: into the test's folder, never
    // into the home folder of whoever runs the tests.
    setenv("XDG_DATA_HOME", (dir_ / "data").c_str(), 1);
  }

  // Writes `text` to `name` (folders included) in the test's folder and returns the path.
  std::string write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  static CommandResult limber(const std::vector<std::string>& args, const std::string& in = "") {
    return run_command(LIMBER_BINARY, args, in);
  }
};

}  // namespace limber::testing
