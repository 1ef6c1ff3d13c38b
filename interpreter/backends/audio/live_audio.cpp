#include "interpreter/backends/audio/live_audio.hpp"

#include "interpreter/backends/audio/device_frames.hpp"

#include <fcntl.h>
#include <portaudio.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <span>
#include <thread>
#include <utility>

namespace limber::audio {

namespace {

// ALSA and JACK report every device they probe and fail to find straight to stderr, in words
// meant for developers; the patient should meet only limber's own sentence. Only used while
// nothing else of limber's is printing (before and after the run).
class QuietStderr {
 public:
  QuietStderr() {
    std::fflush(stderr);
    saved_ = dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) dup2(null, STDERR_FILENO);
    if (null >= 0) close(null);
  }
  ~QuietStderr() {
    std::fflush(stderr);
    if (saved_ < 0) return;
    dup2(saved_, STDERR_FILENO);
    close(saved_);
  }
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;

 private:
  int saved_ = -1;
};

// PortAudio initialised for as long as this lives (its calls nest; each is paired).
class PortAudioLibrary {
 public:
  PortAudioLibrary() {
    const QuietStderr quiet;
    error_ = Pa_Initialize();
  }
  ~PortAudioLibrary() {
    if (error_ != paNoError) return;
    const QuietStderr quiet;
    Pa_Terminate();
  }
  PortAudioLibrary(const PortAudioLibrary&) = delete;
  PortAudioLibrary& operator=(const PortAudioLibrary&) = delete;
  bool ok() const { return error_ == paNoError; }

 private:
  PaError error_;
};

std::string cannot_play(const std::string& why) {
  return "limber run: " + why +
         "; `limber render` writes the session to a sound file you can play on a phone or "
         "another computer instead.";
}

const std::string no_device =
    cannot_play("there is no audio output device here to play the session on");

// limber's samples are mono at sample_rate. Devices that cannot take that get each sample on
// every channel, and twice over at double the rate; nothing else needs resampling.
constexpr std::array<DeviceFormat, 4> formats{{{1, 1}, {2, 1}, {2, 2}, {1, 2}}};

PaStreamParameters output_parameters(PaDeviceIndex device, DeviceFormat format) {
  PaStreamParameters parameters{};
  parameters.device = device;
  parameters.channelCount = format.channels;
  parameters.sampleFormat = paFloat32;
  parameters.suggestedLatency = Pa_GetDeviceInfo(device)->defaultLowOutputLatency;
  parameters.hostApiSpecificStreamInfo = nullptr;
  return parameters;
}

std::optional<DeviceFormat> playable_format(PaDeviceIndex device) {
  for (const DeviceFormat format : formats) {
    const PaStreamParameters parameters = output_parameters(device, format);
    const QuietStderr quiet;
    if (Pa_IsFormatSupported(nullptr, &parameters,
                             static_cast<double>(sample_rate) * format.repeat) ==
        paFormatIsSupported) {
      return format;
    }
  }
  return std::nullopt;
}

// The default output device, or why there is none to play on.
std::variant<PaDeviceIndex, std::string> output_device() {
  const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
  if (device == paNoDevice) return no_device;
  const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
  if (info == nullptr || info->maxOutputChannels < 1) return no_device;
  return device;
}

}  // namespace

// What the callback reads: the timeline, the play head and room to mix into, all made before
// the stream starts so the callback neither allocates nor locks.
struct LiveAudioBackend::Stream {
  explicit Stream(const Timeline& played) : timeline(played) {}
  ~Stream() {
    if (stream == nullptr) return;
    const QuietStderr quiet;
    Pa_AbortStream(stream);
    Pa_CloseStream(stream);
  }

  PortAudioLibrary library;
  const Timeline& timeline;
  // Drift beyond 30 ms is corrected; the position moves a block at a time, so a block more.
  PlayHead head{to_samples(0.030) + mix_block};
  DeviceFormat format;
  MixBuffer scratch{};
  PaStream* stream = nullptr;

  static int callback(const void* /*input*/, void* output, unsigned long frames,
                      const PaStreamCallbackTimeInfo* /*time*/, PaStreamCallbackFlags /*flags*/,
                      void* self) {
    auto& stream = *static_cast<Stream*>(self);
    fill_device_frames(stream.head, stream.timeline, stream.format, stream.scratch,
                       static_cast<float*>(output), static_cast<std::int64_t>(frames));
    return paContinue;
  }
};

std::optional<std::string> audio_output_problem() {
  const PortAudioLibrary library;
  if (!library.ok()) return no_device;
  const auto device = output_device();
  if (const std::string* problem = std::get_if<std::string>(&device)) return *problem;
  if (!playable_format(std::get<PaDeviceIndex>(device))) {
    return cannot_play("the audio output device cannot play limber's sound");
  }
  return std::nullopt;
}

std::variant<std::unique_ptr<LiveAudioBackend>, std::string> LiveAudioBackend::open(
    const Timeline& timeline) {
  auto stream = std::make_unique<Stream>(timeline);
  if (!stream->library.ok()) return no_device;
  const auto device = output_device();
  if (const std::string* problem = std::get_if<std::string>(&device)) return *problem;
  const PaDeviceIndex index = std::get<PaDeviceIndex>(device);
  const std::optional<DeviceFormat> format = playable_format(index);
  if (!format) return cannot_play("the audio output device cannot play limber's sound");
  stream->format = *format;
  const PaStreamParameters parameters = output_parameters(index, *format);
  PaError error = paNoError;
  {
    const QuietStderr quiet;
    error = Pa_OpenStream(&stream->stream, nullptr, &parameters,
                          static_cast<double>(sample_rate) * format->repeat,
                          static_cast<unsigned long>(mix_block * format->repeat), paNoFlag,
                          &Stream::callback, stream.get());
    if (error == paNoError) error = Pa_StartStream(stream->stream);
  }
  if (error != paNoError) {
    return cannot_play(std::string("the audio output device cannot be opened (") +
                       Pa_GetErrorText(error) + ")");
  }
  return std::unique_ptr<LiveAudioBackend>(new LiveAudioBackend(std::move(stream)));
}

LiveAudioBackend::LiveAudioBackend(std::unique_ptr<Stream> stream) : stream_(std::move(stream)) {}

LiveAudioBackend::~LiveAudioBackend() {
  finish();
}

void LiveAudioBackend::on_event(const Event& event) {
  // The event is emitted `late_ms` after its time: that is where the clock is now.
  stream_->head.follow(event.t_s + event.late_ms.value_or(0) / 1000);
  completed_ = event.kind == EventKind::done;
}

void LiveAudioBackend::on_tick(double now_s, bool paused) {
  stream_->head.tick(now_s, paused);
}

void LiveAudioBackend::finish() {
  if (finished_) return;
  finished_ = true;
  if (completed_) {
    // The closing words and the chime may outlast the last event: let them be heard, for no
    // longer than they last (plus the device's latency), whatever the device does.
    std::int64_t end = 0;
    for (const Placed& placed : stream_->timeline.placed()) {
      end = std::max(end, placed.start + placed.length);
    }
    const PaStreamInfo* info = Pa_GetStreamInfo(stream_->stream);
    const double latency_s = info != nullptr ? info->outputLatency : 0;
    const double left_s = to_seconds(end - stream_->head.position()) + latency_s;
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(std::max(0.0, left_s));
    std::this_thread::sleep_until(deadline);
  }
  stream_.reset();
}

}  // namespace limber::audio
