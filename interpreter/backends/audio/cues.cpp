// The runner's events → what is said and sounded. The events already carry the plan's timing
// (interpreter/run/runner.hpp); this only chooses words from the language's table and tones.

#include "interpreter/backends/audio/cues.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber::audio {

namespace {

// A hold or warm-up this long gets "halfway"; a shorter one is over before it helps.
constexpr double halfway_from_s = 20;
// "next: …" comes this long before a step's end, before the 3-2-1 countdown.
constexpr double next_before_s = 7;
// The shortest step that has room for "next: …" before its countdown.
constexpr double next_from_s = 12;

std::string formatted(std::string_view pattern, const auto&... args) {
  return fmt::format(fmt::runtime(pattern), args...);
}

class CueWriter {
 public:
  CueWriter(const std::vector<Event>& events, const Plan& plan, const Phrases& phrases)
      : events_(events), plan_(plan), words_(phrases) {}

  std::vector<Cue> write() {
    for (std::size_t i = 0; i < events_.size(); ++i) event(i);
    // Tones before speech at the same time; otherwise in the order written.
    std::stable_sort(cues_.begin(), cues_.end(), [](const Cue& a, const Cue& b) {
      if (a.t_s != b.t_s) return a.t_s < b.t_s;
      return a.tone.has_value() && !b.tone.has_value();
    });
    return merge_simultaneous_speech();
  }

 private:
  void event(std::size_t i) {
    const Event& e = events_[i];
    switch (e.kind) {
      case EventKind::acknowledge:
      case EventKind::skipped:
      case EventKind::replaced:
      case EventKind::say:
        speak(e.t_s, e.text);
        break;
      case EventKind::exercise:
        introduce(i);
        break;
      case EventKind::side:
        // The introduction names the first side; later sides are announced as they come.
        if (!first_round_of_exercise(i)) {
          speak(e.t_s, e.side == "right" ? words_.right_side : words_.left_side);
        }
        break;
      case EventKind::round:
        round(i);
        break;
      case EventKind::rep:
        count(i);
        break;
      case EventKind::countdown:
        tone(e.t_s, Tone::countdown);
        break;
      case EventKind::switch_sides:
        speak(e.t_s, words_.switch_sides);
        break;
      case EventKind::rest:
        speak(e.t_s, words_.rest);
        break;
      case EventKind::done:
        closing(e.t_s);
        break;
      case EventKind::routine_start:
      case EventKind::section:
        break;
    }
  }

  // Before the first round: the name, the dose, how to do it and what to feel. When it would
  // run into the next speech (a reps exercise's first count, most often) the mixer says it
  // without what to feel, or without how to do it either, rather than cut it mid-sentence.
  void introduce(std::size_t i) {
    const Event& e = events_[i];
    std::string head = fmt::format("{}.", e.display_name);
    const Event* first = first_round_after(i);
    if (first != nullptr) head += " " + dose(*first, i) + ".";
    if (first != nullptr && !first->side.empty()) {
      head += " ";
      head += first->side == "right" ? words_.start_right : words_.start_left;
    }
    const std::string with_cue = e.cue.empty() ? head : head + " " + e.cue;
    const std::string whole =
        e.feel.empty() ? with_cue : with_cue + " " + formatted(words_.feel, e.feel);
    std::vector<std::string> shorter;
    if (with_cue != whole) shorter.push_back(with_cue);
    if (head != with_cue) shorter.push_back(head);
    speak(e.t_s, whole, false, std::move(shorter));
  }

  // A repetition's count paces the movement, so it is never left out: speech running into it
  // is shortened. The last count of an exercise's last set brings "next: …" with it, said in
  // the silence before the set ends (and left off when it would not end before what follows).
  void count(std::size_t i) {
    const Event& e = events_[i];
    const std::string number = std::to_string(e.rep);
    const Event* coming = e.rep == e.reps ? next_exercise_after(i) : nullptr;
    if (coming == nullptr) {
      speak(e.t_s, number);
      return;
    }
    speak(e.t_s, number + ". " + formatted(words_.next, coming->display_name), false, {number});
  }

  // Whether no round of the current exercise came before event i: its first round is next.
  bool first_round_of_exercise(std::size_t i) const {
    for (std::size_t j = i; j-- > 0;) {
      if (events_[j].kind == EventKind::round) return false;
      if (events_[j].kind == EventKind::exercise) return true;
    }
    return true;
  }

  const Event* first_round_after(std::size_t i) const {
    for (std::size_t j = i + 1; j < events_.size(); ++j) {
      if (events_[j].kind == EventKind::exercise) return nullptr;
      if (events_[j].kind == EventKind::round) return &events_[j];
    }
    return nullptr;
  }

  // Whether the exercise introduced at event i switches sides before the next exercise.
  bool both_sides(std::size_t i) const {
    for (std::size_t j = i + 1; j < events_.size(); ++j) {
      if (events_[j].kind == EventKind::exercise) return false;
      if (events_[j].kind == EventKind::switch_sides) return true;
    }
    return false;
  }

  std::string dose(const Event& round, std::size_t i) const {
    std::string text;
    if (round.step == "warmup") {
      text = formatted(words_.warm_up_for, spoken_duration(words_, round.duration_s));
    } else if (round.step == "reps") {
      const std::string reps = formatted(words_.repetitions, round.reps);
      text = round.rounds > 1 ? formatted(words_.sets_of_reps, round.rounds, reps)
                              : formatted(words_.one_set, reps);
    } else {
      const std::string hold = spoken_duration(words_, round.duration_s);
      text = round.rounds > 1 ? formatted(words_.rounds_of_hold, round.rounds, hold)
                              : formatted(words_.one_hold, hold);
    }
    if (both_sides(i)) text += " " + std::string(words_.each_side);
    return text;
  }

  void round(std::size_t i) {
    const Event& e = events_[i];
    tone(e.t_s, Tone::start);
    // The introduction gave the first round's dose; later rounds are counted.
    if (e.round > 1) {
      speak(e.t_s, e.step == "reps" ? formatted(words_.set_of, e.round, e.rounds)
                                    : formatted(words_.round_of, e.round, e.rounds));
    }
    const double end = e.t_s + e.duration_s;
    if (e.step == "reps") {
      // A counted set says "next: …" with its last count (count()); one too fast to count
      // says it as a hold does.
      if (counted(i)) return;
    } else {
      tone(end, Tone::end_of_hold);
      if (e.duration_s >= halfway_from_s) speak(e.t_s + e.duration_s / 2, words_.halfway, true);
    }
    if (e.duration_s >= next_from_s) {
      if (const Event* coming = next_exercise_after(i)) {
        speak(end - next_before_s, formatted(words_.next, coming->display_name), true);
      }
    }
  }

  // Whether the set that starts at event i is counted rep by rep.
  bool counted(std::size_t i) const {
    for (std::size_t j = i + 1; j < events_.size(); ++j) {
      if (events_[j].kind == EventKind::rep) return true;
      if (events_[j].kind == EventKind::round || events_[j].kind == EventKind::exercise) break;
    }
    return false;
  }

  // The exercise that comes right after this round, when this is its exercise's last round.
  const Event* next_exercise_after(std::size_t i) const {
    for (std::size_t j = i + 1; j < events_.size(); ++j) {
      if (events_[j].kind == EventKind::round) return nullptr;
      if (events_[j].kind == EventKind::exercise) return &events_[j];
    }
    return nullptr;
  }

  void closing(double end_s) {
    std::string text(words_.well_done);
    if (plan_.frequency) {
      const Frequency& f = *plan_.frequency;
      text += " ";
      text += f.daily           ? std::string(words_.every_day)
              : f.low == f.high ? formatted(words_.n_times_a_week, f.low)
                                : formatted(words_.times_a_week, f.low, f.high);
    }
    text += " " + std::string(words_.see_a_professional);
    cues_.push_back(Cue{.t_s = end_s, .tone = Tone::chime, .ends_here = true});
    cues_.push_back(Cue{.t_s = end_s, .text = text, .ends_here = true});
  }

  void speak(double t_s, std::string_view text, bool droppable = false,
             std::vector<std::string> shorter = {}) {
    if (!text.empty()) {
      cues_.push_back(Cue{.t_s = t_s,
                          .text = std::string(text),
                          .droppable = droppable,
                          .shorter = std::move(shorter)});
    }
  }
  void tone(double t_s, Tone which) { cues_.push_back(Cue{.t_s = t_s, .tone = which}); }

  // Speech cues at the same time become one utterance in order ("left side" and the round,
  // the acknowledgements and the first introduction), so that none talks over another. A
  // droppable cue joined to one that is not is kept.
  std::vector<Cue> merge_simultaneous_speech() {
    std::vector<Cue> merged;
    for (Cue& cue : cues_) {
      if (!cue.tone && !merged.empty()) {
        Cue* previous = nullptr;
        for (auto it = merged.rbegin(); it != merged.rend() && it->t_s == cue.t_s; ++it) {
          if (!it->tone && it->ends_here == cue.ends_here) {
            previous = &*it;
            break;
          }
        }
        if (previous != nullptr) {
          // Only the last part may be said shorter: the earlier ones are whole sentences of
          // their own ("Breathe out." before an introduction).
          const std::string before = previous->text + (previous->text.ends_with('.') ? " " : ". ");
          previous->text = before + cue.text;
          previous->shorter.clear();
          for (const std::string& form : cue.shorter) previous->shorter.push_back(before + form);
          previous->droppable = previous->droppable && cue.droppable;
          continue;
        }
      }
      merged.push_back(std::move(cue));
    }
    return merged;
  }

  const std::vector<Event>& events_;
  const Plan& plan_;
  const Phrases& words_;
  std::vector<Cue> cues_;
};

}  // namespace

std::vector<Cue> cues_of(const std::vector<Event>& events, const Plan& plan,
                         const Phrases& phrases) {
  return CueWriter(events, plan, phrases).write();
}

}  // namespace limber::audio
