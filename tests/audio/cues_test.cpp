// What a session says and sounds, and when: the exact cues of a small routine, from the
// runner's events on a virtual clock, in English and in Spanish.

#include "interpreter/backends/audio/cues.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "interpreter/check/check.hpp"
#include "interpreter/run/runner.hpp"

namespace limber::audio {
namespace {

// Exercises of its own, so that the expected words stay short.
constexpr const char* small_routine = R"(
exercise lift "Knee Lift" {
  kind warmup
  position standing
  regions hip
  mode hold
  hold 10s..2min
  cue "Lift your knees."
  feel "Warmth."
}
exercise reach "Side Reach" {
  kind stretch
  position standing
  regions thoracic
  mode hold
  sided
  hold 5s..30s
  rounds 1..3
  cue "Reach up and over."
  feel "A stretch along your side."
}
exercise bridge "Bridge" {
  kind strength
  position supine
  regions glutes
  mode reps
  reps 1..10
  rounds 1..3
  tempo 2s
  cue "Lift your hips."
  feel "Your glutes working."
}
routine "Small" {
  frequency daily
  set transition 2s
  set round_rest 3s
  set switch_time 2s
  warmup lift 20s
  hold reach 20s x2 each side
  say "Breathe out."
  reps bridge 2
}
)";

const char* tone_name(Tone tone) {
  switch (tone) {
    case Tone::countdown:
      return "beep";
    case Tone::start:
      return "start";
    case Tone::end_of_hold:
      return "end";
    case Tone::chime:
      return "chime";
  }
  return "?";
}

std::string described(const std::vector<Cue>& cues) {
  std::string out;
  for (const Cue& cue : cues) {
    out += fmt::format("{}{} ", cue.t_s, cue.ends_here ? " (ends)" : "");
    out += cue.tone ? fmt::format("[{}]", tone_name(*cue.tone)) : cue.text;
    out += cue.droppable ? " (droppable)\n" : "\n";
  }
  return out;
}

std::vector<Cue> cues_in(const char* language) {
  const Program program = check(SourceFile("t.limber", small_routine));
  EXPECT_TRUE(program.ok());
  const Plan planned = plan(program, {});
  return cues_of(schedule(program, planned), planned, *phrases_for(language));
}

TEST(Cues, EveryPhraseAndToneOfASmallRoutineAtItsPlanTime) {
  EXPECT_EQ(described(cues_in("en")),
            "0 Knee Lift. warm up for 20 seconds. Lift your knees. You should feel: Warmth.\n"
            "2 [start]\n"
            "12 halfway (droppable)\n"
            "15 next: Side Reach (droppable)\n"
            "19 [beep]\n"
            "20 [beep]\n"
            "21 [beep]\n"
            "22 [end]\n"
            "22 Side Reach. 2 rounds of 20 seconds on each side. Start with the left side. Reach "
            "up and over. You should feel: A stretch along your side.\n"
            "24 [start]\n"
            "34 halfway (droppable)\n"
            "41 [beep]\n"
            "42 [beep]\n"
            "43 [beep]\n"
            "44 [end]\n"
            "44 rest\n"
            "47 [start]\n"
            "47 round 2 of 2\n"
            "57 halfway (droppable)\n"
            "64 [beep]\n"
            "65 [beep]\n"
            "66 [beep]\n"
            "67 [end]\n"
            "67 switch sides\n"
            "69 [start]\n"
            "69 right side\n"
            "79 halfway (droppable)\n"
            "86 [beep]\n"
            "87 [beep]\n"
            "88 [beep]\n"
            "89 [end]\n"
            "89 rest\n"
            "92 [start]\n"
            "92 round 2 of 2\n"
            "102 halfway (droppable)\n"
            "105 next: Bridge (droppable)\n"
            "109 [beep]\n"
            "110 [beep]\n"
            "111 [beep]\n"
            "112 [end]\n"
            "112 Breathe out. Bridge. 2 repetitions. Lift your hips. You should feel: Your glutes "
            "working.\n"
            "114 [start]\n"
            "114 1\n"
            "116 2\n"
            "118 (ends) [chime]\n"
            "118 (ends) Well done. That is the end of today's session. Do this routine every day. "
            "If pain lasts more than a few days, see a healthcare professional.\n");
}

TEST(Cues, TheLastCountOfASetBringsNextAndAnIntroductionHasShorterForms) {
  const Program program = check(SourceFile("t.limber", std::string(small_routine) + R"(
routine "Reps first" {
  set transition 2s
  say "Breathe out."
  reps bridge 3 x2
  warmup lift 20s
}
)"));
  ASSERT_TRUE(program.ok());
  PlanOptions options;
  options.routine = "Reps first";
  const Plan planned = plan(program, options);
  const std::vector<Cue> cues = cues_of(schedule(program, planned), planned, *phrases_for("en"));
  std::string speech;
  for (const Cue& cue : cues) {
    if (cue.tone) continue;
    speech += fmt::format("{} {}\n", cue.t_s, cue.text);
    for (const std::string& form : cue.shorter) speech += "  or " + form + "\n";
  }
  // Counts are never droppable. The second set's last count (its exercise's last) says what
  // comes next, or only the count when that would not fit; the first set's does not. The
  // introduction may lose what to feel, then how; the `say` before it is always said whole.
  EXPECT_EQ(speech,
            "0 Breathe out. Bridge. 2 sets of 3 repetitions. Lift your hips. You should feel: Your "
            "glutes working.\n"
            "  or Breathe out. Bridge. 2 sets of 3 repetitions. Lift your hips.\n"
            "  or Breathe out. Bridge. 2 sets of 3 repetitions.\n"
            "2 1\n"
            "4 2\n"
            "6 3\n"
            "8 rest\n"
            "13 set 2 of 2. 1\n"
            "15 2\n"
            "17 3. next: Knee Lift\n"
            "  or 3\n"
            "19 Knee Lift. warm up for 20 seconds. Lift your knees. You should feel: Warmth.\n"
            "  or Knee Lift. warm up for 20 seconds. Lift your knees.\n"
            "  or Knee Lift. warm up for 20 seconds.\n"
            "31 halfway\n"
            "41 Well done. That is the end of today's session. If pain lasts more than a few "
            "days, see a healthcare professional.\n");
  for (const Cue& cue : cues) {
    if (!cue.tone) {
      EXPECT_EQ(cue.droppable, cue.text == "halfway") << cue.text;
    }
  }
}

TEST(Cues, SpanishSaysTheSameInItsOwnWords) {
  const std::string spanish = described(cues_in("es"));
  EXPECT_NE(spanish.find("0 Knee Lift. calienta durante 20 segundos. Lift your knees. Deberías "
                         "sentir: Warmth.\n"),
            std::string::npos)
      << spanish;
  EXPECT_NE(spanish.find("Empieza por el lado izquierdo."), std::string::npos);
  EXPECT_NE(spanish.find("69 lado derecho\n"), std::string::npos);
  EXPECT_NE(spanish.find("47 ronda 2 de 2\n"), std::string::npos);
  EXPECT_NE(spanish.find("67 cambia de lado\n"), std::string::npos);
  EXPECT_NE(spanish.find("Haz esta rutina todos los días."), std::string::npos);
}

TEST(Cues, DurationsInWords) {
  EXPECT_EQ(spoken_duration(*phrases_for("en"), 1), "1 second");
  EXPECT_EQ(spoken_duration(*phrases_for("en"), 90), "1 minute 30 seconds");
  EXPECT_EQ(spoken_duration(*phrases_for("en"), 3600), "1 hour");
  EXPECT_EQ(spoken_duration(*phrases_for("es"), 150), "2 minutos y 30 segundos");
  EXPECT_EQ(phrases_for("fr"), nullptr);
}

}  // namespace
}  // namespace limber::audio
