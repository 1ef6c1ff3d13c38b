#include "interpreter/run/event.hpp"

namespace limber {

std::string_view to_string(EventKind kind) {
  switch (kind) {
    case EventKind::routine_start:
      return "routine_start";
    case EventKind::acknowledge:
      return "acknowledge";
    case EventKind::skipped:
      return "skipped";
    case EventKind::replaced:
      return "replaced";
    case EventKind::section:
      return "section";
    case EventKind::exercise:
      return "exercise";
    case EventKind::side:
      return "side";
    case EventKind::round:
      return "round";
    case EventKind::rep:
      return "rep";
    case EventKind::countdown:
      return "countdown";
    case EventKind::switch_sides:
      return "switch_sides";
    case EventKind::rest:
      return "rest";
    case EventKind::say:
      return "say";
    case EventKind::done:
      return "done";
  }
  return "";
}

}  // namespace limber
