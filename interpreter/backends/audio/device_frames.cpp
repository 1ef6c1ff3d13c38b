#include "interpreter/backends/audio/device_frames.hpp"

#include <algorithm>
#include <span>

namespace limber::audio {

void fill_device_frames(PlayHead& head, const Timeline& timeline, DeviceFormat format,
                        MixBuffer& scratch, float* out, std::int64_t frames) {
  std::int64_t done = 0;  // device frames written
  while (frames - done >= format.repeat) {
    const std::int64_t count = std::min<std::int64_t>(mix_block, (frames - done) / format.repeat);
    std::fill(scratch.begin(), scratch.end(), 0.0f);
    const std::int64_t first = head.advance(count);
    if (first >= 0) timeline.mix_into(std::span<float>(scratch.data(), count), first);
    for (std::int64_t i = 0; i < count; ++i) {
      for (int r = 0; r < format.repeat * format.channels; ++r) *out++ = scratch[i];
    }
    done += count * format.repeat;
  }
  std::fill(out, out + (frames - done) * format.channels, 0.0f);
}

}  // namespace limber::audio
