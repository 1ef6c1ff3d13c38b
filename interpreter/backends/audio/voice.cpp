// Speech by libespeak-ng in its synchronous mode: espeak_ng_Synthesize calls our callback with
// 16-bit samples as it makes them, and returns when the text is spoken. The engine is global to
// the process, so everything that touches it holds one lock.

#include "interpreter/backends/audio/voice.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <optional>

#include "grammar/suggest.hpp"
#include "interpreter/backends/audio/phrases.hpp"

namespace limber::audio {

namespace {

// Slower than espeak-ng's 175: the patient listens lying on a mat, often mid-effort.
constexpr int words_per_minute = 160;

// Below this the sound is silence for trimming: about −46 dBFS, under the quietest consonant.
constexpr float silence_level = 0.005F;
// Kept either side of the sound that trimming finds, so that no attack or decay is clipped.
constexpr std::ptrdiff_t keep_before = sample_rate / 200;  // 5 ms
constexpr std::ptrdiff_t keep_after = sample_rate / 50;    // 20 ms

std::mutex engine_mutex;                   // guards everything below and every espeak-ng call
const Voice* selected_voice = nullptr;     // the Voice whose espeak-ng voice is selected
Samples* collecting = nullptr;             // where the synth callback puts samples
std::optional<std::string> start_failure;  // why espeak-ng cannot start, once it failed
bool started = false;

int collect(short* wav, int count, espeak_EVENT*) {
  if (wav != nullptr && collecting != nullptr) {
    for (int i = 0; i < count; ++i) collecting->push_back(static_cast<float>(wav[i]) / 32768.0F);
  }
  return 0;  // go on
}

std::string status_message(espeak_ng_STATUS status) {
  char reason[512] = {};
  espeak_ng_GetStatusCodeMessage(status, reason, sizeof reason);
  return reason;
}

// Starts espeak-ng once per process; later calls repeat its failure. Hold engine_mutex.
void start_engine() {
  if (started) return;
  if (start_failure) throw VoiceError(*start_failure);
  // Data from ESPEAK_DATA_PATH when that folder exists, else where the library was built to look.
  espeak_ng_InitializePath(nullptr);
  // With an error context, espeak-ng returns its error instead of printing it.
  espeak_ng_ERROR_CONTEXT context = nullptr;
  espeak_ng_STATUS status = espeak_ng_Initialize(&context);
  espeak_ng_ClearErrorContext(&context);
  if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
  if (status != ENS_OK) {
    const char* data = nullptr;
    espeak_Info(&data);
    start_failure = fmt::format(
        "speech is not available: espeak-ng cannot read its voice data in {} ({}); install "
        "the espeak-ng-data package",
        data != nullptr ? data : "its data folder", status_message(status));
    throw VoiceError(*start_failure);
  }
  if (espeak_ng_GetSampleRate() != sample_rate) {
    start_failure = fmt::format("speech is not available: espeak-ng speaks at {} Hz, not {} Hz",
                                espeak_ng_GetSampleRate(), sample_rate);
    throw VoiceError(*start_failure);
  }
  espeak_SetSynthCallback(collect);
  espeak_SetParameter(espeakRATE, words_per_minute, 0);
  started = true;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view after_slash(std::string_view identifier) {
  const auto slash = identifier.rfind('/');
  return slash == std::string_view::npos ? identifier : identifier.substr(slash + 1);
}

struct Installed {
  std::string tag;         // its first language, as espeak-ng --voices lists it: "en-gb"
  std::string name;        // "English (Great Britain)"
  std::string identifier;  // its file under espeak-ng-data/voices: "gmw/en"
};

// Hold engine_mutex, with the engine started.
std::vector<Installed> list_voices(espeak_VOICE* spec) {
  std::vector<Installed> out;
  for (const espeak_VOICE** voice = espeak_ListVoices(spec); voice && *voice; ++voice) {
    // `languages` is a list of (priority byte, language) pairs; the first is the voice's own.
    const char* languages = (*voice)->languages;
    out.push_back({languages != nullptr && *languages ? lower(languages + 1) : std::string(),
                   (*voice)->name != nullptr ? (*voice)->name : "",
                   (*voice)->identifier != nullptr ? (*voice)->identifier : ""});
  }
  return out;
}

std::vector<Installed> voices_installed() {
  return list_voices(nullptr);
}

std::vector<std::string> variants_installed() {
  espeak_VOICE spec{};
  spec.languages = "variant";
  std::vector<std::string> out;
  for (const Installed& variant : list_voices(&spec)) {
    out.emplace_back(after_slash(variant.identifier));  // "!v/f3" → "f3"
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> tags_of(const std::vector<Installed>& voices) {
  std::vector<std::string> out;
  for (const Installed& voice : voices) {
    if (!voice.tag.empty()) out.push_back(voice.tag);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

// " (did you mean "en-gb"?)" when a known word is close to `word`.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& known) {
  const std::vector<std::string_view> views(known.begin(), known.end());
  const auto nearest = suggest(word, views);
  return nearest ? fmt::format(" (did you mean \"{}\"?)", *nearest) : std::string();
}

// The installed voice `written` names: its language tag, its name or its file, in any case.
const Installed* find_voice(const std::vector<Installed>& voices, std::string_view written) {
  std::string wanted = lower(written);
  std::replace(wanted.begin(), wanted.end(), '_', '-');
  for (const Installed& voice : voices) {
    if (voice.tag == wanted) return &voice;
  }
  for (const Installed& voice : voices) {
    if (lower(voice.name) == lower(written) || lower(voice.identifier) == lower(written) ||
        lower(after_slash(voice.identifier)) == lower(written)) {
      return &voice;
    }
  }
  return nullptr;
}

std::string unknown_voice(std::string_view written, const Phrases& language,
                          const std::vector<Installed>& voices) {
  const std::vector<std::string> tags = tags_of(voices);
  std::vector<std::string> own;
  std::vector<std::string> others;
  const std::string code(language.code);
  for (const std::string& tag : tags) {
    (tag == code || tag.starts_with(code + "-") ? own : others).push_back(tag);
  }
  return fmt::format(
      "there is no espeak-ng voice \"{}\"{}. The voices for {} ({}) are: {} (a voice may add a "
      "variant, as in {}+f3). The other voices installed: {}",
      written, did_you_mean(lower(written), tags), language.name, language.code, joined(own),
      language.espeak_voice, joined(others));
}

void trim_silence(Samples& samples) {
  const auto loud = [](float sample) { return std::fabs(sample) > silence_level; };
  const auto first = std::find_if(samples.begin(), samples.end(), loud);
  if (first == samples.end()) {
    samples.clear();
    return;
  }
  const auto last = std::find_if(samples.rbegin(), samples.rend(), loud).base();  // one past
  const std::ptrdiff_t begin = std::max<std::ptrdiff_t>(0, (first - samples.begin()) - keep_before);
  const std::ptrdiff_t end = std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(samples.size()),
                                                      (last - samples.begin()) + keep_after);
  samples.erase(samples.begin() + end, samples.end());
  samples.erase(samples.begin(), samples.begin() + begin);
  samples.shrink_to_fit();
}

// Makes `espeak_name` espeak-ng's current voice. Hold engine_mutex.
void select(const std::string& espeak_name, const std::string& shown) {
  const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(espeak_name.c_str());
  if (status != ENS_OK) {
    throw VoiceError(
        fmt::format("espeak-ng cannot load the voice \"{}\" ({})", shown, status_message(status)));
  }
}

}  // namespace

void check_language(std::string_view language) {
  if (phrases_for(language) != nullptr) return;
  const auto meant = language_meant(language);
  throw VoiceError(fmt::format("limber speaks {}; there is no language \"{}\"{}",
                               phrase_languages_in_words(), language,
                               meant ? fmt::format(" (did you mean \"{}\"?)", *meant) : ""));
}

Voice::Voice(std::string_view language, std::string_view voice) : language_(language) {
  check_language(language);
  const Phrases* phrases = phrases_for(language);
  const std::lock_guard lock(engine_mutex);
  start_engine();
  const std::string_view written = voice.empty() ? phrases->espeak_voice : voice;
  const std::size_t plus = written.find('+');
  const std::string_view base = written.substr(0, plus);
  const std::vector<Installed> voices = voices_installed();
  const Installed* found = find_voice(voices, base);
  if (found == nullptr) throw VoiceError(unknown_voice(base, *phrases, voices));
  voice_name_ = found->tag;
  espeak_name_ = found->identifier;
  if (plus != std::string_view::npos) {
    // Variants are files, some spelled in capitals ("Alex"): matched in any case, named as
    // installed.
    const std::string_view variant = written.substr(plus + 1);
    const std::vector<std::string> variants = variants_installed();
    const auto found_variant = std::find_if(variants.begin(), variants.end(), [&](const auto& v) {
      return lower(v) == lower(variant);
    });
    if (found_variant == variants.end()) {
      throw VoiceError(
          fmt::format("there is no espeak-ng voice variant \"{}\"{}. The variants are: {}", variant,
                      did_you_mean(variant, variants), joined(variants)));
    }
    voice_name_ += "+" + *found_variant;
    espeak_name_ += "+" + *found_variant;
  }
  select(espeak_name_, voice_name_);
  selected_voice = this;
}

Voice::~Voice() {
  const std::lock_guard lock(engine_mutex);
  // Another Voice may come to live at this address; it must select its own voice.
  if (selected_voice == this) selected_voice = nullptr;
}

std::shared_ptr<const Samples> Voice::speak(const std::string& text) {
  const std::lock_guard lock(engine_mutex);
  if (const auto cached = cache_.find(text); cached != cache_.end()) return cached->second;
  auto samples = std::make_shared<Samples>();
  const bool has_words = std::any_of(text.begin(), text.end(), [](char c) {
    return !std::isspace(static_cast<unsigned char>(c));
  });
  if (has_words) {
    if (selected_voice != this) {
      select(espeak_name_, voice_name_);
      selected_voice = this;
    }
    samples->reserve(text.size() * sample_rate / 12);  // roughly 12 characters a second
    collecting = samples.get();
    // No flags: the text is plain UTF-8, never SSML or phoneme codes, so it is said as written.
    const espeak_ng_STATUS status = espeak_ng_Synthesize(
        text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    collecting = nullptr;
    if (status != ENS_OK) {
      throw VoiceError(
          fmt::format("espeak-ng could not say \"{}\" ({})", text, status_message(status)));
    }
    trim_silence(*samples);
  }
  cache_.emplace(text, samples);
  return samples;
}

std::vector<std::string> installed_voices() {
  const std::lock_guard lock(engine_mutex);
  start_engine();
  return tags_of(voices_installed());
}

std::vector<std::string> installed_variants() {
  const std::lock_guard lock(engine_mutex);
  start_engine();
  return variants_installed();
}

}  // namespace limber::audio
