#include "interpreter/log/session_recorder.hpp"

#include "interpreter/log/log_error.hpp"

namespace limber::log {

namespace {

// Events that pace what is under way rather than start something new.
bool pacing(EventKind kind) {
  return kind == EventKind::countdown || kind == EventKind::rep;
}

constexpr const char* skipped_by_patient = "skipped by the patient";

}  // namespace

template <typename Write>
void SessionRecorder::write(Write&& write) {
  if (failure_) return;
  try {
    write();
  } catch (const LogError& error) {
    failure_ = error.what();
  }
}

void SessionRecorder::close_step(StepStatus status, std::string reason) {
  if (!under_way_) return;
  StepRecord step = std::move(*under_way_);
  under_way_.reset();
  step.status = status;
  step.reason = std::move(reason);
  write([&] { log_.record_step(session_, step); });
}

void SessionRecorder::on_event(const Event& event) {
  last_t_s_ = event.t_s;
  if (pacing(event.kind)) return;
  // Anything else starts something new: the step under way is over.
  if (skip_asked_) {
    close_step(StepStatus::skipped, skipped_by_patient);
  } else {
    close_step(StepStatus::done, "");
  }
  skip_asked_ = false;
  if (event.kind == EventKind::skipped) {
    StepRecord left_out;
    left_out.t_s = event.t_s;
    left_out.exercise = event.exercise;
    left_out.display_name = event.display_name;
    left_out.status = StepStatus::skipped;
    left_out.reason = event.reason;
    write([&] { log_.record_step(session_, left_out); });
  } else if (event.kind == EventKind::round) {
    StepRecord round;
    round.t_s = event.t_s;
    round.exercise = event.exercise;
    round.display_name = event.display_name;
    round.step = event.step;
    round.side = event.side;
    round.round = event.round;
    round.rounds = event.rounds;
    under_way_ = std::move(round);
  }
}

void SessionRecorder::on_command(Command command) {
  if (command == Command::skip) {
    skip_asked_ = true;
  } else if (command == Command::pain && !pain_report_) {
    PainReport report;
    report.reported_at = Clock::now();
    report.t_s = last_t_s_;
    if (under_way_) report.exercise = under_way_->exercise;
    write([&] { pain_report_ = log_.record_pain(session_, report); });
  }
}

void SessionRecorder::end(SessionEnd end, TimePoint at) {
  if (end == SessionEnd::completed) {
    close_step(StepStatus::done, "");
  } else {
    close_step(skip_asked_ ? StepStatus::skipped : StepStatus::stopped,
               skip_asked_ ? skipped_by_patient : "");
  }
  write([&] { log_.end_session(session_, end, at); });
}

void SessionRecorder::score_pain(int score) {
  if (!pain_report_) return;
  write([&] { log_.set_pain_score(*pain_report_, score); });
}

}  // namespace limber::log
