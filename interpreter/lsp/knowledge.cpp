#include "interpreter/lsp/knowledge.hpp"

namespace limber::lsp {

namespace {

template <typename Definition, typename Map>
Found<Definition> look_up(const std::vector<const Program*>& programs, std::string_view name,
                          Map Program::*member) {
  for (const Program* program : programs) {
    const auto& map = program->*member;
    if (const auto found = map.find(name); found != map.end()) return {&found->second, program};
  }
  return {};
}

}  // namespace

Knowledge::Knowledge(const Document& document, Workspace& workspace) {
  if (document.current->checked()) {
    document_ = &document.current->program();
  } else if (document.last_checked) {
    document_ = &document.last_checked->program();
  }
  if (document_ != nullptr) programs_.push_back(document_);
  programs_.push_back(&workspace.library());
}

Found<Exercise> Knowledge::exercise(std::string_view name) const {
  return look_up<Exercise>(programs_, name, &Program::exercises);
}

Found<Condition> Knowledge::condition(std::string_view name) const {
  return look_up<Condition>(programs_, name, &Program::conditions);
}

Found<Screen> Knowledge::screen(std::string_view name) const {
  return look_up<Screen>(programs_, name, &Program::screens);
}

}  // namespace limber::lsp
