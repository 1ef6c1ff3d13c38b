#include "interpreter/lsp/framing.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace limber::lsp {
namespace {

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

TEST(Framing, ReadsMessagesOneAfterAnother) {
  std::istringstream in(framed(R"({"id":1,"method":"a"})") +
                        "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
                        framed(R"({"method":"b"})").substr(0));
  Frame first = read_frame(in);
  ASSERT_EQ(first.kind, Frame::Kind::message);
  EXPECT_EQ(first.message["method"], "a");
  Frame second = read_frame(in);
  ASSERT_EQ(second.kind, Frame::Kind::message);
  EXPECT_EQ(second.message["method"], "b");
  EXPECT_EQ(read_frame(in).kind, Frame::Kind::end);
}

TEST(Framing, HeaderNamesIgnoreCase) {
  std::istringstream in("content-length: 2\r\n\r\n{}");
  EXPECT_EQ(read_frame(in).kind, Frame::Kind::message);
}

TEST(Framing, BodyThatIsNotJsonIsAParseErrorAndReadingGoesOn) {
  std::istringstream in(framed("{not json") + framed(R"({"method":"next"})"));
  const Frame bad = read_frame(in);
  ASSERT_EQ(bad.kind, Frame::Kind::malformed);
  EXPECT_EQ(bad.error_response, Json::parse(R"({"jsonrpc":"2.0","id":null,
                            "error":{"code":-32700,"message":"the body is not JSON"}})"));
  const Frame next = read_frame(in);
  ASSERT_EQ(next.kind, Frame::Kind::message);
  EXPECT_EQ(next.message["method"], "next");
}

TEST(Framing, HeaderWithoutLengthIsAnInvalidRequest) {
  std::istringstream in("Content-Type: x\r\n\r\n" + framed(R"({"method":"next"})"));
  const Frame bad = read_frame(in);
  ASSERT_EQ(bad.kind, Frame::Kind::malformed);
  EXPECT_EQ(bad.error_response["error"]["code"], -32600);
  EXPECT_EQ(read_frame(in).message["method"], "next");
}

TEST(Framing, LengthThatIsNotANumberIsAnInvalidRequest) {
  std::istringstream in("Content-Length: twelve\r\n\r\n");
  EXPECT_EQ(read_frame(in).error_response["error"]["code"], -32600);
}

TEST(Framing, HugeLengthIsRefusedWithoutWaitingForTheBody) {
  std::istringstream in("Content-Length: 999999999999\r\n\r\n");
  const Frame bad = read_frame(in);
  ASSERT_EQ(bad.kind, Frame::Kind::malformed);
  EXPECT_EQ(bad.error_response["error"]["message"], "the message is larger than 64 MiB");
}

TEST(Framing, JsonThatIsNotAnObjectIsAnInvalidRequest) {
  std::istringstream in(framed("42"));
  EXPECT_EQ(read_frame(in).error_response["error"]["code"], -32600);
}

TEST(Framing, TruncatedBodyIsTheEndOfTheStream) {
  std::istringstream in("Content-Length: 50\r\n\r\n{\"id\":");
  EXPECT_EQ(read_frame(in).kind, Frame::Kind::end);
}

TEST(Framing, WritesLengthInBytesThenTheBody) {
  std::ostringstream out;
  write_frame(out, Json{{"text", "é"}});
  EXPECT_EQ(out.str(), "Content-Length: 13\r\n\r\n{\"text\":\"é\"}");
}

}  // namespace
}  // namespace limber::lsp
