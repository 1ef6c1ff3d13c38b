#pragma once

// The language's keywords as the reference (docs/language.md) describes them, one sentence
// each: what hover shows on a keyword and completion offers at the start of a statement.

#include <span>
#include <string_view>

namespace limber::lsp {

struct KeywordDoc {
  std::string_view word;      // as written; `each side` and `switch sides` are two words
  std::string_view synopsis;  // the form: `hold EX DUR [xN] [each side | on left | on right]`
  std::string_view sentence;  // what it does
  bool starts_statement = false;
};

std::span<const KeywordDoc> keyword_docs();

// The entry for a word under the cursor: `each` and `side` find `each side`, `switch` and
// `sides` find `switch sides`; null for a word that is not a keyword.
const KeywordDoc* keyword_doc(std::string_view word);

// `hold`, `reps` and `warmup`: the words an exercise's name follows.
bool is_dose_verb(std::string_view word);

}  // namespace limber::lsp
