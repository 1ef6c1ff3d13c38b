#pragma once

// Where live playback is in the session's timeline, shared between the runner's thread (which
// follows the runner's clock: start, pause, resume, skips) and the audio callback (which plays
// a block at a time). Lock-free and allocation-free on the callback's side: the position and
// the playing flag are atomics, and the callback only ever adds to the position, so a seek from
// the runner's thread is never lost: the block under way finishes, the next starts at the seek.
//
// Kept apart from PortAudio so that what is played when can be tested exactly.

#include <atomic>
#include <cstdint>

namespace limber::audio {

class PlayHead {
 public:
  // `tolerance`: how far, in samples, the position may drift from the runner's clock before
  // follow() moves it. The callback advances a block at a time, so the tolerance must exceed a
  // block; below it, small drifts are left alone rather than making the sound jump.
  explicit PlayHead(std::int64_t tolerance) : tolerance_(tolerance) {}

  // ---- the audio callback

  // The first sample of the next `frames` to play, moving the position past them; or -1 when
  // playback is paused or not started (play silence, the position stays).
  std::int64_t advance(std::int64_t frames) {
    if (!playing_.load(std::memory_order_acquire)) return -1;
    return position_.fetch_add(frames, std::memory_order_acq_rel);
  }

  // ---- the runner's thread

  // An event came, and the runner's clock says routine time is `now_s`: starts playback with
  // the first event, and moves the position there when it is off by more than the tolerance (a
  // skip jumps the clock; the device's clock drifts slowly from the runner's). Returns whether
  // the position moved.
  bool follow(double now_s);
  // The runner's tick between events: while `paused`, silence with the position held; on the
  // first tick after a pause, play on from where the clock is now (the runner resumes its clock
  // a little before it tells the backends); otherwise as follow(). Nothing before the first
  // event.
  void tick(double now_s, bool paused);
  bool playing() const { return playing_.load(std::memory_order_acquire); }
  // The next sample the callback will play.
  std::int64_t position() const { return position_.load(std::memory_order_acquire); }

 private:
  std::atomic<std::int64_t> position_{0};
  std::atomic<bool> playing_{false};
  std::int64_t tolerance_;
  bool started_ = false;  // the runner's thread only
  static_assert(std::atomic<std::int64_t>::is_always_lock_free);
  static_assert(std::atomic<bool>::is_always_lock_free);
};

}  // namespace limber::audio
