// `limber render FILE -o OUT`: the whole guided session as one sound file a phone can play.
// The same pipeline as `run`: check, plan, the runner's events on a virtual clock, then the
// audio cues, the one timeline, and the file.

#include <fmt/format.h>
#include <unistd.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "interpreter/backends/audio/cues.hpp"
#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/backends/audio/sound_file.hpp"
#include "interpreter/backends/audio/timeline.hpp"
#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/log_options.hpp"
#include "interpreter/cli/logged_progress.hpp"
#include "interpreter/cli/voice_options.hpp"
#include "interpreter/run/readiness.hpp"
#include "interpreter/run/runner.hpp"

namespace limber::cli {

namespace {

struct RenderOptions {
  std::string file;
  std::string out;
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  int week = 0;  // `--week N`; 0 when not given
  std::string routine;
  LibraryOptions library;
  LogOptions log;  // where the progression earned is read from
  VoiceOptions voice;
};

// One line on a terminal's stderr, redrawn in place: speech first (most of the work), then
// the file. Nothing at all when stderr is not a terminal.
class ProgressBar {
 public:
  ProgressBar() : shown_(isatty(STDERR_FILENO) == 1) {}
  ~ProgressBar() {
    if (shown_ && drawn_ >= 0) fmt::print(stderr, "\n");
  }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void show(std::string_view what, double fraction) {
    if (!shown_) return;
    const int percent = static_cast<int>(std::lround(fraction * 100));
    if (percent == drawn_ && what == what_) return;
    drawn_ = percent;
    what_ = what;
    constexpr int width = 30;
    const int filled = percent * width / 100;
    fmt::print(stderr, "\r{:<9} [{}{}] {:>3}%", what, std::string(filled, '#'),
               std::string(width - filled, '-'), percent);
    std::fflush(stderr);
  }

 private:
  bool shown_;
  int drawn_ = -1;
  std::string what_;
};

// The conditions that hold and that the routine asks about, in the order it asks: what the
// session acknowledges at its start, as `run` does after the patient's answers.
std::vector<std::string> holding(const Program& program, const PlanOptions& options) {
  std::vector<std::string> names;
  for (const Condition* condition : needs_of(program, options.routine).conditions) {
    if (options.when.count(condition->name) && !options.unless.count(condition->name)) {
      names.push_back(condition->name);
    }
  }
  return names;
}

int render(const RenderOptions& options) {
  const RoutineRequest request{options.file, options.library, options.routine, options.when,
                               options.unless};
  auto checked = checked_routine("render", request);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);
  PlanOptions plan_options = plan_options_for(request, options.skip_optional);
  apply_week_option(options.week, plan_options);
  apply_logged_progress(options.week, options.file, program, options.routine, options.log,
                        plan_options);
  if (auto stop = refuse_overlong("render", request, program, plan_options)) return *stop;
  const Plan planned = plan(program, plan_options);
  try {
    audio::check_output(options.out);  // before the work, not after it
  } catch (const audio::SoundFileError& e) {
    fmt::print(stderr, "limber render: {}\n", e.what());
    return exit_usage;
  }

  auto opened = open_voice("render", options.voice, planned);
  if (const int* stop = std::get_if<int>(&opened)) return *stop;
  audio::Voice& voice = *std::get<std::unique_ptr<audio::Voice>>(opened);
  // The voice has accepted the language, so limber has its phrases.
  const audio::Phrases& phrases = *audio::phrases_for(voice.language());

  const std::vector<Event> events = schedule(program, planned, holding(program, plan_options));
  try {
    ProgressBar bar;
    const audio::Timeline timeline =
        audio::build_timeline(audio::cues_of(events, planned, phrases), planned.total_s, voice,
                              [&](double done) { bar.show("speech", done); });
    audio::write_sound_file(timeline, options.out, [&](double done) { bar.show("writing", done); });
  } catch (const audio::SoundFileError& e) {
    fmt::print(stderr, "limber render: {}\n", e.what());
    return exit_usage;
  } catch (const audio::VoiceError& e) {
    fmt::print(stderr, "limber render: {}\n", e.what());
    return exit_usage;
  }
  return exit_ok;
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand(
      "render",
      "Write the whole guided session as one sound file (.wav, .flac, .ogg, .opus, .mp3)");
  command->add_option("file", options->file, "Routine file (.limber)")->required();
  command
      ->add_option("-o,--output", options->out,
                   "The sound file to write; its extension "
                   "chooses the format")
      ->required();
  add_condition_options(*command, options->when, options->unless);
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  add_week_option(*command, options->week);
  command->add_option("--routine", options->routine,
                      "The routine to render, by title (default: the first)");
  add_voice_options(*command, options->voice);
  add_library_option(*command, options->library);
  add_log_options(*command, options->log, false);
  command->callback([options, &exit_code] { exit_code = render(*options); });
}

}  // namespace limber::cli
