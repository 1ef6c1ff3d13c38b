#include "interpreter/lsp/timing_hints.hpp"

#include <fmt/format.h>

#include <cmath>

#include "interpreter/lsp/step_times.hpp"

namespace limber::lsp {

namespace {

long whole_seconds(double seconds) {
  return std::lround(std::max(0.0, seconds));
}

// Where a hint goes: right after the step's last token (a statement's span can take in the
// blanks before a block's closing brace).
std::uint32_t hint_offset(const Analysis& analysis, Span span) {
  const std::string& text = analysis.source().text();
  std::uint32_t end = span.end;
  while (end > span.begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return end;
}

}  // namespace

std::string clock_text(double seconds) {
  const long total = whole_seconds(seconds);
  if (total >= 3600) {
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  }
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

std::string length_text(double seconds) {
  const long total = whole_seconds(seconds);
  std::string out;
  const auto part = [&](long amount, const char* unit) {
    if (amount == 0) return;
    out += fmt::format("{}{} {}", out.empty() ? "" : " ", amount, unit);
  };
  part(total / 3600, "h");
  part(total / 60 % 60, "min");
  part(total % 60, "s");
  return out.empty() ? "0 s" : out;
}

void write_inlay_hints(JsonWriter& out, const Analysis& analysis, const Json& range) {
  const std::uint32_t first_line = range.at("start").at("line").get<std::uint32_t>();
  const std::uint32_t last_line = range.at("end").at("line").get<std::uint32_t>();
  out.begin_array();
  for (const RoutineTime& routine : routine_times(analysis.program())) {
    for (const StepTime& step : routine.steps) {
      const Position at = analysis.position(hint_offset(analysis, step.span));
      if (at.line < first_line || at.line > last_line) continue;
      // The keys in the order nlohmann::json keeps them (sorted).
      out.begin_object();
      out.key("label");
      out.string(fmt::format("@{} · {}", clock_text(step.start_s), clock_text(step.length_s)));
      out.key("paddingLeft");
      out.boolean(true);
      out.key("position");
      write_position(out, at);
      out.end_object();
    }
  }
  out.end_array();
}

Json code_lenses(const Analysis& analysis) {
  Json lenses = Json::array();
  for (const RoutineTime& routine : routine_times(analysis.program())) {
    std::string title = length_text(routine.total_s);
    if (routine.target_s) title += fmt::format(" of {} target", length_text(*routine.target_s));
    // A lens that only shows: its command does nothing, which clients display as a label.
    lenses.push_back({{"range", analysis.range(routine.routine->title_span)},
                      {"command", {{"title", title}, {"command", ""}}}});
  }
  return lenses;
}

}  // namespace limber::lsp
