// `limber export ics FILE --start DATE`: the sessions the routine's `frequency` asks for as a
// calendar (interpreter/plan/calendar.hpp), on stdout or into `-o FILE`. Every option is
// checked before the routine is read, and a bad one is named in the error (exit 2).

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/replace_file.hpp"
#include "interpreter/plan/calendar.hpp"
#include "interpreter/plan/handout.hpp"

namespace limber::cli {

namespace {

struct ExportOptions {
  std::string file;
  std::string start;
  int weeks = default_calendar_weeks;
  std::string time = "09:00";
  std::string days;
  std::string output;
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  std::string routine;
  LibraryOptions library;
};

int usage_error(const std::string& message) {
  fmt::print(stderr, "limber export ics: {}\n", message);
  return exit_usage;
}

// SOURCE_DATE_EPOCH (reproducible builds' convention) when set, so that tests and packaged
// calendars are the same bytes each time; otherwise now.
std::optional<std::int64_t> stamp_seconds() {
  const char* fixed = std::getenv("SOURCE_DATE_EPOCH");
  if (fixed == nullptr) return static_cast<std::int64_t>(std::time(nullptr));
  char* end = nullptr;
  errno = 0;
  const long long value = std::strtoll(fixed, &end, 10);
  if (*fixed == '\0' || *end != '\0' || errno != 0 || value < 0) return std::nullopt;
  return value;
}

int run_export(const ExportOptions& options) {
  CalendarRequest request;
  const auto start = parse_date(options.start);
  if (!start) {
    return usage_error(
        fmt::format("--start {}: not a date; write it as YYYY-MM-DD", options.start));
  }
  request.start = *start;
  const auto time = parse_time(options.time);
  if (!time) {
    return usage_error(fmt::format(
        "--time {}: not a time of day; write it as HH:MM (00:00 to 23:59)", options.time));
  }
  std::tie(request.hour, request.minute) = *time;
  if (options.weeks < 1 || options.weeks > max_calendar_weeks) {
    return usage_error(
        fmt::format("--weeks {}: give 1 to {} weeks", options.weeks, max_calendar_weeks));
  }
  request.weeks = options.weeks;
  if (!options.days.empty()) {
    std::string bad;
    const auto days = parse_days(options.days, bad);
    if (!days) {
      return usage_error(
          fmt::format("--days {}: \"{}\" is not a day; use mon, tue, wed, thu, fri, sat, sun",
                      options.days, bad));
    }
    request.days = *days;
  }
  const auto stamp = stamp_seconds();
  if (!stamp) return usage_error("SOURCE_DATE_EPOCH must be a whole number of seconds");
  request.stamp_s = *stamp;

  const RoutineRequest routine{options.file, options.library, options.routine, options.when,
                               options.unless};
  auto checked = checked_routine("export ics", routine);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);
  const PlanOptions plan_options = plan_options_for(routine, options.skip_optional);
  if (auto stop = refuse_overlong("export ics", routine, program, plan_options)) return *stop;
  const Plan planned = plan(program, plan_options);
  const auto per_week = calendar_sessions_per_week(planned);
  if (!per_week && request.days.empty()) {
    return usage_error(fmt::format(
        "{}: the routine has no `frequency`; say on which days with --days (as in --days "
        "mon,wed,fri)",
        options.file));
  }
  request.routine_text = program.main_source().text();
  const std::string calendar =
      calendar_ics(make_handout(program, planned, plan_options), request, per_week.value_or(0));
  if (options.output.empty()) {
    fmt::print("{}", calendar);
    return exit_ok;
  }
  // A calendar is not a secret: a new one is readable by all.
  if (auto failure = replace_file(options.output, calendar, 0644)) {
    return usage_error(fmt::format("-o {}: cannot write it: {}", options.output, failure->reason));
  }
  return exit_ok;
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Export a routine for other programs");
  command->require_subcommand(1);
  CLI::App* ics = command->add_subcommand(
      "ics", "Calendar events (iCalendar) for the sessions the routine's frequency asks for");
  ics->add_option("file", options->file, "Routine file (.limber)")->required();
  ics->add_option("--start", options->start, "The first day, YYYY-MM-DD")->required();
  ics->add_option("--weeks", options->weeks, "How many weeks (1 to 52; default 4)");
  ics->add_option("--time", options->time, "Time of day of each session, HH:MM (default 09:00)");
  ics->add_option("--days", options->days,
                  "The days of the week, as mon,wed,fri (default: spread as frequency asks)");
  ics->add_option("-o,--output", options->output, "Write the calendar to this file");
  add_condition_options(*ics, options->when, options->unless);
  ics->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  ics->add_option("--routine", options->routine,
                  "The routine to export, by title (default: the first)");
  add_library_option(*ics, options->library);
  ics->callback([options, &exit_code] { exit_code = run_export(*options); });
}

}  // namespace limber::cli
