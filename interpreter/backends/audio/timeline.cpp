// The one mixer. Tones are placed exactly; speech is placed at its time, then the rule of
// timeline.hpp settles overlaps: a droppable phrase that would overlap other speech is left
// out, and speech still running when the next phrase starts is said in a shorter form that
// fits, or else cut off with a fade.

#include "interpreter/backends/audio/timeline.hpp"

#include <algorithm>
#include <unordered_set>

#include "interpreter/backends/audio/tones.hpp"

namespace limber::audio {

namespace {

std::int64_t end_of(const Placed& p) {
  return p.start + p.length;
}

// Speech `p` must end by `next_start`: the longest shorter form that does, else the shortest
// form cut off with a fade.
void shorten(Placed& p, std::int64_t next_start, const Speaker& speak) {
  const std::int64_t room = std::max<std::int64_t>(0, next_start - p.start);
  for (std::size_t k = 1; k <= p.cue->shorter.size(); ++k) {
    p.samples = speak(p.cue->shorter[k - 1]);
    p.form = k;
    p.length = static_cast<std::int64_t>(p.samples->size());
    if (p.length <= room) return;
  }
  p.length = room;
  p.fade_out = true;
}

// Placed in time order; each later one shortens the one still running before it.
std::vector<Placed> settle_speech(std::vector<Placed> speech, const Speaker& speak) {
  std::stable_sort(speech.begin(), speech.end(),
                   [](const Placed& a, const Placed& b) { return a.start < b.start; });
  // The closing words are the last thing said: speech that would start during them is left
  // out (speech before them is shortened like any other).
  const auto closing =
      std::find_if(speech.begin(), speech.end(), [](const Placed& p) { return p.cue->ends_here; });
  if (closing != speech.end()) {
    const std::int64_t from = closing->start;
    const std::int64_t to = end_of(*closing);
    std::erase_if(speech, [&](const Placed& p) {
      return !p.cue->ends_here && p.start >= from && p.start < to;
    });
  }
  // A droppable phrase gives way to any speech it would overlap: the one before it still
  // running, or the next one that is not droppable.
  std::vector<Placed> kept;
  std::int64_t running_until = 0;
  for (std::size_t i = 0; i < speech.size(); ++i) {
    const Placed& p = speech[i];
    if (p.cue->droppable) {
      const auto next =
          std::find_if(speech.begin() + static_cast<std::ptrdiff_t>(i) + 1, speech.end(),
                       [](const Placed& q) { return !q.cue->droppable; });
      if (p.start < running_until || (next != speech.end() && end_of(p) > next->start)) continue;
    }
    kept.push_back(p);
    running_until = std::max(running_until, end_of(p));
  }
  for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
    Placed& p = kept[i];
    const std::int64_t next_start = kept[i + 1].start;
    if (end_of(p) > next_start) shorten(p, next_start, speak);
  }
  std::erase_if(kept, [](const Placed& p) { return p.length <= 0; });
  return kept;
}

}  // namespace

Timeline::Timeline(std::vector<Cue> cues, std::vector<Placed> placed, std::int64_t total_samples)
    : cues_(std::move(cues)), placed_(std::move(placed)), total_samples_(total_samples) {
  std::stable_sort(placed_.begin(), placed_.end(),
                   [](const Placed& a, const Placed& b) { return a.start < b.start; });
  for (const Placed& p : placed_) longest_ = std::max(longest_, p.length);
}

void Timeline::mix_into(std::span<float> out, std::int64_t first) const {
  const std::int64_t last = first + static_cast<std::int64_t>(out.size());
  // Sounds are sorted by start and none is longer than longest_, so only those that start in
  // [first - longest_, last) can sound in the window.
  auto it = std::lower_bound(placed_.begin(), placed_.end(), first - longest_,
                             [](const Placed& p, std::int64_t t) { return p.start < t; });
  for (; it != placed_.end() && it->start < last; ++it) {
    const Placed& p = *it;
    const std::int64_t from = std::max(first, p.start);
    const std::int64_t to = std::min(last, end_of(p));
    for (std::int64_t t = from; t < to; ++t) {
      const std::int64_t offset = t - p.start;
      float sample = (*p.samples)[static_cast<std::size_t>(offset)];
      const std::int64_t left = p.length - offset;
      if (p.fade_out && left < fade_samples) {
        sample *= static_cast<float>(left) / static_cast<float>(fade_samples);
      }
      out[static_cast<std::size_t>(t - first)] += sample;
    }
  }
  for (float& sample : out) sample = std::clamp(sample, -1.0F, 1.0F);
}

Timeline build_timeline(std::vector<Cue> cues, double total_s, Voice& voice,
                        const std::function<void(double)>& progress) {
  return build_timeline(
      std::move(cues), total_s, [&](const std::string& text) { return voice.speak(text); },
      progress);
}

Timeline build_timeline(std::vector<Cue> cues, double total_s, const Speaker& speak,
                        const std::function<void(double)>& progress) {
  const std::int64_t total = to_samples(total_s);
  std::unordered_set<std::string> texts;
  for (const Cue& cue : cues) {
    if (!cue.tone) texts.insert(cue.text);
  }
  std::unordered_set<std::string> spoken_texts;
  std::vector<Placed> tones;
  std::vector<Placed> speech;
  std::size_t spoken = 0;
  for (const Cue& cue : cues) {
    std::shared_ptr<const Samples> samples;
    if (cue.tone) {
      samples = tone_samples(*cue.tone);
    } else {
      samples = speak(cue.text);
      if (spoken_texts.insert(cue.text).second && progress) {
        progress(static_cast<double>(++spoken) / static_cast<double>(texts.size()));
      }
    }
    const auto length = static_cast<std::int64_t>(samples->size());
    const std::int64_t at = to_samples(cue.t_s);
    Placed placed{samples, cue.ends_here ? std::max<std::int64_t>(0, at - length) : at, length};
    placed.cue = &cue;
    (cue.tone ? tones : speech).push_back(std::move(placed));
  }
  std::vector<Placed> placed = settle_speech(std::move(speech), speak);
  placed.insert(placed.end(), tones.begin(), tones.end());
  // Nothing sounds past the end of the session.
  for (Placed& p : placed) {
    if (end_of(p) > total) {
      p.length = std::max<std::int64_t>(0, total - p.start);
      p.fade_out = true;
    }
  }
  std::erase_if(placed, [](const Placed& p) { return p.length <= 0; });
  if (progress) progress(1.0);
  return Timeline(std::move(cues), std::move(placed), total);
}

}  // namespace limber::audio
