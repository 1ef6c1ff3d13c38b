// Live playback's position, apart from PortAudio: where the sound is when the runner's clock
// starts, pauses, resumes and jumps; and the device buffers the callback fills from it.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "interpreter/backends/audio/device_frames.hpp"
#include "interpreter/backends/audio/play_head.hpp"
#include "interpreter/backends/audio/timeline.hpp"

namespace limber::audio {
namespace {

// As the live backend makes it: 30 ms (662 samples) and a block.
constexpr std::int64_t tolerance = 662 + mix_block;

TEST(PlayHead, SilentUntilTheFirstEventThenPlaysFromItsTime) {
  PlayHead head(tolerance);
  EXPECT_EQ(head.advance(256), -1);
  head.tick(0.5, false);  // ticks before the first event change nothing
  EXPECT_EQ(head.advance(256), -1);
  EXPECT_EQ(head.position(), 0);
  EXPECT_FALSE(head.follow(0));
  EXPECT_EQ(head.advance(256), 0);
  EXPECT_EQ(head.advance(256), 256);
  EXPECT_EQ(head.position(), 512);
}

TEST(PlayHead, LeavesSmallDriftAloneAndFollowsASkip) {
  PlayHead head(tolerance);
  head.follow(0);
  head.advance(512);
  // 50 ms on the clock is 1103 samples: 591 from the position, within the tolerance.
  EXPECT_FALSE(head.follow(0.05));
  EXPECT_EQ(head.position(), 512);
  // 512 + 918 + 1 samples is past it.
  EXPECT_TRUE(head.follow(to_seconds(512 + tolerance + 1)));
  EXPECT_EQ(head.position(), 512 + tolerance + 1);
  // A skip jumps the clock seconds ahead: the next block starts there.
  EXPECT_TRUE(head.follow(10));
  EXPECT_EQ(head.advance(256), 220500);
  // The device running ahead of the clock by more than the tolerance is pulled back too.
  EXPECT_TRUE(head.follow(9.9));
  EXPECT_EQ(head.advance(256), 218295);
}

TEST(PlayHead, PauseHoldsThePositionAndResumeGoesWhereTheClockIs) {
  PlayHead head(tolerance);
  head.follow(10);
  EXPECT_EQ(head.advance(256), 220500);
  head.tick(10.1, true);
  EXPECT_FALSE(head.playing());
  EXPECT_EQ(head.advance(256), -1);
  EXPECT_EQ(head.advance(256), -1);
  head.tick(10.1, true);  // still paused: every tick while paused keeps it so
  EXPECT_EQ(head.position(), 220756);
  // The runner resumed its clock at 10.1 and ticks 40 ms later: play on from 10.14, the
  // 40 ms since the resume are not played late.
  head.tick(10.14, false);
  EXPECT_TRUE(head.playing());
  EXPECT_EQ(head.advance(256), 223587);
}

TEST(PlayHead, TicksWhilePlayingCorrectDriftLikeEvents) {
  PlayHead head(tolerance);
  head.follow(0);
  head.advance(256);
  head.tick(0.02, false);  // 441 samples: within the tolerance
  EXPECT_EQ(head.position(), 256);
  head.tick(2, false);  // a device that stalled for two seconds
  EXPECT_EQ(head.position(), 44100);
}

TEST(PlayHead, AnEventWhilePausedPlaysAgain) {
  // A skip while paused: the runner resumes its clock, jumps and sends the next event.
  PlayHead head(tolerance);
  head.follow(0);
  head.tick(1, true);
  EXPECT_TRUE(head.follow(31));
  EXPECT_EQ(head.advance(10), to_samples(31));
}

TEST(DeviceFrames, SilenceWhileNotPlayingAndOnlyTheFramesAskedFor) {
  PlayHead head(tolerance);
  const Timeline timeline({}, {}, 1000);
  MixBuffer scratch;
  std::vector<float> out(12, 7.0f);
  fill_device_frames(head, timeline, DeviceFormat{2, 1}, scratch, out.data(), 5);
  EXPECT_EQ(out, (std::vector<float>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7}));
  EXPECT_EQ(head.position(), 0);
}

TEST(DeviceFrames, TheHeadMovesBySamplesNotDeviceFrames) {
  PlayHead head(tolerance);
  head.follow(0);
  const Timeline timeline({}, {}, 100000);
  MixBuffer scratch;
  std::vector<float> out(2 * 1001, 7.0f);
  // Stereo at twice the rate: 1001 frames are 500 samples and an odd silent frame, mixed in
  // blocks of at most mix_block.
  fill_device_frames(head, timeline, DeviceFormat{2, 2}, scratch, out.data(), 1001);
  EXPECT_EQ(head.position(), 500);
  EXPECT_TRUE(std::all_of(out.begin(), out.end(), [](float s) { return s == 0; }));
}

// The sound itself needs the mixer (Timeline::mix_into).
Timeline ramp_at(std::int64_t start) {
  auto samples = std::make_shared<Samples>(Samples{0.1f, 0.2f, 0.3f, 0.4f});
  std::vector<Placed> placed{{samples, start, 4, false, nullptr}};
  return Timeline({}, std::move(placed), 100000);
}

TEST(DeviceFrames, PlaysTheTimelineFromTheHeadOnEveryChannelAndRepeat) {
  const Timeline timeline = ramp_at(300);
  MixBuffer scratch;
  PlayHead mono(tolerance);
  mono.follow(to_seconds(298));  // within the tolerance of 0: stays at 0
  mono.advance(298);
  std::vector<float> out(6);
  fill_device_frames(mono, timeline, DeviceFormat{1, 1}, scratch, out.data(), 6);
  EXPECT_EQ(out, (std::vector<float>{0, 0, 0.1f, 0.2f, 0.3f, 0.4f}));

  PlayHead stereo(tolerance);
  stereo.follow(0);
  stereo.advance(301);
  std::vector<float> wide(2 * 4);
  fill_device_frames(stereo, timeline, DeviceFormat{2, 2}, scratch, wide.data(), 4);
  EXPECT_EQ(wide, (std::vector<float>{0.2f, 0.2f, 0.2f, 0.2f, 0.3f, 0.3f, 0.3f, 0.3f}));
}

TEST(DeviceFrames, ABufferLongerThanABlockIsMixedBlockByBlock) {
  const Timeline timeline = ramp_at(mix_block - 2);  // straddles the first block's end
  MixBuffer scratch;
  PlayHead head(tolerance);
  head.follow(0);
  std::vector<float> out(600);
  fill_device_frames(head, timeline, DeviceFormat{1, 1}, scratch, out.data(), 600);
  EXPECT_EQ(head.position(), 600);
  std::vector<float> expected(600, 0.0f);
  std::copy_n(std::vector<float>{0.1f, 0.2f, 0.3f, 0.4f}.begin(), 4,
              expected.begin() + mix_block - 2);
  EXPECT_EQ(out, expected);
}

}  // namespace
}  // namespace limber::audio
