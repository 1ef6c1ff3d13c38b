// Each part of the page is rendered by one small function below and poured into the template;
// the only markup outside the template is what these functions repeat (a list item, a card).

#include "interpreter/plan/handout_html.hpp"

#include <fmt/format.h>

#include "interpreter/plan/handout_template.hpp"
#include "interpreter/plan/html_text.hpp"
#include "interpreter/plan/session_timeline.hpp"

namespace limber {

namespace {

std::string list_items(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += "<li>" + html_escape(item) + "</li>\n";
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

std::string fact(std::string_view label, const std::string& value) {
  return fmt::format("<li><span class=\"label\">{}:</span> {}</li>\n", label, html_escape(value));
}

std::string summary(const Handout& h) {
  std::string out = "<h1>" + html_escape(h.title) + "</h1>\n";
  if (h.flare_up_day)
    out += "<p class=\"flare-up-day\">" + html_escape(flare_up_day_text) + "</p>\n";
  out += "<ul class=\"facts\">\n";
  out += fact("Session length", h.length);
  out += fact("How often", h.how_often.empty() ? "as your therapist advises" : h.how_often);
  if (!h.left_out.empty()) out += fact("Left out this time", joined(h.left_out));
  return out + "</ul>";
}

std::string safety(const Handout& h) {
  std::string out = "<section class=\"safety\">\n<h2>Stay safe</h2>\n";
  for (const HandoutScreen& screen : h.screens) {
    out += fmt::format("<h3>{}</h3>\n<p>{}</p>\n<ul>\n{}</ul>\n", html_escape(screen.title),
                       html_escape(red_flag_advice_text), list_items(screen.flags));
  }
  out += "<h3>While you exercise</h3>\n<ul>\n" + list_items({stop_on_pain, pain_lasts}) + "</ul>\n";
  return out + "</section>";
}

std::string timeline(const Handout& h) {
  return "<section class=\"timeline\">\n<h2>Your session at a glance</h2>\n" +
         session_timeline_svg(*h.plan, h.timeline_numbers, h.display_names) + "\n<p>" +
         // A routine without sections has an empty top row: the caption starts at the exercises.
         (timeline_has_sections(*h.plan)
              ? "Sections on top, then each exercise by its number below, then what you do "
              : "Each exercise by its number, then below it what you do ") +
         "from moment to moment: solid for exercising, hatched for pauses.</p>\n</section>";
}

std::string definition(std::string_view term, const std::string& text) {
  return fmt::format("<dt>{}</dt><dd>{}</dd>\n", term, html_escape(text));
}

std::string exercise_card(const HandoutExercise& item) {
  // A card done only on a flare-up day has no number: it has no block on today's timeline.
  std::string out = fmt::format(
      "<article class=\"exercise\">\n<h4>{}{}{}{}</h4>\n<dl>\n",
      item.number > 0 ? fmt::format("{}. ", item.number) : "", html_escape(item.name),
      item.flare_up_only ? fmt::format("<span class=\"badge\">{}</span>", flare_up_only_label) : "",
      item.optional ? "<span class=\"badge\">Optional</span>" : "");
  if (item.flare_up_only) out += definition(flare_up_only_label, flare_up_only_text);
  if (!item.instead_of.empty()) {
    out += definition(
        "In place of",
        item.instead_of + (item.instead_reason.empty() ? "" : " (" + item.instead_reason + ")"));
  }
  out += definition("Dose", item.dose);
  if (!item.cue.empty()) out += definition("How to do it", item.cue);
  if (!item.feel.empty()) out += definition("What to feel", item.feel);
  if (!item.skip_when.empty()) out += definition("Skip it when", joined(item.skip_when));
  if (item.optional) out += definition("Optional", "you may leave this exercise out");
  if (!item.alternative.empty()) out += definition("Gentler alternative", item.alternative);
  if (!item.flare_up.empty()) out += definition("On a flare-up day", item.flare_up);
  for (const std::string& progress : item.progress) out += definition("Building up", progress);
  return out + "</dl>\n</article>\n";
}

// Each heading opens a group that will not break (.keep) and that closes after the first card:
// Chromium ignores `break-after: avoid` when the card after a heading does not fit, and would
// end a page with the heading alone.
std::string exercises(const Handout& h) {
  std::string out = "<div class=\"keep\">\n<h2>The exercises</h2>\n";
  bool open = true;
  for (const HandoutGroup& group : h.groups) {
    if (!group.title.empty()) {
      if (!open) out += "<div class=\"keep\">\n";
      open = true;
      out += "<h3>" + html_escape(group.title) + "</h3>\n";
    }
    for (const HandoutEntry& entry : group.entries) {
      if (const auto* say = std::get_if<std::string>(&entry)) {
        out += "<p class=\"note\">" + html_escape(*say) + "</p>\n";
        continue;
      }
      out += exercise_card(std::get<HandoutExercise>(entry));
      if (open) out += "</div>\n";
      open = false;
    }
  }
  return open ? out + "</div>\n" : out;
}

std::string tracking(const Handout& h) {
  std::string out = fmt::format(
      "<section class=\"tracking\">\n<h2>Your progress</h2>\n<p>Tick a box each time you do the "
      "routine{}: one numbered box per session.</p>\n<table>\n<tr><th>Week</th>",
      h.how_often.empty() ? "" : " (" + html_escape(h.how_often) + ")");
  for (int session = 1; session <= h.sessions_per_week; ++session) {
    // Numbers only: "Session 7" does not fit seven columns on A4.
    out += fmt::format("<th>{}</th>", session);
  }
  out += "<th class=\"notes\">Notes</th></tr>\n";
  for (int week = 1; week <= handout_weeks; ++week) {
    out += fmt::format("<tr><td>{}</td>", week);
    for (int session = 1; session <= h.sessions_per_week; ++session) {
      out += "<td class=\"box\"></td>";
    }
    out += "<td class=\"notes\"></td></tr>\n";
  }
  return out + "</table>\n</section>";
}

}  // namespace

std::string handout_to_html(const Handout& handout, Paper paper) {
  return fill_template(handout_template(), {{"title", html_escape(handout.title)},
                                            {"page_size", paper == Paper::a4 ? "A4" : "letter"},
                                            {"summary", summary(handout)},
                                            {"safety", safety(handout)},
                                            {"timeline", timeline(handout)},
                                            {"exercises", exercises(handout)},
                                            {"tracking", tracking(handout)}});
}

}  // namespace limber
