#pragma once

// JSON lines: one object per event, for other programs (a logger, a display, the tests).
// Fields: "event", "t_s", "late_ms" (on a real clock only), then the event's own fields.

#include <nlohmann/json.hpp>
#include <ostream>

#include "interpreter/run/backend.hpp"

namespace limber {

nlohmann::ordered_json event_to_json(const Event& event);

class JsonBackend : public Backend {
 public:
  explicit JsonBackend(std::ostream& out) : out_(out) {}
  void on_event(const Event& event) override;

 private:
  std::ostream& out_;
};

}  // namespace limber
