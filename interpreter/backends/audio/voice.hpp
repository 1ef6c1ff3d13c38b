#pragma once

// Speech synthesised in-process by libespeak-ng, never by spawning a program: text in, samples
// out at audio::sample_rate. espeak-ng is one global engine per process, started once and never
// printing anything. Several Voices may exist and be used from any thread: one process-wide lock
// serialises synthesis, and a Voice selects its espeak-ng voice again whenever another Voice
// spoke in between. Each Voice has its own cache, so keep one Voice per session.

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
  // espeak-ng voice ("en-gb", "es-419", as installed_voices() lists them; also the voice's
  // name, "English (Great Britain)", or file, "gmw/en"), optionally with a variant
  // ("en-gb+f3"), or empty for the language's own voice (Phrases::espeak_voice).
  // Throws VoiceError when either is unknown (listing what is installed) or espeak-ng fails.
  explicit Voice(std::string_view language, std::string_view voice = {});
  ~Voice();
  Voice(const Voice&) = delete;
  Voice& operator=(const Voice&) = delete;

  // `text` spoken, trimmed of leading and trailing silence. The same text is synthesised once
  // per Voice; later calls share the first result.
  std::shared_ptr<const Samples> speak(const std::string& text);

  // How many distinct texts were synthesised so far. Read it where no other thread speaks.
  std::size_t synthesised() const { return cache_.size(); }

  // The voice as installed_voices() names it, with its variant if one was chosen: "en-us",
  // "en-gb+f3".
  const std::string& voice_name() const { return voice_name_; }
  const std::string& language() const { return language_; }

 private:
  std::string language_;
  std::string voice_name_;
  std::string espeak_name_;  // what espeak_ng_SetVoiceByName takes: "gmw/en-US", "gmw/en+f3"
  std::unordered_map<std::string, std::shared_ptr<const Samples>> cache_;
};

// Throws VoiceError, as Voice's constructor does, when limber has no phrases for `language`.
void check_language(std::string_view language);

// Every espeak-ng voice installed, by name ("en-us", "es", …), sorted. Throws VoiceError when
// espeak-ng cannot start.
std::vector<std::string> installed_voices();

// Every voice variant installed ("f3", "klatt", …), sorted: "en-gb+f3" speaks en-gb that way.
std::vector<std::string> installed_variants();

}  // namespace limber::audio
