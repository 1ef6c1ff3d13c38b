#pragma once

// STAND-IN (issue8-live): the real --language/--voice options come from the voice helper's
// branch with this same interface; this copy only lets the live backend build until then.

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "interpreter/backends/audio/voice.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

struct VoiceOptions {
  std::string language;  // --language: "en", "es"; empty for the routine's own
  std::string voice;     // --voice: an espeak-ng voice name; empty for the language's own
};

// Adds --language and --voice to `command`.
void add_voice_options(CLI::App& command, VoiceOptions& options);

// The voice that speaks the session, or the exit code after printing why there is none.
std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& plan);

}  // namespace limber::cli
