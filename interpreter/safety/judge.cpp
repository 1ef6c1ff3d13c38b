#include "interpreter/safety/judge.hpp"

#include <algorithm>
#include <deque>
#include <exception>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include "grammar/in_order.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/dose_rules.hpp"
#include "interpreter/safety/findings.hpp"
#include "interpreter/safety/session_rules.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber {

namespace {

// Routines are judged independently, a chunk at a time on each thread (grammar/in_order.hpp):
// small enough chunks that the threads finish together. Fewer routines than `serial_below` are
// one chunk, judged on the calling thread: starting a thread would cost more.
constexpr std::size_t serial_below = 64;
constexpr std::size_t chunk_size = 16;

// Judges one routine after another into a list of findings. Only reads the program, so that
// threads can share it; keeps its buffers from one routine to the next.
class RoutineJudge {
 public:
  explicit RoutineJudge(const Program& program) : program_(program) {}

  void judge(const RoutineRef& routine, std::vector<LocatedDiagnostic>& out) {
    using namespace safety;
    const Worlds worlds = worlds_of(program_, routine);
    const PlanSummary summary = summarize(program_, routine, worlds.to_plan());

    // Where each step runs: the domain its findings are described in.
    runs_.reset(summary);
    totals_.assign(worlds.worlds.size(), {});
    for (const PlannedDose& dose : summary.doses) {
      const double work = dose.work_s();
      dose.worlds.for_each([&](std::size_t w) { totals_[w].work_s += work; });
    }
    const std::uint64_t flare_up_bit = worlds.bit_of("flare_up");
    const bool flare_up_given = worlds.given.count("flare_up") > 0;
    WorldMask flare_up;
    for (std::size_t w = 0; w < worlds.worlds.size(); ++w) {
      totals_[w].total_s = summary.total_s[w];
      totals_[w].steps = summary.steps[w];
      if (flare_up_given || (worlds.worlds[w].holding & flare_up_bit) != 0) flare_up.set(w);
    }

    findings_.reset(worlds);
    judge_doses(summary, flare_up, runs_, findings_);
    judge_session(routine, worlds, totals_, flare_up, summary.target_s, findings_);
    findings_.report_into(out, &program_.main_source());
  }

 private:
  const Program& program_;
  safety::StepRuns runs_;
  std::vector<safety::WorldTotals> totals_;
  safety::Findings findings_;
};

// Findings given back to the thread that allocated them, for it to free. glibc's malloc frees a
// block into the arena of the thread that allocated it, under that arena's lock: the calling
// thread dropping the helper's findings once shown, while the helper allocated the next ones,
// was most of the 800 context switches left in the check of a 10 MB file once the symbol
// table's lock spun; given back, 82 to 339 remain (docs/benchmarks.md, "A margin for the full
// check"). The lists they come in are never freed by the other thread either: each is kept,
// emptied, and filled again.
class Returned {
 public:
  Returned() : owner_(std::this_thread::get_id()) {}
  bool mine() const { return owner_ == std::this_thread::get_id(); }

  // Those of `shown` whose entry in `homes` is this one, moved out.
  void give(std::vector<LocatedDiagnostic>& shown, const std::vector<Returned*>& homes) {
    const std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < shown.size(); ++i) {
      if (homes[i] == this) given_.push_back(std::move(shown[i]));
    }
  }

  // A list this thread allocated, its findings gone.
  void retire(std::vector<LocatedDiagnostic>&& spent) {
    const std::lock_guard lock(mutex_);
    retired_.push_back(std::move(spent));
  }

  // On the owner's thread, between pieces of its work.
  void free_given() {
    {
      const std::lock_guard lock(mutex_);
      given_.swap(freeing_);
      retired_.swap(freeing_retired_);
    }
    freeing_.clear();
    freeing_retired_.clear();
  }

 private:
  std::thread::id owner_;
  std::mutex mutex_;
  std::vector<LocatedDiagnostic> given_;
  std::vector<std::vector<LocatedDiagnostic>> retired_;
  std::vector<LocatedDiagnostic> freeing_;  // the owner's, while it frees them
  std::vector<std::vector<LocatedDiagnostic>> freeing_retired_;
};

// One Returned per thread judging: they outlive the threads and the findings shown after them.
class Homes {
 public:
  Returned& make() {
    const std::lock_guard lock(mutex_);
    return homes_.emplace_back();
  }

 private:
  std::mutex mutex_;
  std::deque<Returned> homes_;  // never moves its elements
};

// The findings of a chunk of routines; when judging one of them failed, why, after the findings
// of those before it. `home` is the thread that judged them.
struct Chunk {
  std::vector<LocatedDiagnostic> findings;
  std::exception_ptr failure;
  Returned* home = nullptr;
};

// Judges every routine, a chunk at a time, and hands each chunk's findings to take(findings,
// where the next chunk begins, the thread that judged them or null for this one) in the order
// of the routines, as judging them one by one gives; an exception as the first routine to fail
// throws it, after the findings before it.
template <typename Take>
void judge_routines(const Program& program, Homes& homes, Take&& take) {
  const std::vector<RoutineRef>& routines = program.routines;
  const std::size_t size = routines.size() < serial_below ? routines.size() : chunk_size;
  const std::size_t chunks = size == 0 ? 0 : (routines.size() + size - 1) / size;
  in_order(
      chunks,
      [&] {
        return [&, judge = RoutineJudge(program), home = &homes.make()](std::size_t chunk) mutable {
          home->free_given();
          Chunk result;
          result.home = home;
          const std::size_t end = std::min(routines.size(), (chunk + 1) * size);
          try {
            for (std::size_t i = chunk * size; i < end; ++i) {
              judge.judge(routines[i], result.findings);
            }
          } catch (...) {
            result.failure = std::current_exception();
          }
          return result;
        };
      },
      [&](std::size_t chunk, Chunk&& judged) {
        const std::size_t next = (chunk + 1) * size;
        take(std::move(judged.findings),
             next < routines.size() ? std::optional(routines[next].title_span.begin) : std::nullopt,
             judged.home->mine() ? nullptr : judged.home);
        if (judged.failure) std::rethrow_exception(judged.failure);
      });
}

// The program's diagnostics and its routines' findings, merged as they come into the order of
// sort_diagnostics(), and shown a batch at a time once nothing judged later can come before
// them. A routine's findings lie within its block, at its title or after, and the blocks follow
// each other: the findings of the routines not judged yet all come at or after the title of the
// next one. Findings of equal position keep the order found, the program's own first. The
// program's own are moved out as shown when `movable` is the program's list, copied when null.
class FindingsInOrder {
 public:
  FindingsInOrder(const Program& program, std::vector<LocatedDiagnostic>* movable,
                  const ShowDiagnostics& show)
      : order_(program), own_(program.diagnostics), movable_(movable), show_(show) {}

  void add(std::vector<LocatedDiagnostic>&& findings, std::optional<std::uint32_t> next_begins,
           Returned* home) {
    std::stable_sort(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
      return a.diagnostic.span.begin < b.diagnostic.span.begin;
    });
    if (pending_.empty()) {
      retire(std::move(pending_), pending_buffer_home_);
      pending_ = std::move(findings);
      pending_buffer_home_ = home;
      pending_homes_.assign(pending_.size(), home);
    } else {
      // Merged by position, the earlier on a tie, with who frees each.
      std::vector<LocatedDiagnostic> merged;
      std::vector<Returned*> homes;
      merged.reserve(pending_.size() - shown_ + findings.size());
      homes.reserve(merged.capacity());
      std::size_t a = shown_;
      std::size_t b = 0;
      while (a < pending_.size() || b < findings.size()) {
        if (b == findings.size() ||
            (a < pending_.size() &&
             pending_[a].diagnostic.span.begin <= findings[b].diagnostic.span.begin)) {
          merged.push_back(std::move(pending_[a]));
          homes.push_back(pending_homes_[a++]);
        } else {
          merged.push_back(std::move(findings[b++]));
          homes.push_back(home);
        }
      }
      retire(std::move(pending_), pending_buffer_home_);
      retire(std::move(findings), home);
      pending_ = std::move(merged);
      pending_buffer_home_ = nullptr;
      pending_homes_ = std::move(homes);
    }
    shown_ = 0;
    show_up_to(next_begins);
  }

  // Everything left: once every routine is judged.
  void finish() { show_up_to(std::nullopt); }

 private:
  // Shows, in order, what stands before `bound` in the checked file (or anywhere, without one).
  void show_up_to(std::optional<std::uint32_t> bound) {
    const std::uint32_t limit = bound.value_or(UINT32_MAX);
    std::vector<LocatedDiagnostic> batch;
    std::vector<Returned*> homes;  // who frees each of the batch: null for this thread
    while (true) {
      const bool own_left = next_own_ < own_.size();
      const bool found_left = shown_ < pending_.size();
      // Findings are all in the checked file, the first in the order (key 0).
      const auto own_key = own_left ? order_.key(own_[next_own_]) : std::pair{UINT32_MAX, 0u};
      const std::uint32_t found_at = found_left ? pending_[shown_].diagnostic.span.begin : 0;
      const bool own_first = own_left && (!found_left || own_key <= std::pair{0u, found_at});
      if (own_first && (own_key.first > 0 ? !bound && !found_left : own_key.second <= limit)) {
        batch.push_back(movable_ != nullptr ? std::move((*movable_)[next_own_]) : own_[next_own_]);
        homes.push_back(nullptr);
        ++next_own_;
      } else if (found_left && (!bound || found_at <= limit)) {
        homes.push_back(pending_homes_[shown_]);
        batch.push_back(std::move(pending_[shown_++]));
      } else {
        break;
      }
    }
    if (shown_ == pending_.size()) {
      pending_.clear();
      pending_homes_.clear();
      shown_ = 0;
    }
    if (batch.empty()) return;
    show_(std::move(batch));
    give_back(batch, homes);
  }

  // A list whose findings are gone (shown or moved), its block given back to the thread that
  // allocated it, or freed here.
  static void retire(std::vector<LocatedDiagnostic>&& spent, Returned* home) {
    if (home != nullptr && spent.capacity() > 0) home->retire(std::move(spent));
  }

  // Hands what is left of each shown finding (the show may have moved some or all of it) to the
  // thread that allocated it; this thread's own are freed here.
  static void give_back(std::vector<LocatedDiagnostic>& shown,
                        const std::vector<Returned*>& homes) {
    if (shown.size() != homes.size()) return;
    std::vector<Returned*> others;
    for (Returned* home : homes) {
      if (home != nullptr && std::find(others.begin(), others.end(), home) == others.end()) {
        others.push_back(home);
      }
    }
    for (Returned* home : others) home->give(shown, homes);
  }

  DiagnosticOrder order_;
  // Sorted already. When moved out as shown, their memory goes to judging the routines after.
  const std::vector<LocatedDiagnostic>& own_;
  std::vector<LocatedDiagnostic>* movable_;
  std::size_t next_own_ = 0;
  std::vector<LocatedDiagnostic> pending_;   // findings not shown yet, by position, from shown_
  std::vector<Returned*> pending_homes_;     // who frees each: null for this thread
  Returned* pending_buffer_home_ = nullptr;  // who frees the block of pending_
  std::size_t shown_ = 0;
  const ShowDiagnostics& show_;
};

// What judge_plans(program, show) and show_judged() share: the program's own diagnostics moved
// out of `movable` (the program's list) as shown, or copied when it is null.
void show_in_order(const Program& program, std::vector<LocatedDiagnostic>* movable,
                   const ShowDiagnostics& show) {
  Homes homes;  // before the findings, which may point to them until shown
  FindingsInOrder in_order(program, movable, show);
  if (program.ok()) {
    judge_routines(
        program, homes,
        [&](std::vector<LocatedDiagnostic>&& findings, std::optional<std::uint32_t> next_begins,
            Returned* home) { in_order.add(std::move(findings), next_begins, home); });
  }
  in_order.finish();
}

}  // namespace

void judge_plans(Program& program) {
  if (!program.ok()) return;
  // The judge only reads the program; its findings go in once judged (and are kept).
  Homes homes;
  judge_routines(program, homes, [&](std::vector<LocatedDiagnostic>&& findings, auto, auto) {
    program.diagnostics.insert(program.diagnostics.end(), std::make_move_iterator(findings.begin()),
                               std::make_move_iterator(findings.end()));
  });
  sort_diagnostics(program);
}

void judge_plans(Program& program, const ShowDiagnostics& show) {
  show_in_order(program, &program.diagnostics, show);
  std::vector<LocatedDiagnostic>().swap(program.diagnostics);
}

void show_judged(const Program& program, const ShowDiagnostics& show) {
  show_in_order(program, nullptr, show);
}

Program check_file(SourceFile main, const CheckOptions& options) {
  Program program = check(std::move(main), options);
  judge_plans(program);
  return program;
}

}  // namespace limber
