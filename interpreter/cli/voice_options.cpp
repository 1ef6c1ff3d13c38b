// STAND-IN (issue8-live): replaced by the voice helper's implementation at merge.
#include "interpreter/cli/voice_options.hpp"

#include <fmt/format.h>

#include "interpreter/cli/exit_codes.hpp"

namespace limber::cli {

void add_voice_options(CLI::App& command, VoiceOptions& options) {
  command.add_option("--language", options.language, "The language the session is spoken in");
  command.add_option("--voice", options.voice, "The espeak-ng voice that speaks it");
}

std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& /*plan*/) {
  try {
    return std::make_unique<audio::Voice>(options.language.empty() ? "en" : options.language,
                                          options.voice);
  } catch (const audio::VoiceError& error) {
    fmt::print(stderr, "limber {}: {}\n", command, error.what());
    return exit_usage;
  }
}

}  // namespace limber::cli
