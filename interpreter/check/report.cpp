#include "interpreter/check/report.hpp"

#include <algorithm>

#include <cmath>

#include "grammar/suggest.hpp"

namespace limber {

std::string describe(const ast::Value& value) {
  switch (value.kind) {
    case ast::ValueKind::number:
      return "a number";
    case ast::ValueKind::percent:
      return "a percentage";
    case ast::ValueKind::duration:
      return "a duration";
    case ast::ValueKind::count:
      return "a count of rounds";
    case ast::ValueKind::name:
      return "a name";
    case ast::ValueKind::string:
      return "a text";
    case ast::ValueKind::range:
      return "a range";
  }
  return "a value";
}

std::string format_count(double count) {
  if (!(count < 1e9)) return "more than a billion";
  return fmt::format_int(std::llround(count)).str();
}

std::string format_factor(double factor) {
  // Most factors are a few thousandths: k/1000 with fewer than seven digits, which {:g} writes
  // as those digits (six significant ones round back to them), its trailing zeros dropped. fmt
  // takes its slow path for {:g}, which was most of wording a finding about a scaled dose.
  const double thousandths = std::round(factor * 1000);
  if (factor >= 0.001 && factor < 1000 && thousandths / 1000 == factor) {
    const auto k = static_cast<long long>(thousandths);
    std::string out = fmt::format_int(k / 1000).str();
    if (long long rest = k % 1000; rest != 0) {
      char digits[4] = {static_cast<char>('0' + rest / 100),
                        static_cast<char>('0' + rest / 10 % 10), static_cast<char>('0' + rest % 10),
                        '\0'};
      std::size_t length = 3;
      while (digits[length - 1] == '0') --length;
      out.append(".").append(digits, length);
    }
    return out;
  }
  return fmt::format("{:g}", factor);
}

std::string format_seconds(double seconds) {
  // Past four days hours stop being readable, and a session a `repeat` made enormous must not
  // overflow: whole days.
  if (!(seconds < 4 * 86400)) return format_count(seconds / 86400) + " days";
  auto total = static_cast<long long>(std::llround(seconds));
  const long long hours = total / 3600;
  const long long minutes = total % 3600 / 60;
  const long long rest = total % 60;
  // Appended piece by piece: tens of thousands of findings name durations.
  std::string out;
  const auto append = [&](long long amount, std::string_view unit) {
    const fmt::format_int digits(amount);
    out.append(digits.data(), digits.size()).append(unit);
  };
  if (hours > 0) append(hours, "h");
  if (minutes > 0) append(minutes, "min");
  if (rest > 0 || out.empty()) append(rest, "s");
  return out;
}

bool is_whole(double number) {
  return std::floor(number) == number;
}

void suggest_into(Diagnostic& d, std::string_view word, std::span<const std::string_view> known) {
  if (auto nearest = suggest(word, known)) {
    d.help = fill_in(check_messages::did_you_mean, *nearest);
    d.suggestion = std::move(nearest);
  }
}

void suggest_name_into(Diagnostic& d, std::string_view word,
                       std::span<const std::string_view> known) {
  if (word.find('-') == std::string_view::npos) {
    suggest_into(d, word, known);
    return;
  }
  // `cat-cow`: names join their words with _, so the name meant is most likely `cat_cow`.
  std::string joined(word);
  std::replace(joined.begin(), joined.end(), '-', '_');
  if (std::find(known.begin(), known.end(), joined) != known.end()) {
    d.help = fill_in(check_messages::did_you_mean_underscore, joined);
    d.suggestion = std::move(joined);
  } else {
    d.help = check_messages::names_use_underscores;
    suggest_into(d, joined, known);
  }
}

}  // namespace limber
