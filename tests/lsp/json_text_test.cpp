// The server's own JSON writer against nlohmann::json's dump(): the bytes an editor reads must
// be the ones dump() wrote before the big replies were written without a tree.

#include "interpreter/lsp/json_text.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "interpreter/lsp/framing.hpp"
#include "interpreter/lsp/positions.hpp"

namespace limber::lsp {
namespace {

std::string dumped(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string written_string(const std::string& text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

TEST(JsonText, EveryByteAloneIsEscapedAsDumpEscapesIt) {
  for (int c = 0; c < 256; ++c) {
    const std::string text(1, static_cast<char>(c));
    EXPECT_EQ(written_string(text), dumped(Json(text))) << "byte " << c;
  }
}

TEST(JsonText, EveryPairOfBytesIsWrittenAsDumpWritesIt) {
  // Every two-byte sequence: well-formed, overlong, cut short, stray continuations.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      const std::string text{static_cast<char>(a), static_cast<char>(b)};
      ASSERT_EQ(written_string(text), dumped(Json(text))) << a << " " << b;
    }
  }
}

TEST(JsonText, RandomTextIsWrittenAsDumpWritesIt) {
  // Bytes where UTF-8's rules have their edges (E0, ED, F0, F4 leads; 80, 8F, 90, 9F, A0, BF
  // continuations), control characters, quotes and backslashes, mixed with plain letters.
  const unsigned char alphabet[] = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, '"',
                                    '\\', '/',  'a',  'Z',  0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                    0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                    0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::mt19937 random(20240601);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += static_cast<char>(alphabet[pick(random)]);
    ASSERT_EQ(written_string(text), dumped(Json(text))) << testing::PrintToString(text);
  }
}

TEST(JsonText, WellFormedCharactersAreCopied) {
  const std::string text = "é ✓ 😀 \u00a0 \U0010FFFF \uFEFF";
  EXPECT_EQ(written_string(text), "\"" + text + "\"");
  EXPECT_EQ(written_string(text), dumped(Json(text)));
}

TEST(JsonText, AnyValueIsWrittenAsDumpWritesIt) {
  const Json value = Json::parse(R"({"z":[1,-2,3.5,1e300,-0.0,true,false,null,{},[]],
    "a":{"nested":{"deep":["x\ny",18446744073709551615,-9223372036854775808]}},
    "B":"upper before lower","":"empty key","é":"after ASCII"})");
  JsonWriter writer;
  writer.value(value);
  EXPECT_EQ(std::move(writer).take(), dumped(value));
}

TEST(JsonText, KeysAndItemsAreSeparatedByCommas) {
  JsonWriter writer;
  writer.begin_object();
  writer.key("a");
  writer.begin_array();
  writer.number(1);
  writer.begin_object();
  writer.end_object();
  writer.string("s");
  writer.begin_array();
  writer.end_array();
  writer.end_array();
  writer.key("b");
  writer.number(-7);
  writer.end_object();
  EXPECT_EQ(std::move(writer).take(), R"({"a":[1,{},"s",[]],"b":-7})");
}

TEST(JsonText, RangeIsWrittenAsRangeJsonDumps) {
  JsonWriter writer;
  write_range(writer, {3, 4}, {4294967295u, 0});
  EXPECT_EQ(std::move(writer).take(), dumped(range_json({3, 4}, {4294967295u, 0})));
}

TEST(JsonText, MessageIsFramedInOneString) {
  const Json value = {{"jsonrpc", "2.0"}, {"id", 1}, {"result", "é"}};
  const Message message(value);
  EXPECT_EQ(message.body(), dumped(value));
  EXPECT_EQ(message.frame(),
            "Content-Length: " + std::to_string(dumped(value).size()) + "\r\n\r\n" + dumped(value));
  // The header sits right before the body, in the same buffer.
  EXPECT_EQ(message.frame().data() + message.frame().size(),
            message.body().data() + message.body().size());
}

TEST(JsonText, MessageOfAWriterWithoutRoomIsFramedToo) {
  JsonWriter writer;
  writer.value(Json{{"id", 2}});
  const Message message(std::move(writer));
  EXPECT_EQ(message.frame(), "Content-Length: 8\r\n\r\n{\"id\":2}");
  EXPECT_EQ(message.body(), "{\"id\":2}");
}

// A streamed message: `[`, the middle as `write` writes it for a promise of `bytes`, `]`.
std::pair<std::string, std::string> streamed(std::size_t bytes, const Pieces& write) {
  JsonWriter around = Message::writer();
  around.begin_array();
  const std::size_t at = around.size();
  around.raw("");
  around.end_array();
  const Message message(std::move(around), at, bytes, write);
  std::ostringstream sent;
  message.write_to(sent);
  EXPECT_EQ(sent.str(), message.frame());
  return {std::string(message.body()), sent.str()};
}

TEST(JsonText, StreamedMessageKeepsTheLengthItsHeaderSays) {
  const auto two = [](const Sink& sink) {
    sink("1,");
    sink("2");
  };
  EXPECT_EQ(streamed(3, two),
            std::make_pair(std::string("[1,2]"), std::string("Content-Length: 5\r\n\r\n[1,2]")));
  // Too much is cut, too little or a failure filled with spaces: the next frame is still found.
  EXPECT_EQ(streamed(2, two).first, "[1,]");
  EXPECT_EQ(streamed(5, two).first, "[1,2  ]");
  EXPECT_EQ(streamed(4,
                     [](const Sink& sink) {
                       sink("7");
                       throw std::runtime_error("judging failed");
                     })
                .second,
            "Content-Length: 6\r\n\r\n[7   ]");
}

}  // namespace
}  // namespace limber::lsp
