// The JSON and plain console backends: the exact line each kind of event becomes.

#include <gtest/gtest.h>

#include <sstream>

#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/backends/json/json_backend.hpp"

namespace limber {
namespace {

Event round_event() {
  Event e;
  e.kind = EventKind::round;
  e.t_s = 5;
  e.section = "Spine";
  e.exercise = "cat_cow";
  e.display_name = "Cat-Cow Stretch";
  e.step = "hold";
  e.round = 1;
  e.rounds = 3;
  e.duration_s = 30;
  return e;
}

TEST(JsonBackend, OneObjectPerLineWithTheFixedFieldsFirst) {
  std::ostringstream out;
  JsonBackend backend(out);
  backend.on_event(round_event());
  EXPECT_EQ(out.str(),
            R"({"event":"round","t_s":5,"section":"Spine","exercise":"cat_cow",)"
            R"("display_name":"Cat-Cow Stretch","step":"hold","side":null,"round":1,"rounds":3,)"
            R"("duration_s":30})"
            "\n");
}

TEST(JsonBackend, LateMsOnlyOnARealClock) {
  Event e;
  e.kind = EventKind::done;
  e.t_s = 140;
  e.routine = "R";
  e.total_s = 140;
  EXPECT_EQ(event_to_json(e).dump(), R"({"event":"done","t_s":140,"routine":"R","total_s":140})");
  e.late_ms = 1.25;
  EXPECT_EQ(event_to_json(e).dump(),
            R"({"event":"done","t_s":140,"late_ms":1.25,"routine":"R","total_s":140})");
}

TEST(JsonBackend, TheNewEventsAndFieldsOfThePatientsScreen) {
  Event e;
  e.kind = EventKind::acknowledge;
  e.condition = "flare_up";
  e.text = "flare-up: today's session is gentler";
  EXPECT_EQ(event_to_json(e).dump(), R"({"event":"acknowledge","t_s":0,"condition":"flare_up",)"
                                     R"("text":"flare-up: today's session is gentler"})");
  e = {};
  e.kind = EventKind::skipped;
  e.exercise = "seated_twist";
  e.display_name = "Seated Spinal Twist";
  e.reason = "unless twisting_pain";
  e.condition = "twisting_pain";
  e.text = "Seated Spinal Twist skipped today: twisting hurts";
  EXPECT_EQ(
      event_to_json(e).dump(),
      R"({"event":"skipped","t_s":0,"exercise":"seated_twist","reason":"unless twisting_pain",)"
      R"("display_name":"Seated Spinal Twist","condition":"twisting_pain",)"
      R"("text":"Seated Spinal Twist skipped today: twisting hurts"})");
  e = {};
  e.kind = EventKind::rep;
  e.t_s = 9;
  e.exercise = "bird_dog";
  e.side = "left";
  e.rep = 2;
  e.reps = 10;
  e.duration_s = 3;
  EXPECT_EQ(event_to_json(e).dump(),
            R"({"event":"rep","t_s":9,"exercise":"bird_dog","side":"left","rep":2,"reps":10,)"
            R"("duration_s":3})");
  e = {};
  e.kind = EventKind::rest;
  e.t_s = 35;
  e.duration_s = 5;
  e.next = "Cat-Cow, round 2 of 3, 30s";
  EXPECT_EQ(event_to_json(e).dump(),
            R"({"event":"rest","t_s":35,"duration_s":5,"next":"Cat-Cow, round 2 of 3, 30s"})");
  e = {};
  e.kind = EventKind::done;
  e.routine = "R";
  e.advice = {"Do this routine every day.", "See someone."};
  EXPECT_EQ(event_to_json(e).dump(), R"({"event":"done","t_s":0,"routine":"R","total_s":0,)"
                                     R"("advice":["Do this routine every day.","See someone."]})");
}

TEST(JsonBackend, RepsAndSidesAndFractionsOfASecond) {
  Event e = round_event();
  e.step = "reps";
  e.reps = 10;
  e.side = "left";
  e.t_s = 2.5;
  EXPECT_EQ(event_to_json(e).dump(),
            R"({"event":"round","t_s":2.5,"section":"Spine","exercise":"cat_cow",)"
            R"("display_name":"Cat-Cow Stretch","step":"reps","side":"left","round":1,)"
            R"("rounds":3,"reps":10,"duration_s":30})");
}

std::string plain(const Event& e) {
  std::ostringstream out;
  PlainConsoleBackend backend(out);
  backend.on_event(e);
  return out.str();
}

TEST(PlainConsole, ARoundIsOneReadableLine) {
  EXPECT_EQ(plain(round_event()), "[00:05] Cat-Cow Stretch — round 1 of 3, 30s\n");
  Event reps = round_event();
  reps.step = "reps";
  reps.reps = 10;
  reps.side = "right";
  EXPECT_EQ(plain(reps), "[00:05] Cat-Cow Stretch — set 1 of 3, 10 reps, right side, 30s\n");
}

TEST(PlainConsole, AnExerciseBringsItsCueAndFeel) {
  Event e;
  e.kind = EventKind::exercise;
  e.exercise = "cat_cow";
  e.display_name = "Cat-Cow Stretch";
  e.cue = "Flow slowly.";
  e.feel = "Easy movement.";
  e.duration_s = 5;
  e.next = "Cat-Cow Stretch, round 1 of 3, 30s";
  EXPECT_EQ(plain(e),
            "[00:00] Next: Cat-Cow Stretch, round 1 of 3, 30s — get ready (5s)\n"
            "        how: Flow slowly.\n"
            "        feel: Easy movement.\n");
}

TEST(PlainConsole, RestsAndSwitchesSayWhatIsNext) {
  Event e;
  e.kind = EventKind::rest;
  e.t_s = 35;
  e.duration_s = 5;
  e.next = "Cat-Cow, round 2 of 3, 30s";
  EXPECT_EQ(plain(e), "[00:35] rest 5s — Next: Cat-Cow, round 2 of 3, 30s\n");
  e.kind = EventKind::switch_sides;
  e.next = "Cat-Cow, round 1 of 3, right side, 30s";
  EXPECT_EQ(plain(e), "[00:35] switch sides — Next: Cat-Cow, round 1 of 3, right side, 30s\n");
}

TEST(PlainConsole, TheDayInThePatientsWordsRepsAndTheAdviceAtTheEnd) {
  Event e;
  e.kind = EventKind::acknowledge;
  e.condition = "flare_up";
  e.text = "flare-up: today's session is gentler";
  EXPECT_EQ(plain(e), "[00:00] flare-up: today's session is gentler\n");
  e = {};
  e.kind = EventKind::skipped;
  e.exercise = "seated_twist";
  e.reason = "unless twisting_pain";
  e.text = "Seated Spinal Twist skipped today: twisting hurts";
  EXPECT_EQ(plain(e), "[00:00] Seated Spinal Twist skipped today: twisting hurts\n");
  e = {};
  e.kind = EventKind::rep;
  e.t_s = 12;
  e.rep = 3;
  e.reps = 10;
  EXPECT_EQ(plain(e), "[00:12] Rep 3 of 10\n");
  e = {};
  e.kind = EventKind::done;
  e.t_s = 140;
  e.total_s = 140;
  e.advice = {"Do this routine every day.", "See someone."};
  EXPECT_EQ(plain(e),
            "[02:20] done — 2min20s\n"
            "        Do this routine every day.\n"
            "        See someone.\n");
}

TEST(PlainConsole, RestSwitchCountdownSayDone) {
  Event e;
  e.kind = EventKind::rest;
  e.t_s = 35;
  e.duration_s = 5;
  EXPECT_EQ(plain(e), "[00:35] rest 5s\n");
  e = {};
  e.kind = EventKind::switch_sides;
  e.t_s = 70;
  EXPECT_EQ(plain(e), "[01:10] switch sides\n");
  e = {};
  e.kind = EventKind::countdown;
  e.t_s = 67;
  e.remaining_s = 3;
  EXPECT_EQ(plain(e), "[01:07] 3\n");
  e = {};
  e.kind = EventKind::say;
  e.text = "Breathe.";
  EXPECT_EQ(plain(e), "[00:00] \"Breathe.\"\n");
  e = {};
  e.kind = EventKind::done;
  e.t_s = 140;
  e.total_s = 140;
  EXPECT_EQ(plain(e), "[02:20] done — 2min20s\n");
  e = {};
  e.kind = EventKind::skipped;
  e.exercise = "pigeon";
  e.reason = "optional";
  EXPECT_EQ(plain(e), "[00:00] skipped pigeon (optional)\n");
}

TEST(PlainConsole, ClockStampsPastAnHour) {
  EXPECT_EQ(clock_stamp(0), "[00:00]");
  EXPECT_EQ(clock_stamp(59.9), "[00:59]");
  EXPECT_EQ(clock_stamp(3725), "[1:02:05]");
}

}  // namespace
}  // namespace limber
