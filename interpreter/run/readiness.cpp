#include "interpreter/run/readiness.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>
#include <variant>

#include "interpreter/backends/console/wrap.hpp"

namespace limber {

namespace {

class NeedsCollector {
 public:
  explicit NeedsCollector(const Program& program) : program_(program) {}

  RoutineNeeds collect(const RoutineRef& routine) {
    // `given` anywhere in the routine settles its condition before any question is asked.
    for (const auto& statement : *routine.statements) {
      if (const auto* given = std::get_if<ast::Given>(&statement.node)) {
        given_.insert(given->condition.text);
      }
    }
    walk(*routine.statements);
    return std::move(needs_);
  }

 private:
  void walk(const std::vector<ast::Statement>& statements) {
    for (const auto& statement : statements) {
      if (statement.unless) condition(statement.unless->text);
      if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
        exercise(dose->exercise.text);
      } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
        walk(section->body.statements);
      } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
        walk(repeat->body.statements);
      } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
        condition(branch->condition.text);
        walk(branch->then_body.statements);
        if (branch->else_body) walk(branch->else_body->statements);
      } else if (const auto* screen = std::get_if<ast::ScreenUse>(&statement.node)) {
        const auto found = program_.screens.find(screen->screen.text);
        if (found != program_.screens.end()) needs_.screen = &found->second;
      }
    }
  }

  void exercise(const std::string& name) {
    const auto found = program_.exercises.find(name);
    if (found == program_.exercises.end()) return;
    for (const auto& c : found->second.avoid_if) condition(c);
    if (found->second.alt && *found->second.alt != name) exercise(*found->second.alt);
  }

  void condition(const std::string& name) {
    if (given_.count(name) || !seen_.insert(name).second) return;
    const auto found = program_.conditions.find(name);
    if (found != program_.conditions.end()) needs_.conditions.push_back(&found->second);
  }

  const Program& program_;
  std::set<std::string> given_;
  std::set<std::string> seen_;
  RoutineNeeds needs_;
};

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto first = text.find_first_not_of(" \t\r");
  const auto last = text.find_last_not_of(" \t\r");
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

}  // namespace

RoutineNeeds needs_of(const Program& program, const std::string& routine) {
  for (const RoutineRef& ref : program.routines) {
    if (routine.empty() || ref.title == routine) return NeedsCollector(program).collect(ref);
  }
  return {};
}

std::optional<bool> StreamAsker::ask(std::string_view question) {
  for (;;) {
    // The answer is typed after "[y/n] " on the question's last line, so no newline follows.
    std::string asked = wrap_lines(std::string(question) + " [y/n]", width_);
    out_ << asked << ' ' << std::flush;
    std::string line;
    if (!std::getline(in_, line)) {
      out_ << '\n' << std::flush;
      return std::nullopt;
    }
    const std::string answer = lowered(line);
    if (answer == "y" || answer == "yes") return true;
    if (answer == "n" || answer == "no") return false;
    out_ << wrap_lines("Please answer y (yes) or n (no).\n", width_);
  }
}

void ask_conditions(const RoutineNeeds& needs, Asker& asker, PlanOptions& options) {
  for (const Condition* condition : needs.conditions) {
    if (options.when.count(condition->name) || options.unless.count(condition->name)) continue;
    const std::optional<bool> answer = asker.ask(condition->question);
    (answer.value_or(false) ? options.when : options.unless).insert(condition->name);
  }
}

ScreenResult ask_screen(const Screen& screen, Asker& asker) {
  for (const std::string& flag : screen.flags) {
    const std::optional<bool> answer = asker.ask(flag);
    if (!answer) return {ScreenOutcome::unanswered, ""};
    if (*answer) return {ScreenOutcome::red_flag, flag};
  }
  return {};
}

std::string red_flag_advice(const Screen& screen, std::string_view flag) {
  return fmt::format(
      "Stop: do not start this routine today.\n"
      "You answered yes to: {}\n"
      "That is one of the \"{}\". It can mean something that exercise will not help and should "
      "not wait. Please contact a doctor or another healthcare professional promptly, tell them "
      "what you noticed, and only go back to these exercises once they say it is safe.\n",
      flag, screen.title);
}

}  // namespace limber
