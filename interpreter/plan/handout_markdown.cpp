#include "interpreter/plan/handout_markdown.hpp"

#include <fmt/format.h>

#include <string_view>

namespace limber {

namespace {

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += markdown_escape(part);
  }
  return out;
}

std::string field(std::string_view label, const std::string& escaped_value) {
  return fmt::format("- **{}:** {}\n", label, escaped_value);
}

std::string summary(const Handout& handout) {
  std::string out = fmt::format("# {}\n\n", markdown_escape(handout.title));
  if (handout.flare_up_day) out += fmt::format("**{}**\n\n", flare_up_day_text);
  out += field("Session length", markdown_escape(handout.length));
  out += field("How often", handout.how_often.empty() ? "as your therapist advises"
                                                      : markdown_escape(handout.how_often));
  if (!handout.left_out.empty()) out += field("Left out this time", joined(handout.left_out, "; "));
  return out + "\n";
}

std::string safety(const Handout& handout) {
  std::string out = "## Stay safe\n\n";
  for (const HandoutScreen& screen : handout.screens) {
    out += fmt::format("**{}.** {}\n\n", markdown_escape(screen.title), red_flag_advice_text);
    for (const std::string& flag : screen.flags) out += "- " + markdown_escape(flag) + "\n";
    out += "\n";
  }
  out += "While you exercise:\n\n";
  out += fmt::format("- {}\n- {}\n\n", stop_on_pain, pain_lasts);
  return out;
}

std::string exercise(const HandoutExercise& item) {
  // A card done only on a flare-up day has no number: the numbers count today's session.
  std::string out =
      fmt::format("#### {}{}\n\n", item.number > 0 ? fmt::format("{}. ", item.number) : "",
                  markdown_escape(item.name));
  if (item.flare_up_only) out += field(flare_up_only_label, flare_up_only_text);
  if (!item.instead_of.empty()) {
    out += field(
        "In place of",
        markdown_escape(item.instead_of) +
            (item.instead_reason.empty() ? "" : " (" + markdown_escape(item.instead_reason) + ")"));
  }
  out += field("Dose", markdown_escape(item.dose));
  if (!item.cue.empty()) out += field("How to do it", markdown_escape(item.cue));
  if (!item.feel.empty()) out += field("What to feel", markdown_escape(item.feel));
  if (!item.skip_when.empty()) out += field("Skip it when", joined(item.skip_when, "; "));
  if (item.optional) out += field("Optional", "you may leave this exercise out");
  if (!item.alternative.empty())
    out += field("Gentler alternative", markdown_escape(item.alternative));
  if (!item.flare_up.empty()) out += field("On a flare-up day", markdown_escape(item.flare_up));
  for (const std::string& progress : item.progress) {
    out += field("Building up", markdown_escape(progress));
  }
  return out + "\n";
}

std::string exercises(const Handout& handout) {
  std::string out = "## The exercises\n\n";
  for (const HandoutGroup& group : handout.groups) {
    if (!group.title.empty()) out += fmt::format("### {}\n\n", markdown_escape(group.title));
    for (const HandoutEntry& entry : group.entries) {
      if (const auto* say = std::get_if<std::string>(&entry)) {
        out += fmt::format("*{}*\n\n", markdown_escape(*say));
      } else {
        out += exercise(std::get<HandoutExercise>(entry));
      }
    }
  }
  return out;
}

std::string tracking(const Handout& handout) {
  std::string out = "## Your progress\n\n";
  out += fmt::format("Tick a box each time you do the routine{}.\n\n",
                     handout.how_often.empty() ? "" : " (" + handout.how_often + ")");
  std::string header = "| Week |";
  std::string rule = "|---|";
  for (int session = 1; session <= handout.sessions_per_week; ++session) {
    header += fmt::format(" Session {} |", session);
    rule += "---|";
  }
  out += header + " Notes |\n" + rule + "---|\n";
  for (int week = 1; week <= handout_weeks; ++week) {
    out += fmt::format("| {} |", week);
    for (int session = 1; session <= handout.sessions_per_week; ++session) out += " [ ] |";
    out += "  |\n";
  }
  return out;
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string handout_to_markdown(const Handout& handout) {
  return summary(handout) + safety(handout) + exercises(handout) + tracking(handout);
}

}  // namespace limber
