#pragma once

// Stand-in until the voice options land: --language and --voice, and the voice they choose.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "interpreter/backends/audio/voice.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

struct VoiceOptions {
  std::string language;
  std::string voice;
};

void add_voice_options(CLI::App& command, VoiceOptions& options);

// The language the session is spoken in: --language, else the routine's `set language`, else
// English.
std::string session_language(const VoiceOptions& options, const Plan& plan);

std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& plan);

}  // namespace limber::cli
