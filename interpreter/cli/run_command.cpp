// `limber run FILE`: the guided session. Checks the file, settles the conditions and the
// screening checklist before the first step (asking on a terminal, never waiting for input
// that cannot come otherwise), plans the routine and walks the plan on a real clock, or on a
// virtual one with --dry-run, handing each event to the chosen backends. With the audio
// backend the session's sound is prepared in full before the first step (the voice speaks
// every phrase once), so nothing is synthesised while the patient waits mid-exercise.

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "interpreter/backends/audio/cues.hpp"
#include "interpreter/backends/audio/live_audio.hpp"
#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/backends/audio/timeline.hpp"
#include "interpreter/backends/console/live_console.hpp"
#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/backends/console/terminal_size.hpp"
#include "interpreter/backends/console/wrap.hpp"
#include "interpreter/backends/json/json_backend.hpp"
#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/logged_progress.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/cli/run_log.hpp"
#include "interpreter/cli/voice_options.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/observed_controls.hpp"
#include "interpreter/run/readiness.hpp"
#include "interpreter/run/runner.hpp"
#include "interpreter/run/signal_controls.hpp"
#include "interpreter/run/stop_signals.hpp"
#include "interpreter/run/terminal_controls.hpp"

namespace limber::cli {

namespace {

struct RunCommandOptions {
  std::string file;
  std::vector<std::string> backends{"console"};
  bool dry_run = false;
  double speed = 1;
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  int week = 0;  // `--week N`; 0 when not given
  bool plain = false;
  bool screened = false;
  std::string routine;
  LibraryOptions library;
  VoiceOptions voice;
  LogOptions log;
};

bool wants(const RunCommandOptions& options, const char* backend) {
  return std::find(options.backends.begin(), options.backends.end(), backend) !=
         options.backends.end();
}

// Settles what must be known before the first step. Returns an exit code to stop with, or
// none to go on.
std::optional<int> settle_before_start(const RunCommandOptions& options, const RoutineNeeds& needs,
                                       PlanOptions& plan_options, Screening& screening) {
  const bool needs_screening = needs.screen != nullptr && !options.screened;
  screening.screened_beforehand = needs.screen != nullptr && options.screened;
  if (isatty(STDIN_FILENO) != 1) {
    // Nobody can answer: unanswered conditions simply do not hold, but a screening checklist
    // is a safety question that must never be answered by default.
    if (!needs_screening) return std::nullopt;
    fmt::print(stderr,
               "limber run: this routine starts with the screening checklist \"{}\" ({}), and "
               "there is no terminal to ask it on.\n"
               "Go through the checklist with the patient, then run again with --screened.\n",
               needs.screen->title, needs.screen->name);
    return exit_usage;
  }
  // Questions go to stderr so that stdout carries only the session (JSON lines stay clean).
  const int width = terminal_columns(STDERR_FILENO);
  StreamAsker asker(std::cin, std::cerr, width);
  ask_conditions(needs, asker, plan_options);
  if (!needs_screening) return std::nullopt;
  std::cerr << wrap_lines(fmt::format("Before you start: {}.\n", needs.screen->title), width);
  const ScreenResult screen = ask_screen(*needs.screen, asker);
  screening.result = screen;
  if (screen.outcome == ScreenOutcome::red_flag) {
    std::cerr << wrap_lines(red_flag_advice(*needs.screen, screen.flag), width) << std::flush;
    return exit_red_flag;
  }
  if (screen.outcome == ScreenOutcome::unanswered) {
    fmt::print(stderr,
               "limber run: the screening checklist \"{}\" was not answered; not starting\n",
               needs.screen->title);
    return exit_usage;
  }
  return std::nullopt;
}

// What the patient is told when they report pain, in the spirit of the clinic guide: stop,
// never push through pain, and have new or lasting pain looked at.
constexpr const char* pain_advice =
    "You reported pain, so the session stops here.\n"
    "Do not push through pain: stretching should never hurt. Rest and let it settle.\n"
    "If the pain is new or sharp, or it is still there after a few days, stop these exercises "
    "and consult a healthcare professional before your next session.\n";

// A plan too long to walk (plan_refusal()) is the therapist's to fix; the patient is told so
// in plain words, without the numbers and the file.
constexpr const char* too_long_to_guide =
    "Today's session would be too long to guide. Your therapist needs to check the routine "
    "before you can use it.\n";

// The conditions that hold today and that the routine asks about, in the order it asks them:
// each is acknowledged at the start of the session.
std::vector<std::string> holding(const RoutineNeeds& needs, const PlanOptions& options) {
  std::vector<std::string> names;
  for (const Condition* condition : needs.conditions) {
    if (options.when.count(condition->name) && !options.unless.count(condition->name)) {
      names.push_back(condition->name);
    }
  }
  return names;
}

// The audio backend plays in real time for someone listening: a run on a virtual or faster
// clock has nobody to hear it, and `limber render` is the way to hear a session off-line.
// Returns the exit code to stop with, or none.
std::optional<int> refuse_audio_options(const RunCommandOptions& options) {
  if (options.dry_run) {
    fmt::print(stderr,
               "limber run: --backend audio plays the session as it happens and cannot be used "
               "with --dry-run; `limber render` writes the whole session to a sound file.\n");
    return exit_usage;
  }
  if (options.speed != 1) {
    fmt::print(stderr,
               "limber run: --backend audio plays the session in real time and cannot be used "
               "with --speed; `limber render` writes the whole session to a sound file.\n");
    return exit_usage;
  }
  return std::nullopt;
}

// Everything the session says and sounds, synthesised and placed before it starts; or the
// exit code after saying why it cannot be.
std::variant<audio::Timeline, int> prepare_sound(audio::Voice& voice, const Program& program,
                                                 const Plan& planned,
                                                 const std::vector<std::string>& acknowledged) {
  // The voice has accepted the language, so limber has its phrases.
  const audio::Phrases& phrases = *audio::phrases_for(voice.language());
  const std::vector<audio::Cue> cues =
      audio::cues_of(schedule(program, planned, acknowledged), planned, phrases);
  // Synthesis takes a moment on a long routine: say so on a terminal once it is noticeable.
  const auto started = std::chrono::steady_clock::now();
  bool told = false;
  const auto progress = [&](double) {
    if (told || isatty(STDERR_FILENO) != 1) return;
    if (std::chrono::steady_clock::now() - started < std::chrono::milliseconds(300)) return;
    std::cerr << "Preparing the voice…\n" << std::flush;
    told = true;
  };
  try {
    return audio::build_timeline(cues, planned.total_s, voice, progress);
  } catch (const audio::VoiceError& error) {
    fmt::print(stderr, "limber run: {}\n", error.what());
    return exit_usage;
  }
}

int run_routine(const RunCommandOptions& options) {
  const bool audio = wants(options, "audio");
  if (audio) {
    if (auto stop = refuse_audio_options(options)) return *stop;
  }
  // The patient runs the routine: the checker's findings are the therapist's (`limber check`).
  RoutineRequest request{options.file, options.library, options.routine, options.when,
                         options.unless};
  request.for_patient = true;
  auto checked = checked_routine("run", request);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);
  // Before any question is asked, the command line's mistakes: a language limber does not
  // speak (whichever the backends, so `--language xx` is never silently accepted) and, for the
  // audio backend, a voice that is not installed.
  const std::string language = routine_language(program, options.routine);
  std::unique_ptr<audio::Voice> voice;
  if (audio) {
    auto opened = open_voice("run", options.voice, language);
    if (const int* stop = std::get_if<int>(&opened)) return *stop;
    voice = std::move(std::get<std::unique_ptr<audio::Voice>>(opened));
  } else if (auto stop = refuse_unknown_language("run", options.voice, language)) {
    return *stop;
  }
  // Then, still before any question: a machine that cannot play the session says so at once.
  if (audio) {
    if (const std::optional<std::string> problem = audio::audio_output_problem()) {
      std::cerr << *problem << "\n" << std::flush;
      return exit_usage;
    }
  }

  // A real run is recorded; a log that cannot be used stops it here, before any question.
  std::unique_ptr<RunLog> session_log;
  if (!options.dry_run) {
    auto opened = RunLog::open(options.log, options.file);
    if (const int* stop = std::get_if<int>(&opened)) return *stop;
    session_log = std::move(std::get<std::unique_ptr<RunLog>>(opened));
  }

  PlanOptions plan_options = plan_options_for(request, options.skip_optional);
  apply_week_option(options.week, plan_options);
  apply_logged_progress(options.week, options.file, program, options.routine, options.log,
                        plan_options);
  const RoutineNeeds needs = needs_of(program, options.routine);
  Screening screening;
  if (auto stop = settle_before_start(options, needs, plan_options, screening)) {
    if (*stop == exit_red_flag && session_log) {
      session_log->record_red_flag(routine_title_of(program, options.routine),
                                   routine_frequency(program, options.routine), needs, plan_options,
                                   screening);
    }
    return *stop;
  }
  if (plan_refusal(program, plan_options)) {
    std::cerr << too_long_to_guide << std::flush;
    return exit_errors;
  }
  const Plan planned = plan(program, plan_options);
  const std::vector<std::string> acknowledged = holding(needs, plan_options);
  // Declared before the backends, which play it.
  std::optional<audio::Timeline> sound;
  if (audio) {
    auto prepared = prepare_sound(*voice, program, planned, acknowledged);
    if (const int* stop = std::get_if<int>(&prepared)) return *stop;
    sound.emplace(std::move(std::get<audio::Timeline>(prepared)));
  }

  // With JSON on stdout as well, the console's lines go to stderr so each stream stays whole.
  // The live view needs a terminal both ways: keys in, redrawing out.
  const bool json = wants(options, "json");
  const bool interactive = !options.dry_run && isatty(STDIN_FILENO) == 1;
  const bool live = interactive && !json && !options.plain && isatty(STDOUT_FILENO) == 1;
  // Watched for resizes while the live view runs (declared first, so it outlives the view).
  std::optional<WatchedTerminalSize> terminal;
  std::vector<std::unique_ptr<Backend>> owned;
  if (wants(options, "console")) {
    if (live) {
      terminal.emplace(STDOUT_FILENO);
      owned.push_back(std::make_unique<LiveConsoleBackend>(std::cout, *terminal));
    } else {
      owned.push_back(std::make_unique<PlainConsoleBackend>(json ? std::cerr : std::cout));
    }
  }
  if (json) owned.push_back(std::make_unique<JsonBackend>(std::cout));
  if (audio) {
    auto opened = audio::LiveAudioBackend::open(*sound);
    if (const std::string* problem = std::get_if<std::string>(&opened)) {
      std::cerr << *problem << "\n" << std::flush;
      return exit_usage;
    }
    owned.push_back(std::move(std::get<std::unique_ptr<audio::LiveAudioBackend>>(opened)));
  }
  std::vector<Backend*> backends;
  for (const auto& backend : owned) backends.push_back(backend.get());
  if (session_log) {
    if (auto stop = session_log->start(planned.routine, planned.frequency, needs, plan_options,
                                       screening)) {
      return *stop;
    }
    backends.push_back(&session_log->recorder());
  }

  RunResult result;
  if (options.dry_run) {
    VirtualClock clock;
    result = run(program, planned, clock, backends, nullptr, acknowledged);
  } else {
    // Scoped so the terminal is back to normal before anything more is printed. Without a
    // terminal there are no keys, but Ctrl-C, SIGTERM and SIGHUP still end the run in order.
    std::unique_ptr<Controls> controls;
    if (interactive) {
      controls = std::make_unique<TerminalControls>(STDIN_FILENO);
    } else {
      controls = std::make_unique<SignalControls>();
    }
    ObservedControls observed(*controls, [&](Command command) {
      if (session_log) session_log->recorder().on_command(command);
    });
    RealClock clock(options.speed);
    result = run(program, planned, clock, backends, &observed, acknowledged);
  }
  // A session the log lost part of (the disk filled up) ends with exit 2, as any file limber
  // could not write does, so that a script sees it; pain and signals keep their own codes.
  const bool recorded = !session_log || session_log->finish(result.outcome, interactive);
  const int done = recorded ? exit_ok : exit_usage;
  switch (result.outcome) {
    case RunOutcome::completed:
      return done;
    case RunOutcome::pain:
      std::cerr << wrap_lines(pain_advice, terminal_columns(STDERR_FILENO)) << std::flush;
      return exit_pain;
    case RunOutcome::quit:
      std::cerr << "Session stopped before the end.\n" << std::flush;
      return done;
    case RunOutcome::interrupted:
      std::cerr << "Interrupted.\n" << std::flush;
      switch (stop_signal_received()) {
        case SIGTERM:
          return exit_terminated;
        case SIGHUP:
          return exit_hangup;
        default:
          return exit_interrupted;
      }
  }
  return exit_ok;
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* command = app.add_subcommand("run", "Guide a session through a routine, step by step");
  command->add_option("file", options->file, "Routine file (.limber)")->required();
  command
      ->add_option("--backend", options->backends,
                   "Where events go: console, json, audio (comma list, e.g. console,audio; "
                   "audio speaks the session live on the default output device)")
      ->delimiter(',')
      ->check(CLI::IsMember({"console", "json", "audio"}));
  command->add_flag("--dry-run", options->dry_run,
                    "Run on a virtual clock: every event at once, nothing waits");
  command->add_option("--speed", options->speed, "Run the clock this many times faster")
      ->check(CLI::PositiveNumber);
  add_condition_options(*command, options->when, options->unless);
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  add_week_option(*command, options->week);
  command->add_flag("--plain", options->plain,
                    "One line per event on the console, even on a terminal");
  command->add_flag("--screened", options->screened,
                    "The screening checklist was gone through with the patient already");
  command->add_option("--routine", options->routine,
                      "The routine to run, by title (default: the first)");
  add_library_option(*command, options->library);
  add_voice_options(*command, options->voice);
  add_log_options(*command, options->log, true);
  command->callback([options, &exit_code] { exit_code = run_routine(*options); });
}

}  // namespace limber::cli
