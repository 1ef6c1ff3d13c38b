// Placeholder until the espeak-ng voice lands.
#include "interpreter/backends/audio/voice.hpp"

namespace limber::audio {

Voice::Voice(std::string_view, std::string_view) {
  throw VoiceError("speech is not built yet");
}
Voice::~Voice() = default;
std::shared_ptr<const Samples> Voice::speak(const std::string&) {
  return nullptr;
}
std::vector<std::string> installed_voices() {
  return {};
}

}  // namespace limber::audio
