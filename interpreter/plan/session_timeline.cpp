#include "interpreter/plan/session_timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "interpreter/plan/html_text.hpp"

namespace limber {

namespace {

// The drawing's coordinate system: the SVG scales to the page's width.
constexpr double width = 700;
constexpr double left = 12;
constexpr double right = 20;
constexpr double section_y = 0, section_h = 20;
constexpr double exercise_y = 24, exercise_h = 24;
constexpr double activity_y = 52, activity_h = 18;
constexpr double axis_y = 76;
constexpr double legend_y = 104;
constexpr double height = 116;
// A character of the labels is about this many times the font size wide.
constexpr double char_width = 0.6;

struct Band {
  std::string what;
  double start = 0;
  double end = 0;
  int block = -1;  // an exercise block's place among the plan's transitions, from 0
};

bool is_work(StepKind kind) {
  return kind == StepKind::hold || kind == StepKind::reps || kind == StepKind::warmup;
}

std::vector<Band> section_spans(const Plan& plan) {
  std::vector<Band> spans;
  for (const PlanStep& step : plan.steps) {
    if (step.duration_s <= 0 || step.section.empty()) continue;
    const double end = step.start_s + step.duration_s;
    if (!spans.empty() && spans.back().what == step.section && spans.back().end == step.start_s) {
      spans.back().end = end;
    } else {
      spans.push_back({step.section, step.start_s, end});
    }
  }
  return spans;
}

// An exercise's block runs from its transition to the end of its last round or switch; the
// rests between its rounds are inside it, a `rest` after it is not.
std::vector<Band> exercise_spans(const Plan& plan) {
  std::vector<Band> spans;
  int transitions = 0;
  for (const PlanStep& step : plan.steps) {
    const double end = step.start_s + step.duration_s;
    if (step.kind == StepKind::transition) ++transitions;
    const bool own = step.kind == StepKind::transition || is_work(step.kind) ||
                     (step.kind == StepKind::switch_sides && !step.exercise.empty());
    if (!own) continue;
    if (step.kind == StepKind::transition || spans.empty() || spans.back().what != step.exercise) {
      // A block that starts without a transition is no dose of its own: it gets no number.
      spans.push_back({step.exercise, step.start_s, end,
                       step.kind == StepKind::transition ? transitions - 1 : -1});
    } else {
      spans.back().end = end;
    }
  }
  return spans;
}

class Drawing {
 public:
  explicit Drawing(double total_s) : total_s_(std::max(total_s, 1.0)) {}

  double x(double t) const { return left + t / total_s_ * (width - left - right); }

  void rect(double start, double end, double y, double h, std::string_view fill,
            const std::string& title) {
    out_ += fmt::format(
        R"svg(<rect x="{:.2f}" y="{}" width="{:.2f}" height="{}" fill="{}" stroke="#333" stroke-width="0.6">)svg",
        x(start), y, std::max(x(end) - x(start), 0.5), h, fill);
    if (!title.empty()) out_ += "<title>" + html_escape(title) + "</title>";
    out_ += "</rect>\n";
  }

  // A label centred in [start, end], cut to fit; nothing when not even a character fits.
  void label(double start, double end, double y, double size, const std::string& text,
             bool bold = false) {
    const int room = static_cast<int>((x(end) - x(start) - 4) / (size * char_width));
    const std::string fitted = fit_label(text, room);
    if (fitted.empty()) return;
    out_ += fmt::format(
        R"svg(<text x="{:.2f}" y="{}" font-size="{}" text-anchor="middle"{}>{}</text>)svg",
        (x(start) + x(end)) / 2, y, size, bold ? R"svg( font-weight="bold")svg" : "",
        html_escape(fitted));
    out_ += "\n";
  }

  void raw(const std::string& svg) { out_ += svg; }
  const std::string& svg() const { return out_; }

 private:
  double total_s_;
  std::string out_;
};

std::string tick_label(double t, double step) {
  const auto s = static_cast<long long>(std::llround(t));
  if (s == 0) return "0";
  if (step < 60) return fmt::format("{}:{:02}", s / 60, s % 60);
  return fmt::format("{} min", s / 60);
}

}  // namespace

double tick_step_s(double total_s) {
  for (const double step : {15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0}) {
    if (total_s / step <= 12) return step;
  }
  return 3600;
}

std::string fit_label(const std::string& text, int max_chars) {
  std::vector<std::size_t> starts;  // where each code point begins
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  if (static_cast<int>(starts.size()) <= max_chars) return text;
  if (max_chars < 2) return "";
  return text.substr(0, starts[static_cast<std::size_t>(max_chars - 1)]) + "…";
}

bool timeline_has_sections(const Plan& plan) {
  return !section_spans(plan).empty();
}

std::string session_timeline_svg(const Plan& plan, const std::vector<int>& numbers,
                                 const std::map<std::string, std::string, std::less<>>& names) {
  Drawing d(plan.total_s);
  d.raw(fmt::format(
      R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-label="The session along its time line" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">)svg",
      width, height));
  d.raw(
      R"svg(<defs><pattern id="pause" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#666" stroke-width="2"/></pattern></defs>)svg"
      "\n");
  for (const Band& section : section_spans(plan)) {
    d.rect(section.start, section.end, section_y, section_h, "#ffffff", section.what);
    d.label(section.start, section.end, section_y + 14, 9, section.what);
  }
  bool shade = false;
  for (const Band& exercise : exercise_spans(plan)) {
    const auto name = names.find(exercise.what);
    const std::string display = name == names.end() ? exercise.what : name->second;
    const bool numbered =
        exercise.block >= 0 && static_cast<std::size_t>(exercise.block) < numbers.size();
    const std::string n =
        numbered ? std::to_string(numbers[static_cast<std::size_t>(exercise.block)]) : "";
    d.rect(exercise.start, exercise.end, exercise_y, exercise_h, shade ? "#c9dcf2" : "#eeeeee",
           display);
    shade = !shade;
    const std::string with_name = n.empty() ? display : n + " " + display;
    const double room = d.x(exercise.end) - d.x(exercise.start) - 4;
    const bool name_fits = static_cast<double>(with_name.size()) * 10 * char_width <= room;
    d.label(exercise.start, exercise.end, exercise_y + 16, 10, name_fits ? with_name : n, true);
  }
  for (const PlanStep& step : plan.steps) {
    if (step.duration_s <= 0) continue;
    d.rect(step.start_s, step.start_s + step.duration_s, activity_y, activity_h,
           is_work(step.kind) ? "#1d4f91" : "url(#pause)", "");
  }
  d.raw(
      fmt::format(
          R"svg(<line x1="{:.2f}" y1="{}" x2="{:.2f}" y2="{}" stroke="#111" stroke-width="1"/>)svg",
          d.x(0), axis_y, d.x(plan.total_s), axis_y) +
      "\n");
  const double step = tick_step_s(plan.total_s);
  for (double t = 0; t <= plan.total_s + 1e-9; t += step) {
    d.raw(fmt::format(
        R"svg(<line x1="{0:.2f}" y1="{1}" x2="{0:.2f}" y2="{2}" stroke="#111" stroke-width="1"/><text x="{0:.2f}" y="{3}" font-size="9" text-anchor="middle">{4}</text>)svg",
        d.x(t), axis_y, axis_y + 4, axis_y + 14, tick_label(t, step)));
    d.raw("\n");
  }
  d.raw(fmt::format(
      R"svg(<rect x="{0}" y="{1}" width="18" height="10" fill="#1d4f91" stroke="#333" stroke-width="0.6"/><text x="{2}" y="{3}" font-size="9">exercise: a hold, a set of repetitions, a warm-up</text>)svg"
      "\n"
      R"svg(<rect x="{4}" y="{1}" width="18" height="10" fill="url(#pause)" stroke="#333" stroke-width="0.6"/><text x="{5}" y="{3}" font-size="9">pause: rest, change sides, get ready</text>)svg"
      "\n",
      left, legend_y - 9, left + 24, legend_y, left + 300, left + 324));
  return d.svg() + "</svg>";
}

}  // namespace limber
