#include "interpreter/cli/logged_progress.hpp"

#include <filesystem>

#include "interpreter/cli/run_log.hpp"
#include "interpreter/log/log_error.hpp"
#include "interpreter/log/progress_weeks.hpp"

namespace limber::cli {

void apply_logged_progress(int week, const std::string& file, const Program& program,
                           const std::string& routine, const LogOptions& log,
                           PlanOptions& options) {
  if (week > 0) return;
  LogOptions reading = log;
  reading.no_log = false;  // --no-log leaves this session unrecorded, not the earlier ones unread
  try {
    const std::string key =
        log::routine_key(recorded_routine_path(file), routine_title_of(program, routine));
    const LoggedSessions logged = read_logged_sessions(reading, key);
    if (const auto earned = log::earned_progress_weeks(logged.sessions, log::Clock::now())) {
      options.progress_weeks = *earned;
    }
  } catch (const log::LogError&) {
    // The dose as written; see the header.
  }
}

}  // namespace limber::cli
