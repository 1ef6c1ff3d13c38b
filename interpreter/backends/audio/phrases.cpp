#include "interpreter/backends/audio/phrases.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cmath>

namespace limber::audio {

namespace {

constexpr Phrases english{
    .code = "en",
    .name = "English",
    .espeak_voice = "en-us",
    .rounds_of_hold = "{} rounds of {}",
    .one_hold = "hold {}",
    .sets_of_reps = "{} sets of {}",
    .one_set = "{}",
    .repetitions = "{} repetitions",
    .warm_up_for = "warm up for {}",
    .each_side = "on each side",
    .feel = "You should feel: {}",
    .round_of = "round {} of {}",
    .set_of = "set {} of {}",
    .start_left = "Start with the left side.",
    .start_right = "Start with the right side.",
    .left_side = "left side",
    .right_side = "right side",
    .switch_sides = "switch sides",
    .rest = "rest",
    .halfway = "halfway",
    .next = "next: {}",
    .well_done = "Well done. That is the end of today's session.",
    .times_a_week = "Do this routine {} to {} times a week.",
    .n_times_a_week = "Do this routine {} times a week.",
    .every_day = "Do this routine every day.",
    .see_a_professional = "If pain lasts more than a few days, see a healthcare professional.",
    .second = "second",
    .seconds = "seconds",
    .minute = "minute",
    .minutes = "minutes",
    .hour = "hour",
    .hours = "hours",
    .and_ = "",
};

constexpr Phrases spanish{
    .code = "es",
    .name = "Español",
    .espeak_voice = "es",
    .rounds_of_hold = "{} rondas de {}",
    .one_hold = "mantén {}",
    .sets_of_reps = "{} series de {}",
    .one_set = "{}",
    .repetitions = "{} repeticiones",
    .warm_up_for = "calienta durante {}",
    .each_side = "de cada lado",
    .feel = "Deberías sentir: {}",
    .round_of = "ronda {} de {}",
    .set_of = "serie {} de {}",
    .start_left = "Empieza por el lado izquierdo.",
    .start_right = "Empieza por el lado derecho.",
    .left_side = "lado izquierdo",
    .right_side = "lado derecho",
    .switch_sides = "cambia de lado",
    .rest = "descansa",
    .halfway = "a la mitad",
    .next = "a continuación: {}",
    .well_done = "Muy bien. Has terminado la sesión de hoy.",
    .times_a_week = "Haz esta rutina de {} a {} veces por semana.",
    .n_times_a_week = "Haz esta rutina {} veces por semana.",
    .every_day = "Haz esta rutina todos los días.",
    .see_a_professional =
        "Si el dolor dura más de unos días, consulta a un profesional de la salud.",
    .second = "segundo",
    .seconds = "segundos",
    .minute = "minuto",
    .minutes = "minutos",
    .hour = "hora",
    .hours = "horas",
    .and_ = "y",
};

constexpr std::array<const Phrases*, 2> tables{&english, &spanish};

std::string count_of(long long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

const Phrases* phrases_for(std::string_view language) {
  for (const Phrases* table : tables) {
    if (table->code == language) return table;
  }
  return nullptr;
}

std::vector<std::string_view> phrase_languages() {
  std::vector<std::string_view> codes;
  for (const Phrases* table : tables) codes.push_back(table->code);
  return codes;
}

std::string phrase_languages_in_words() {
  std::string out;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) out += i + 1 == tables.size() ? " and " : ", ";
    out += fmt::format("{} ({})", tables[i]->name, tables[i]->code);
  }
  return out;
}

std::optional<std::string_view> language_meant(std::string_view written) {
  // ASCII lower case is enough: codes are ASCII, and "Español" and "español" differ in the E.
  std::string lower(written);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string base = lower.substr(0, lower.find_first_of("-_"));
  for (const Phrases* table : tables) {
    std::string name(table->name);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (base == table->code || lower == name) return table->code;
  }
  return std::nullopt;
}

std::string spoken_duration(const Phrases& phrases, double seconds) {
  long long rest = std::llround(seconds);
  std::vector<std::string> parts;
  if (rest >= 3600) {
    parts.push_back(count_of(rest / 3600, phrases.hour, phrases.hours));
    rest %= 3600;
  }
  if (rest >= 60) {
    parts.push_back(count_of(rest / 60, phrases.minute, phrases.minutes));
    rest %= 60;
  }
  if (rest > 0 || parts.empty()) parts.push_back(count_of(rest, phrases.second, phrases.seconds));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += ' ';
      // "1 minuto y 30 segundos": the last part joined with the language's "and", if it has one.
      if (i + 1 == parts.size() && !phrases.and_.empty()) out += std::string(phrases.and_) + ' ';
    }
    out += parts[i];
  }
  return out;
}

}  // namespace limber::audio
