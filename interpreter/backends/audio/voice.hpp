#pragma once

// Speech synthesised in-process by libespeak-ng, never by spawning a program: text in, samples
// out at audio::sample_rate. espeak-ng is one global engine per process, so there is one Voice
// at a time.

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interpreter/backends/audio/samples.hpp"

namespace limber::audio {

// A language or voice that is not there, or an engine that cannot start; the message says what
// is installed and what to do.
struct VoiceError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Voice {
 public:
  // `language`: a language limber has phrases for ("en", "es"; phrases.hpp). `voice`: an
  // espeak-ng voice name ("en-gb", "es-419"), or empty for the language's own voice.
  // Throws VoiceError when either is unknown (listing what is installed) or espeak-ng fails.
  explicit Voice(std::string_view language, std::string_view voice = {});
  ~Voice();
  Voice(const Voice&) = delete;
  Voice& operator=(const Voice&) = delete;

  // `text` spoken, trimmed of leading and trailing silence. The same text is synthesised once
  // per Voice; later calls share the first result.
  std::shared_ptr<const Samples> speak(const std::string& text);

  // How many distinct texts were synthesised so far.
  std::size_t synthesised() const { return cache_.size(); }

  const std::string& voice_name() const { return voice_name_; }

 private:
  std::string voice_name_;
  std::unordered_map<std::string, std::shared_ptr<const Samples>> cache_;
};

// Every espeak-ng voice installed, by name ("en-us", "es", …), sorted.
std::vector<std::string> installed_voices();

}  // namespace limber::audio
