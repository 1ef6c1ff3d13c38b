#include "interpreter/cli/voice_options.hpp"

#include <fmt/format.h>

#include "interpreter/cli/exit_codes.hpp"

namespace limber::cli {

void add_voice_options(CLI::App& command, VoiceOptions& options) {
  command.add_option("--language", options.language, "The language the session is spoken in");
  command.add_option("--voice", options.voice, "The espeak-ng voice that speaks it");
}

std::string session_language(const VoiceOptions& options, const Plan& plan) {
  if (!options.language.empty()) return options.language;
  return plan.language.empty() ? "en" : plan.language;
}

std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& plan) {
  try {
    return std::make_unique<audio::Voice>(session_language(options, plan), options.voice);
  } catch (const audio::VoiceError& e) {
    fmt::print(stderr, "limber {}: {}\n", command, e.what());
    return exit_usage;
  }
}

}  // namespace limber::cli
