#pragma once

// `--language CODE` and `--voice NAME`: the commands that speak (`run --backend audio`,
// `render`) share these options and open their Voice the same way.

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "interpreter/backends/audio/voice.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

struct VoiceOptions {
  std::string language;  // `--language CODE`; empty: the routine's, else English
  std::string voice;     // `--voice NAME`; empty: the language's own voice
};

void add_voice_options(CLI::App& command, VoiceOptions& options);

// The language a session speaks: --language, else the routine's `set language`, else the
// language of an explicit --voice when limber has phrases for it (`--voice es-419` speaks
// Spanish), else English.
std::string session_language(const VoiceOptions& options, std::string_view routine_language);
std::string session_language(const VoiceOptions& options, const Plan& plan);

// When the session's language is one limber does not speak, says so on stderr as `limber
// COMMAND: …` (the words open_voice() would use) and returns exit_usage. For the commands
// that do not speak, so that `--language xx` is never silently accepted.
std::optional<int> refuse_unknown_language(std::string_view command, const VoiceOptions& options,
                                           std::string_view routine_language);

// The Voice for the session. On VoiceError (an unknown language or voice, espeak-ng missing its
// data) says why on stderr as `limber COMMAND: …` and returns exit_usage.
std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            std::string_view routine_language);
std::variant<std::unique_ptr<audio::Voice>, int> open_voice(std::string_view command,
                                                            const VoiceOptions& options,
                                                            const Plan& plan);

}  // namespace limber::cli
