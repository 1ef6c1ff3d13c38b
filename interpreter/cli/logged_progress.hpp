#pragma once

// Without `--week`, plan, run and render take the weeks of progression the patient has earned
// from the session log (interpreter/log/progress_weeks.hpp).

#include <string>

#include "interpreter/check/program.hpp"
#include "interpreter/cli/log_options.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

// When `week` (the --week option) is 0, sets options.progress_weeks from the log `log` names
// for the routine `routine` of `file` (empty: the first). A log that is missing, empty of this
// routine or unusable leaves the dose as written: these commands only read it, and `run` says
// what is wrong with a log before it writes.
void apply_logged_progress(int week, const std::string& file, const Program& program,
                           const std::string& routine, const LogOptions& log, PlanOptions& options);

}  // namespace limber::cli
