// The JSON form of `limber history`: the same numbers as the chart, for tools.

#include <nlohmann/json.hpp>

#include "interpreter/log/history.hpp"

namespace limber::log {

std::string history_json(const std::vector<RoutineHistory>& routines, int weeks) {
  nlohmann::ordered_json out;
  out["weeks"] = weeks;
  out["routines"] = nlohmann::ordered_json::array();
  for (const RoutineHistory& routine : routines) {
    nlohmann::ordered_json entry;
    entry["routine"] = routine.title;
    entry["file"] = routine.path;
    if (routine.frequency_high > 0) {
      entry["frequency"] = {{"low", routine.frequency_low}, {"high", routine.frequency_high}};
    } else {
      entry["frequency"] = nullptr;
    }
    entry["weeks"] = nlohmann::ordered_json::array();
    for (const WeekRow& week : routine.weeks) {
      entry["weeks"].push_back({{"week_of", week.week_of},
                                {"sessions", week.sessions},
                                {"completed", week.completed},
                                {"so_far", week.so_far}});
    }
    entry["sessions"] = routine.sessions;
    entry["completed"] = routine.completed;
    entry["pain"] = nlohmann::ordered_json::array();
    for (const PainDay& day : routine.pain) {
      nlohmann::ordered_json pain{{"date", day.date}, {"worst", nullptr}, {"reports", day.reports}};
      if (day.worst) pain["worst"] = *day.worst;
      entry["pain"].push_back(pain);
    }
    entry["flare_up_days"] = routine.flare_up_days;
    entry["warning"] = routine.warning ? nlohmann::ordered_json(*routine.warning) : nullptr;
    out["routines"].push_back(entry);
  }
  return out.dump() + "\n";
}

}  // namespace limber::log
