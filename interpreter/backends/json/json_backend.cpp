#include "interpreter/backends/json/json_backend.hpp"

#include <cmath>
#include <cstdint>

namespace limber {

namespace {

// Whole seconds print as integers (5, not 5.0), so the lines read like the plan's JSON.
nlohmann::ordered_json number(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

}  // namespace

nlohmann::ordered_json event_to_json(const Event& e) {
  nlohmann::ordered_json j;
  j["event"] = to_string(e.kind);
  j["t_s"] = number(e.t_s);
  if (e.late_ms) j["late_ms"] = std::round(*e.late_ms * 1000) / 1000;
  const auto text = [&](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  const auto side = [&] {
    j["side"] = e.side.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.side);
  };
  switch (e.kind) {
    case EventKind::routine_start:
      j["routine"] = e.routine;
      j["total_s"] = number(e.total_s);
      break;
    case EventKind::acknowledge:
      j["condition"] = e.condition;
      j["text"] = e.text;
      break;
    case EventKind::skipped:
      j["exercise"] = e.exercise;
      j["reason"] = e.reason;
      text("display_name", e.display_name);
      text("condition", e.condition);
      j["text"] = e.text;
      break;
    case EventKind::replaced:
      j["exercise"] = e.exercise;
      j["display_name"] = e.display_name;
      j["instead_of"] = e.instead_of;
      j["condition"] = e.condition;
      j["text"] = e.text;
      break;
    case EventKind::section:
      j["section"] = e.section;
      break;
    case EventKind::exercise:
      text("section", e.section);
      j["exercise"] = e.exercise;
      j["display_name"] = e.display_name;
      j["cue"] = e.cue;
      j["feel"] = e.feel;
      j["duration_s"] = number(e.duration_s);
      text("next", e.next);
      text("progress", e.progress);
      break;
    case EventKind::side:
      text("section", e.section);
      j["exercise"] = e.exercise;
      side();
      break;
    case EventKind::round:
      text("section", e.section);
      j["exercise"] = e.exercise;
      j["display_name"] = e.display_name;
      j["step"] = e.step;
      side();
      j["round"] = e.round;
      j["rounds"] = e.rounds;
      if (e.step == "reps") j["reps"] = e.reps;
      j["duration_s"] = number(e.duration_s);
      break;
    case EventKind::rep:
      text("section", e.section);
      j["exercise"] = e.exercise;
      side();
      j["rep"] = e.rep;
      j["reps"] = e.reps;
      j["duration_s"] = number(e.duration_s);
      break;
    case EventKind::countdown:
      text("section", e.section);
      text("exercise", e.exercise);
      j["remaining_s"] = e.remaining_s;
      break;
    case EventKind::switch_sides:
      text("section", e.section);
      j["exercise"] = e.exercise;
      j["duration_s"] = number(e.duration_s);
      text("next", e.next);
      break;
    case EventKind::rest:
      text("section", e.section);
      j["duration_s"] = number(e.duration_s);
      text("next", e.next);
      break;
    case EventKind::say:
      text("section", e.section);
      j["text"] = e.text;
      break;
    case EventKind::done:
      j["routine"] = e.routine;
      j["total_s"] = number(e.total_s);
      if (!e.advice.empty()) j["advice"] = e.advice;
      break;
  }
  return j;
}

void JsonBackend::on_event(const Event& event) {
  // Flushed line by line: whoever reads the stream sees each event when it happens.
  out_ << event_to_json(event).dump() << '\n' << std::flush;
}

}  // namespace limber
