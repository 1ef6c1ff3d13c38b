#include "grammar/source.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace limber {
namespace {

TEST(Source, LocationsAreOneBasedAndCountCodePoints) {
  const SourceFile source("a.limber", "say \"été\" x\nhold a 30s\n");
  EXPECT_EQ(source.location(0).line, 1u);
  EXPECT_EQ(source.location(0).column, 1u);
  // "é" is two bytes: the `x` after the string is at byte 12 but column 11.
  EXPECT_EQ(source.location(12).column, 11u);
  EXPECT_EQ(source.location(15).line, 2u);
  EXPECT_EQ(source.location(15).column, 2u);
}

TEST(Source, ByteOrderMarkIsDroppedAndRemembered) {
  const SourceFile source("a.limber", "\xEF\xBB\xBFhold a 30s\n");
  EXPECT_TRUE(source.had_bom());
  EXPECT_EQ(source.text(), "hold a 30s\n");
  EXPECT_EQ(source.location(0).column, 1u);
}

TEST(Source, LineTextLeavesOutCrlf) {
  const SourceFile source("a.limber", "rest 5s\r\nsay \"x\"\r\n");
  EXPECT_EQ(source.line_text(1), "rest 5s");
  EXPECT_EQ(source.line_text(2), "say \"x\"");
  EXPECT_EQ(source.location(9).line, 2u);
}

TEST(Source, LocationPastTheEndIsTheEnd) {
  const SourceFile source("a.limber", "ab");
  EXPECT_EQ(source.location(100).column, 3u);
}

TEST(Source, LoadReportsMissingFilesAndFolders) {
  const LoadResult missing = load_source("/nonexistent/routine.limber");
  ASSERT_TRUE(missing.failure);
  EXPECT_EQ(missing.failure->message, "cannot read '/nonexistent/routine.limber': no such file");
  const auto folder = std::filesystem::temp_directory_path();
  const LoadResult directory = load_source(folder.string());
  ASSERT_TRUE(directory.failure);
  EXPECT_EQ(directory.failure->message,
            "cannot read '" + folder.string() + "': it is a folder, not a routine file");
}

TEST(Source, LoadExplainsOtherFailures) {
  const auto dir = std::filesystem::temp_directory_path() / "limber_source_loop";
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / "a");
  std::filesystem::remove(dir / "b");
  std::filesystem::create_symlink(dir / "b", dir / "a");
  std::filesystem::create_symlink(dir / "a", dir / "b");
  const LoadResult loop = load_source((dir / "a").string());
  ASSERT_TRUE(loop.failure);
  EXPECT_EQ(loop.failure->message,
            "cannot read '" + (dir / "a").string() + "': Too many levels of symbolic links");
  std::filesystem::remove_all(dir);
}

TEST(Source, LoadReadsBytesAsTheyAre) {
  const auto path = std::filesystem::temp_directory_path() / "limber_source_test.limber";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string("a\0b\r\n", 5);
  }
  const LoadResult loaded = load_source(path.string());
  ASSERT_TRUE(loaded.source);
  EXPECT_EQ(loaded.source->text(), std::string("a\0b\r\n", 5));
  std::filesystem::remove(path);
}

TEST(Source, FindsTheFirstInvalidUtf8Byte) {
  EXPECT_EQ(first_invalid_utf8("plain ascii"), std::nullopt);
  EXPECT_EQ(first_invalid_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80"), std::nullopt);
  EXPECT_EQ(first_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(first_invalid_utf8("ab\xC3"), 2u);            // truncated sequence
  EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);          // overlong
  EXPECT_EQ(first_invalid_utf8("x\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // beyond U+10FFFF
}

}  // namespace
}  // namespace limber
