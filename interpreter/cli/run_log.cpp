#include "interpreter/cli/run_log.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "grammar/text_hash.hpp"
#include "interpreter/backends/console/terminal_size.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/pain_score.hpp"
#include "interpreter/log/log_error.hpp"

namespace limber::cli {

namespace {

namespace fs = std::filesystem;

// Every sentence about a log that cannot be used ends with the way to run anyway.
void refuse(const std::string& problem) {
  fmt::print(stderr,
             "limber run: {}. The session was not started; run with --no-log to do it without "
             "recording it.\n",
             problem);
}

std::vector<log::Answer> answers_of(const RoutineNeeds& needs, const PlanOptions& options,
                                    const Screening& screening) {
  std::vector<log::Answer> answers;
  for (const Condition* condition : needs.conditions) {
    const bool holds =
        options.when.count(condition->name) && !options.unless.count(condition->name);
    answers.push_back({"condition", condition->name, holds ? "yes" : "no"});
  }
  if (needs.screen == nullptr) return answers;
  if (screening.screened_beforehand) {
    answers.push_back({"screen", needs.screen->name, "screened beforehand"});
  } else if (screening.result) {
    // The flags are asked in order and the first yes stops the checklist.
    for (const std::string& flag : needs.screen->flags) {
      const bool yes =
          screening.result->outcome == ScreenOutcome::red_flag && screening.result->flag == flag;
      answers.push_back({"screen", flag, yes ? "yes" : "no"});
      if (yes) break;
    }
  }
  return answers;
}

log::SessionEnd end_of(RunOutcome outcome) {
  switch (outcome) {
    case RunOutcome::completed:
      return log::SessionEnd::completed;
    case RunOutcome::pain:
      return log::SessionEnd::pain;
    case RunOutcome::quit:
      return log::SessionEnd::quit;
    case RunOutcome::interrupted:
      return log::SessionEnd::interrupted;
  }
  return log::SessionEnd::interrupted;
}

}  // namespace

std::string recorded_routine_path(const std::string& file) {
  std::error_code error;
  const fs::path path = fs::weakly_canonical(fs::absolute(file), error);
  return error ? fs::absolute(file).string() : path.string();
}

std::string routine_title_of(const Program& program, const std::string& wanted) {
  if (!wanted.empty()) return wanted;
  return program.routines.empty() ? "" : program.routines.front().title;
}

std::variant<std::unique_ptr<RunLog>, int> RunLog::open(const LogOptions& options,
                                                        const std::string& file) {
  const std::optional<fs::path> path = chosen_log_path(options);
  if (!path) {
    if (!options.no_log) {
      refuse(
          "there is no home folder (HOME or XDG_DATA_HOME) to keep the session log in; "
          "choose one with --log PATH");
      return exit_usage;
    }
    return std::unique_ptr<RunLog>();
  }
  std::ifstream in(file, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  try {
    auto log = std::make_unique<log::SessionLog>(*path, log::OpenMode::write);
    return std::unique_ptr<RunLog>(
        new RunLog(std::move(log), recorded_routine_path(file), text_hash(text)));
  } catch (const log::LogError& problem) {
    refuse(problem.what());
    return exit_usage;
  }
}

std::optional<int> RunLog::start(const std::string& routine_title,
                                 const std::optional<Frequency>& frequency,
                                 const RoutineNeeds& needs, const PlanOptions& options,
                                 const Screening& screening) {
  log::SessionStart start;
  start.routine_path = routine_path_;
  start.routine_title = routine_title;
  start.routine_hash = routine_hash_;
  if (frequency) {
    start.frequency_low = frequency->low;
    start.frequency_high = frequency->high;
  }
  start.started_at = log::Clock::now();
  start.answers = answers_of(needs, options, screening);
  try {
    recorder_ = std::make_unique<log::SessionRecorder>(*log_, log_->start_session(start));
  } catch (const log::LogError& problem) {
    refuse(problem.what());
    return exit_usage;
  }
  return std::nullopt;
}

void RunLog::record_red_flag(const std::string& routine_title,
                             const std::optional<Frequency>& frequency, const RoutineNeeds& needs,
                             const PlanOptions& options, const Screening& screening) {
  // The patient has been told to see a professional; a log failure now must not hide that.
  if (start(routine_title, frequency, needs, options, screening)) return;
  recorder_->end(log::SessionEnd::red_flag, log::Clock::now());
  if (recorder_->failure()) {
    fmt::print(stderr, "limber run: this stop was not recorded: {}\n", *recorder_->failure());
  }
}

bool RunLog::finish(RunOutcome outcome, bool can_ask) {
  recorder_->end(end_of(outcome), log::Clock::now());
  if (outcome == RunOutcome::pain && can_ask && recorder_->reported_pain()) {
    if (const std::optional<int> score =
            ask_pain_score(std::cin, std::cerr, terminal_columns(STDERR_FILENO))) {
      recorder_->score_pain(*score);
    }
  }
  if (recorder_->failure()) {
    fmt::print(stderr,
               "limber run: the session log stopped being written during this session: {}. "
               "What came after is not recorded.\n",
               *recorder_->failure());
    return false;
  }
  return true;
}

}  // namespace limber::cli
