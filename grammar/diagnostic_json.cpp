#include "grammar/diagnostic_json.hpp"

namespace limber {

nlohmann::json diagnostic_to_json(const SourceFile& source, const Diagnostic& d) {
  const Location start = source.location(d.span.begin);
  const Location end = source.location(d.span.end);
  nlohmann::json j = {{"severity", to_string(d.severity)},
                      {"code", d.code},
                      {"message", d.message},
                      {"file", source.name()},
                      {"line", start.line},
                      {"column", start.column},
                      {"end_line", end.line},
                      {"end_column", end.column}};
  j["suggestion"] = d.suggestion ? nlohmann::json(*d.suggestion) : nlohmann::json(nullptr);
  if (!d.help.empty()) j["help"] = d.help;
  return j;
}

nlohmann::json unreadable_file_to_json(std::string_view file, std::string_view code,
                                       std::string_view message) {
  return {{"severity", "error"}, {"code", code},          {"message", message},
          {"file", file},        {"line", nullptr},       {"column", nullptr},
          {"end_line", nullptr}, {"end_column", nullptr}, {"suggestion", nullptr}};
}

}  // namespace limber
