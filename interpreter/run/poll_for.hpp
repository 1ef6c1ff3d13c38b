#pragma once

// poll() for `seconds`, to the nanosecond: poll() itself counts whole milliseconds, and rounding
// a wait of 0.3 ms up to 1 ms made every cue of a real-clock run late by the rest of that
// millisecond (p50 0.66 ms instead of the machine's 0.15 ms wake-up latency).

#include <poll.h>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace limber {

inline int poll_for(pollfd* fds, nfds_t count, double seconds) {
  const double whole = std::floor(std::max(seconds, 0.0));
  const timespec timeout{static_cast<std::time_t>(whole),
                         static_cast<long>((std::max(seconds, 0.0) - whole) * 1e9)};
  return ppoll(fds, count, &timeout, nullptr);
}

}  // namespace limber
