// Speech by espeak-ng in-process, measured on the samples; the language a session speaks, from
// the routine's `set language` through the plan to the voice the command line opens.

#include "interpreter/backends/audio/voice.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/cli/voice_options.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::audio {
namespace {

double rms(const Samples& samples) {
  double sum = 0;
  for (float s : samples) sum += static_cast<double>(s) * s;
  return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string error_of(std::string_view language, std::string_view voice = {}) {
  try {
    Voice v(language, voice);
  } catch (const VoiceError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Voice, SpeechHasEnergyAndAPlausibleLength) {
  Voice voice("en");
  EXPECT_EQ(voice.voice_name(), "en-us");
  const auto samples = voice.speak("round 2 of 3");
  ASSERT_NE(samples, nullptr);
  // Three or four syllables a second: a short phrase lasts between half a second and two.
  EXPECT_GT(to_seconds(static_cast<std::int64_t>(samples->size())), 0.5);
  EXPECT_LT(to_seconds(static_cast<std::int64_t>(samples->size())), 2.0);
  EXPECT_GT(rms(*samples), 0.02);
  for (float s : *samples) ASSERT_LE(std::fabs(s), 1.0F);
}

TEST(Voice, SilenceIsTrimmedAtBothEnds) {
  Voice voice("en");
  const auto samples = voice.speak("rest");
  ASSERT_GT(samples->size(), 100U);
  // Sound within the first 5 ms and the last 20 ms: what was kept either side of the speech.
  const auto loud = [](float s) { return std::fabs(s) > 0.005F; };
  const auto first = std::find_if(samples->begin(), samples->end(), loud) - samples->begin();
  const auto last = samples->rend() - std::find_if(samples->rbegin(), samples->rend(), loud);
  EXPECT_LE(first, sample_rate / 200);
  EXPECT_GE(last, static_cast<std::ptrdiff_t>(samples->size()) - sample_rate / 50);
}

TEST(Voice, NothingToSayIsSilence) {
  Voice voice("en");
  EXPECT_TRUE(voice.speak("")->empty());
  EXPECT_TRUE(voice.speak("  ")->empty());
}

TEST(Voice, TheSameTextIsSynthesisedOnce) {
  Voice voice("en");
  const auto first = voice.speak("switch sides");
  const auto again = voice.speak("switch sides");
  EXPECT_EQ(first, again);
  EXPECT_EQ(voice.synthesised(), 1U);
  const auto other = voice.speak("rest");
  EXPECT_NE(other, first);
  EXPECT_EQ(voice.synthesised(), 2U);
}

// espeak-ng carries a little state from one utterance to the next (the phase of its voice), so
// the same words said twice differ by a few samples; another voice differs by far more.
double length_ratio(const Samples& a, const Samples& b) {
  return static_cast<double>(std::max(a.size(), b.size())) /
         static_cast<double>(std::min(a.size(), b.size()));
}

TEST(Voice, EnglishAndSpanishOfTheSamePhraseDiffer) {
  Voice english("en");
  Voice spanish("es");
  EXPECT_EQ(spanish.voice_name(), "es");
  // The same words in the Spanish voice: it reads English letters its own way.
  const std::string text = "round 2 of 3";
  EXPECT_GT(length_ratio(*english.speak(text), *spanish.speak(text)), 1.05);
  // The phrase of each table, each in its own language.
  const auto ronda = spanish.speak(fmt::format(fmt::runtime(phrases_for("es")->round_of), 2, 3));
  EXPECT_GT(rms(*ronda), 0.02);
  EXPECT_GT(length_ratio(*english.speak(text), *ronda), 1.02);
}

TEST(Voice, TwoVoicesTakeTurnsWithTheirOwnVoice) {
  // espeak-ng has one current voice; each Voice selects its own again before it speaks.
  Voice english("en");
  Voice spanish("es");
  const auto in_english = english.speak("left side");
  const auto in_spanish = spanish.speak("left side");
  Voice english_again("en");
  const auto again = english_again.speak("left side");
  EXPECT_LT(length_ratio(*in_english, *again), 1.005);
  EXPECT_GT(length_ratio(*in_english, *in_spanish), 1.05);
  EXPECT_GT(length_ratio(*again, *in_spanish), 1.05);
}

TEST(Voice, AnExplicitVoiceSpeaks) {
  const auto voices = installed_voices();
  ASSERT_TRUE(contains(voices, "en-gb"));
  Voice british("en", "en-gb");
  EXPECT_EQ(british.voice_name(), "en-gb");
  Voice american("en");
  EXPECT_GT(length_ratio(*british.speak("halfway"), *american.speak("halfway")), 1.03);
  // Written as espeak-ng's name or file, in any case, or with a variant.
  EXPECT_EQ(Voice("en", "English (Great Britain)").voice_name(), "en-gb");
  EXPECT_EQ(Voice("en", "EN_GB").voice_name(), "en-gb");
  EXPECT_EQ(Voice("en", "gmw/en").voice_name(), "en-gb");
  EXPECT_EQ(Voice("es", "es-419").voice_name(), "es-419");
  Voice variant("en", "en-gb+F3");
  EXPECT_EQ(variant.voice_name(), "en-gb+f3");
  EXPECT_EQ(Voice("en", "en-us+alex").voice_name(), "en-us+Alex");
  EXPECT_GT(rms(*variant.speak("halfway")), 0.02);
}

TEST(Voice, InstalledVoicesAreSortedLanguageTags) {
  const auto voices = installed_voices();
  EXPECT_TRUE(std::is_sorted(voices.begin(), voices.end()));
  EXPECT_TRUE(contains(voices, "en-us"));
  EXPECT_TRUE(contains(voices, "es"));
  EXPECT_TRUE(contains(voices, "es-419"));
  EXPECT_TRUE(contains(installed_variants(), "f3"));
}

TEST(Voice, AnUnknownLanguageListsTheLanguages) {
  EXPECT_EQ(error_of("fr"),
            "limber speaks English (en) and Español (es); there is no language \"fr\"");
  EXPECT_EQ(error_of("es-MX"),
            "limber speaks English (en) and Español (es); there is no "
            "language \"es-MX\" (did you mean \"es\"?)");
  EXPECT_EQ(error_of("Español"),
            "limber speaks English (en) and Español (es); there is no "
            "language \"Español\" (did you mean \"es\"?)");
}

TEST(Voice, AnUnknownVoiceListsTheLanguagesVoicesThenTheOthers) {
  const std::string error = error_of("en", "en-zz");
  EXPECT_EQ(error.substr(0, error.find(" The other")),
            "there is no espeak-ng voice \"en-zz\". The voices for English (en) are: en-029, "
            "en-gb, en-gb-scotland, en-gb-x-gbclan, en-gb-x-gbcwmd, en-gb-x-rp, en-us, en-us-nyc "
            "(a voice may add a variant, as in en-us+f3).");
  EXPECT_NE(error.find(" The other voices installed: af, "), std::string::npos);
  EXPECT_NE(error.find(", es, es-419, "), std::string::npos);
  const std::string typo = error_of("en", "en-usa");
  EXPECT_EQ(typo.substr(0, typo.find('.')),
            "there is no espeak-ng voice \"en-usa\" (did you mean \"en-us\"?)");

  const std::string spanish = error_of("es", "castellano");
  EXPECT_EQ(spanish.substr(0, spanish.find(" The other")),
            "there is no espeak-ng voice \"castellano\". The voices for Español (es) are: es, "
            "es-419 (a voice may add a variant, as in es+f3).");
}

TEST(Voice, AnUnknownVariantListsTheVariants) {
  const std::string error = error_of("en", "en-gb+f33");
  EXPECT_EQ(error.substr(0, error.find(" The variants")),
            "there is no espeak-ng voice variant \"f33\" (did you mean \"f3\"?).");
  EXPECT_NE(error.find("The variants are: "), std::string::npos);
  EXPECT_NE(error.find(", klatt, "), std::string::npos);
}

// espeak-ng starts once per process, so its missing data is tried in a process of its own.
TEST(VoiceDeathTest, MissingDataIsAClearError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const std::filesystem::path empty = std::filesystem::temp_directory_path() / "limber-no-espeak";
  std::filesystem::create_directories(empty);
  EXPECT_EXIT(
      {
        setenv("ESPEAK_DATA_PATH", empty.c_str(), 1);
        try {
          Voice voice("en");
        } catch (const VoiceError& error) {
          std::fputs(error.what(), stderr);
          std::exit(2);
        }
        std::exit(0);
      },
      testing::ExitedWithCode(2),
      "^speech is not available: espeak-ng cannot read its voice data in "
      ".*limber-no-espeak.* \\(.*\\); install the espeak-ng-data package$");
}

// ---- the language of a session

Plan plan_of(const std::string& text) {
  const Program program = check(SourceFile("t.limber", text));
  for (const auto& d : program.diagnostics) {
    EXPECT_NE(d.diagnostic.severity, Severity::error) << d.diagnostic.message;
  }
  return plan(program);
}

TEST(SessionLanguage, ThePlanCarriesTheRoutinesLanguage) {
  EXPECT_EQ(plan_of("set language \"es\"\nhold cat_cow 20s x2\n").language, "es");
  EXPECT_EQ(plan_of("hold cat_cow 20s x2\n").language, "");
  EXPECT_EQ(plan_of("routine \"A\" {\n  hold cat_cow 20s x2\n}\n"
                    "routine \"B\" {\n  set language \"es\"\n  hold cat_cow 20s x2\n}\n")
                .language,
            "");
}

TEST(SessionLanguage, TheCommandLineWinsThenTheRoutineThenTheVoice) {
  Plan spanish;
  spanish.language = "es";
  const Plan unset;
  EXPECT_EQ(cli::session_language({"en", ""}, spanish), "en");
  EXPECT_EQ(cli::session_language({"", ""}, spanish), "es");
  EXPECT_EQ(cli::session_language({"", "en-gb"}, spanish), "es");
  EXPECT_EQ(cli::session_language({"", ""}, unset), "en");
  EXPECT_EQ(cli::session_language({"", "es-419"}, unset), "es");
  EXPECT_EQ(cli::session_language({"", "ES+f3"}, unset), "es");
  EXPECT_EQ(cli::session_language({"", "de"}, unset), "en");
}

TEST(SessionLanguage, OpenVoiceSaysWhyItCannot) {
  Plan spanish;
  spanish.language = "es";
  auto opened = cli::open_voice("render", {}, spanish);
  ASSERT_TRUE(std::holds_alternative<std::unique_ptr<Voice>>(opened));
  EXPECT_EQ(std::get<std::unique_ptr<Voice>>(opened)->language(), "es");
  EXPECT_EQ(std::get<std::unique_ptr<Voice>>(opened)->voice_name(), "es");

  testing::internal::CaptureStderr();
  auto refused = cli::open_voice("render", {"fr", ""}, spanish);
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "limber render: limber speaks English (en) and Español (es); there is no language "
            "\"fr\"\n");
  ASSERT_TRUE(std::holds_alternative<int>(refused));
  EXPECT_EQ(std::get<int>(refused), 2);
}

}  // namespace
}  // namespace limber::audio
