#include "interpreter/safety/judge.hpp"

#include <algorithm>
#include <exception>
#include <iterator>

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

// The findings of a chunk of routines; when judging one of them failed, why, after the findings
// of those before it.
struct Chunk {
  std::vector<LocatedDiagnostic> findings;
  std::exception_ptr failure;
};

// Every routine's findings into `out`, in the order of the routines, as judging them one by one
// gives; an exception as the first routine to fail throws it, after the findings before it.
void judge_routines(const Program& program, std::vector<LocatedDiagnostic>& out) {
  const std::vector<RoutineRef>& routines = program.routines;
  const std::size_t size = routines.size() < serial_below ? routines.size() : chunk_size;
  const std::size_t chunks = size == 0 ? 0 : (routines.size() + size - 1) / size;
  in_order(
      chunks,
      [&] {
        return [&, judge = RoutineJudge(program)](std::size_t chunk) mutable {
          Chunk result;
          const std::size_t end = std::min(routines.size(), (chunk + 1) * size);
          try {
            for (std::size_t i = chunk * size; i < end; ++i)
              judge.judge(routines[i], result.findings);
          } catch (...) {
            result.failure = std::current_exception();
          }
          return result;
        };
      },
      [&](std::size_t, Chunk&& chunk) {
        out.insert(out.end(), std::make_move_iterator(chunk.findings.begin()),
                   std::make_move_iterator(chunk.findings.end()));
        if (chunk.failure) std::rethrow_exception(chunk.failure);
      });
}

}  // namespace

void judge_plans(Program& program) {
  if (!program.ok()) return;
  // The judge only reads the program; its findings go in once judged.
  { judge_routines(program, program.diagnostics); }
  { sort_diagnostics(program); }
}

Program check_file(SourceFile main, const CheckOptions& options) {
  Program program = check(std::move(main), options);
  judge_plans(program);
  return program;
}

}  // namespace limber
