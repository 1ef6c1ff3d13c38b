#include "interpreter/safety/judge.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <memory>
#include <system_error>
#include <thread>

#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/dose_rules.hpp"
#include "interpreter/safety/findings.hpp"
#include "interpreter/safety/session_rules.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber {

namespace {

// Routines are judged independently, on up to this many threads. Fewer routines than
// `serial_below` are judged on the calling thread: starting a thread would cost more.
constexpr unsigned max_threads = 2;
constexpr std::size_t serial_below = 64;
// Routines handed to a thread at a time: small enough that the threads finish together.
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

// The findings of a chunk of routines, done once its thread has judged it all; when judging
// one of them failed, why, after the findings of those before it.
struct Chunk {
  std::vector<LocatedDiagnostic> findings;
  std::exception_ptr failure;
  std::atomic<bool> done{false};
};

void judge_chunk(RoutineJudge& judge, const std::vector<RoutineRef>& routines, std::size_t chunk,
                 Chunk& into) {
  const std::size_t begin = chunk * chunk_size;
  const std::size_t end = std::min(routines.size(), begin + chunk_size);
  try {
    for (std::size_t i = begin; i < end; ++i) judge.judge(routines[i], into.findings);
  } catch (...) {
    into.failure = std::current_exception();
  }
  into.done.store(true, std::memory_order_release);
}

// Every routine's findings into `out`, in the order of the routines, as judging them one by one
// gives; an exception as the first routine to fail throws it, after the findings before it.
void judge_routines(const Program& program, std::vector<LocatedDiagnostic>& out) {
  const std::vector<RoutineRef>& routines = program.routines;
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, max_threads);
  if (routines.size() < serial_below || threads == 1) {
    RoutineJudge judge(program);
    for (const RoutineRef& routine : routines) judge.judge(routine, out);
    return;
  }
  // Each thread takes the next chunk of routines until none is left, into the chunk's own list.
  // Between its chunks this thread moves the lists done so far into `out`, in order, so that
  // few are held at once.
  const std::size_t chunks = (routines.size() + chunk_size - 1) / chunk_size;
  const std::unique_ptr<Chunk[]> results(new Chunk[chunks]);
  std::atomic<std::size_t> next{0};
  std::size_t taken = 0;
  const auto take_done = [&] {
    for (; taken < chunks && results[taken].done.load(std::memory_order_acquire); ++taken) {
      Chunk& chunk = results[taken];
      if (chunk.failure) return;
      out.insert(out.end(), std::make_move_iterator(chunk.findings.begin()),
                 std::make_move_iterator(chunk.findings.end()));
      std::vector<LocatedDiagnostic>().swap(chunk.findings);
    }
  };
  const auto work = [&](bool taking) {
    RoutineJudge judge(program);
    for (std::size_t chunk = next++; chunk < chunks; chunk = next++) {
      judge_chunk(judge, routines, chunk, results[chunk]);
      if (taking) take_done();
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned i = 1; i < threads; ++i) {
    try {
      helpers.emplace_back(work, false);
    } catch (const std::system_error&) {
      break;  // no thread to be had: the others take its share
    }
  }
  work(true);
  for (std::thread& helper : helpers) helper.join();
  take_done();
  if (taken < chunks) {
    // As judging one routine after another would: the findings before it, then the failure.
    Chunk& failed = results[taken];
    out.insert(out.end(), std::make_move_iterator(failed.findings.begin()),
               std::make_move_iterator(failed.findings.end()));
    std::rethrow_exception(failed.failure);
  }
}

}  // namespace

void judge_plans(Program& program) {
  if (!program.ok()) return;
  // The judge only reads the program; its findings go in once judged.
  judge_routines(program, program.diagnostics);
  sort_diagnostics(program);
}

Program check_file(SourceFile main, const CheckOptions& options) {
  Program program = check(std::move(main), options);
  judge_plans(program);
  return program;
}

}  // namespace limber
