#include "interpreter/cli/voice_options.hpp"

#include <fmt/format.h>

#include <cctype>

#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/cli/exit_codes.hpp"

namespace limber::cli {

void add_voice_options(CLI::App& command, VoiceOptions& options) {
  command.add_option("--language", options.language,
                     "The language spoken: en (English) or es (Spanish); default: the "
                     "routine's `set language`, else en");
  command.add_option("--voice", options.voice,
                     "The espeak-ng voice that speaks, such as en-gb, es-419 or en-gb+f3; "
                     "default: the language's own");
}

std::string session_language(const VoiceOptions& options, const Plan& plan) {
  return session_language(options, plan.language);
}

std::string session_language(const VoiceOptions& options, std::string_view routine_language) {
  if (!options.language.empty()) return options.language;
  if (!routine_language.empty()) return std::string(routine_language);
  if (!options.voice.empty()) {
    // "es-419+f3" → "es": a voice of a language limber speaks brings that language's phrases.
    std::string base = options.voice.substr(0, options.voice.find_first_of("-_+"));
    for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (audio::phrases_for(base) != nullptr) return base;
  }
  return "en";
}

std::optional<int> refuse_unknown_language(std::string_view command, const VoiceOptions& options,
                                           std::string_view routine_language) {
  try {
    audio::check_language(session_language(options, routine_language));
  } catch (const audio::VoiceError& error) {
    fmt::print(stderr, "limber {}: {}\n", command, error.what());
    return exit_usage;
  }
  return std::nullopt;
}

std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& plan) {
  return open_voice(command, options, plan.language);
}

std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            std::string_view routine_language) {
  try {
    return std::make_unique<audio::Voice>(session_language(options, routine_language),
                                          options.voice);
  } catch (const audio::VoiceError& error) {
    fmt::print(stderr, "limber {}: {}\n", command, error.what());
    return exit_usage;
  }
}

}  // namespace limber::cli
