#pragma once

// What every test of the `limber` binary needs: a folder of its own (unique per process and
// test, since ctest runs tests in parallel), files written into it, files read back, and the
// binary run with arguments.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace limber::testing {

class CliFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("limber_" + std::string(test->test_suite_name()) + "_" + test->name() + "_" +
            std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    // Every real-clock `limber run` writes the session log: into the test's folder, never
    // into the home folder of whoever runs the tests.
    setenv("XDG_DATA_HOME", (dir_ / "data").c_str(), 1);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `text` to `name` (folders included) in the test's folder and returns the path.
  std::string write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  static std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static CommandResult limber(const std::vector<std::string>& args, const std::string& in = "") {
    return run_command(LIMBER_BINARY, args, in);
  }

  std::filesystem::path dir_;
};

}  // namespace limber::testing
