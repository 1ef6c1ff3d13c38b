#include "interpreter/plan/plan_output.hpp"

#include <fmt/format.h>
#include <cmath>

#include "interpreter/check/report.hpp"
#include "interpreter/plan/progress_text.hpp"

namespace limber {

namespace {

using Json = nlohmann::ordered_json;

Json or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

// Whole seconds print as integers, as cli.md shows them; a fractional time keeps its fraction.
Json seconds(double value) {
  if (std::floor(value) == value) return static_cast<long long>(value);
  return value;
}

// m:ss, or h:mm:ss past an hour: the clock a patient reads.
std::string clock_time(double s) {
  const auto total = static_cast<long long>(std::floor(s));
  if (total >= 3600) {
    return fmt::format("{}:{:02}:{:02}", total / 3600, total % 3600 / 60, total % 60);
  }
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

std::string_view of_text(StepProgress::Of of) {
  return of == StepProgress::Of::hold ? "hold" : of == StepProgress::Of::reps ? "reps" : "rounds";
}

// `"progress": {"of", "week", "dose", "next", "next_week", "until", "held_back"}`: seconds for a
// hold, repetitions for reps, a count for rounds; `next` is null at the goal or while held back.
Json progress_json(const StepProgress& p) {
  return {{"of", of_text(p.of)},
          {"week", p.week},
          {"dose", seconds(p.dose)},
          {"next", p.next ? seconds(*p.next) : Json(nullptr)},
          {"next_week", p.next ? Json(p.next_week) : Json(nullptr)},
          {"until", seconds(p.until)},
          {"held_back", p.held_back}};
}

}  // namespace

nlohmann::ordered_json plan_to_json(const Plan& plan) {
  Json steps = Json::array();
  for (const PlanStep& step : plan.steps) {
    Json j = {{"kind", to_string(step.kind)},
              {"exercise", or_null(step.exercise)},
              {"side", or_null(std::string(to_string(step.side)))},
              {"round", step.rounds > 0 ? Json(step.round) : nullptr},
              {"rounds", step.rounds > 0 ? Json(step.rounds) : nullptr},
              {"start_s", seconds(step.start_s)},
              {"duration_s", seconds(step.duration_s)},
              {"section", or_null(step.section)}};
    if (!step.text.empty()) j["text"] = step.text;
    if (!step.progress.empty()) {
      Json progress = Json::array();
      for (const StepProgress& p : step.progress) progress.push_back(progress_json(p));
      j["progress"] = std::move(progress);
    }
    steps.push_back(std::move(j));
  }
  Json skipped = Json::array();
  for (const SkippedStep& s : plan.skipped) {
    skipped.push_back({{"exercise", s.exercise}, {"reason", s.reason}});
  }
  Json replaced = Json::array();
  for (const ReplacedStep& r : plan.replaced) {
    replaced.push_back(
        {{"exercise", r.exercise}, {"by", r.by}, {"reason", "avoid_if " + r.condition}});
  }
  return {{"routine", or_null(plan.routine)},
          {"total_s", seconds(plan.total_s)},
          {"target_s", plan.target_s ? seconds(*plan.target_s) : Json(nullptr)},
          {"steps", std::move(steps)},
          {"skipped", std::move(skipped)},
          {"replaced", std::move(replaced)}};
}

std::string plan_to_text(const Plan& plan) {
  std::string out = plan.routine.empty() ? "Routine" : plan.routine;
  out += fmt::format(" — {}", format_seconds(plan.total_s));
  if (plan.target_s) out += fmt::format(" (target {})", format_seconds(*plan.target_s));
  out += "\n\n";
  for (const PlanStep& step : plan.steps) {
    std::string what;
    switch (step.kind) {
      case StepKind::section:
        what = fmt::format("── {} ──", step.text);
        break;
      case StepKind::say:
        what = fmt::format("say \"{}\"", step.text);
        break;
      case StepKind::rest:
        what = "rest";
        break;
      case StepKind::switch_sides:
        what = "switch sides";
        break;
      case StepKind::transition:
        what = fmt::format("get ready: {}", step.exercise);
        break;
      default:
        what = step.exercise;
        if (step.side != Side::none) what += fmt::format(" ({})", to_string(step.side));
        if (step.kind == StepKind::reps) what += fmt::format(" ×{}", step.text);
        if (step.rounds > 1) what += fmt::format(", round {} of {}", step.round, step.rounds);
        if (step.kind == StepKind::warmup) what += ", warm-up";
    }
    const std::string length =
        step.duration_s > 0 ? format_seconds(step.duration_s) : std::string();
    std::string line = fmt::format("{:>8}  {:<52} {:>7}", clock_time(step.start_s), what, length);
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + "\n";
  }
  for (const ReplacedStep& r : plan.replaced) {
    out +=
        fmt::format("{:>8}  instead of {}: {} (avoid_if {})\n", "", r.exercise, r.by, r.condition);
  }
  for (const SkippedStep& s : plan.skipped) {
    out += fmt::format("{:>8}  skipped: {} ({})\n", "", s.exercise, s.reason);
  }
  for (const PlannedProgress& p : plan.progressions) {
    out += fmt::format("{:>8}  progress: {}, {}\n", "", p.exercise, progress_text(p.progress));
  }
  out += fmt::format("\ntotal {}\n", format_seconds(plan.total_s));
  return out;
}

}  // namespace limber
