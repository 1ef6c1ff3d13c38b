#pragma once

// Work on many independent pieces spread over a few threads, with the results taken in the
// pieces' order: how a large file's two halves are parsed, its routines' rules checked and their
// plans judged, and its diagnostics worded for printing, so that the output is the same byte for
// byte as doing one piece after another.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace limber {

// Threads at most: the machines limber is measured on have two cores, and more threads than
// cores only add switching.
inline constexpr unsigned max_work_threads = 2;

// How many threads in_order() uses here. Asked once: glibc answers
// std::thread::hardware_concurrency() by reading /sys/devices/system/cpu/online, an open, a read
// and a close each time, and a large file's check asks hundreds of times.
inline unsigned work_threads() {
  static const unsigned threads =
      std::clamp(std::thread::hardware_concurrency(), 1u, max_work_threads);
  return threads;
}

// For each i below `count`: `worker(i)` on one of up to max_work_threads threads (the calling
// thread is one), where each thread's `worker` comes from its own `make_worker()` so that it may
// keep buffers from one piece to the next; then `take(i, result)` on the calling thread, in the
// order of i. The calling thread takes what is done between its own pieces, so that only a few
// results wait at once, however many pieces there are.
//
// The first piece to throw (from its worker or from its take) stops the rest: the helpers
// finish the pieces they hold, and the exception is rethrown once they have, after the takes of
// every piece before it. With one piece, or no second thread to be had, everything happens on
// the calling thread, in order.
template <class MakeWorker, class Take>
void in_order(std::size_t count, MakeWorker&& make_worker, Take&& take) {
  using Worker = std::invoke_result_t<MakeWorker&>;
  using Result = std::invoke_result_t<Worker&, std::size_t>;
  const unsigned threads = count <= 1 ? 1 : work_threads();
  if (threads == 1) {
    Worker worker = make_worker();
    for (std::size_t i = 0; i < count; ++i) take(i, worker(i));
    return;
  }

  struct Slot {
    std::optional<Result> result;
    std::exception_ptr failure;
    std::atomic<bool> done{false};
  };
  const std::unique_ptr<Slot[]> slots(new Slot[count]);
  std::atomic<std::size_t> next{0};
  std::size_t taken = 0;
  std::exception_ptr failure;  // of the first piece not taken, once there is one
  const auto take_done = [&] {
    for (; failure == nullptr && taken < count && slots[taken].done.load(std::memory_order_acquire);
         ++taken) {
      Slot& slot = slots[taken];
      if (slot.failure) {
        failure = slot.failure;
      } else {
        try {
          take(taken, std::move(*slot.result));
        } catch (...) {
          failure = std::current_exception();
        }
        slot.result.reset();
      }
      if (failure) next.store(count);  // the helpers start nothing new
    }
  };
  const auto run = [&](bool taking) {
    std::optional<Worker> worker;
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        if (!worker) worker.emplace(make_worker());
        slots[i].result.emplace((*worker)(i));
      } catch (...) {
        slots[i].failure = std::current_exception();
      }
      slots[i].done.store(true, std::memory_order_release);
      if (taking) take_done();
    }
  };

  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back(run, false);
    } catch (const std::system_error&) {
      break;  // no thread to be had: the others take its share
    }
  }
  run(true);
  for (std::thread& helper : helpers) helper.join();
  take_done();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace limber
