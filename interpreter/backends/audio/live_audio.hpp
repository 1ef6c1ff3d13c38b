#pragma once

// `limber run --backend audio`: the session's prepared Timeline played through PortAudio on
// the default output device, following the runner's clock. The runner decides when; this
// backend only keeps the sound where the clock is: it starts with the session, holds while the
// patient pauses, jumps with a skip (each event re-syncs the play position when it is off by
// more than ~30 ms) and stops at once when the run ends early (pain, quit, Ctrl-C). After the
// last event of a completed session it lets the closing words and the chime play out.
//
// What is heard lags the plan by the device's own output latency (tens of milliseconds).

#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "interpreter/backends/audio/play_head.hpp"
#include "interpreter/backends/audio/timeline.hpp"
#include "interpreter/run/backend.hpp"

namespace limber::audio {

// Why the session cannot be played on this machine (no audio output device, or one that
// cannot play limber's sound), in one sentence for the patient naming `limber render`; none
// when it can. Checked before anything is prepared, so a machine without sound fails at once.
// Whatever ALSA or JACK print while they look for devices is kept off the terminal.
std::optional<std::string> audio_output_problem();

class LiveAudioBackend : public Backend {
 public:
  // Opens the default output device and starts it playing silence until the first event.
  // `timeline` must outlive the backend. Returns the problem, as audio_output_problem()
  // words it, when the device cannot be opened.
  static std::variant<std::unique_ptr<LiveAudioBackend>, std::string> open(
      const Timeline& timeline);

  ~LiveAudioBackend() override;
  LiveAudioBackend(const LiveAudioBackend&) = delete;
  LiveAudioBackend& operator=(const LiveAudioBackend&) = delete;

  void on_event(const Event& event) override;
  void on_tick(double now_s, bool paused) override;
  // Stops and closes the stream. After `done` it first waits (a bounded time) for the last
  // sound of the timeline to be heard; after an early end it stops at once.
  void finish() override;

  struct Stream;  // the PortAudio stream and what its callback reads

 private:
  explicit LiveAudioBackend(std::unique_ptr<Stream> stream);

  std::unique_ptr<Stream> stream_;
  bool completed_ = false;  // the last event was `done`
  bool finished_ = false;
};

}  // namespace limber::audio
