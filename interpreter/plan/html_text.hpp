#pragma once

// Text into HTML: escaping, and filling the one handout template.

#include <map>
#include <string>
#include <string_view>

namespace limber {

// `text` with &, <, >, " and ' as character references, safe in content and in attributes.
std::string html_escape(std::string_view text);

// `templ` with every `{{name}}` replaced by `values.at(name)`, inserted as it is (the values
// are HTML already). A placeholder without a value, or a value without a placeholder, throws
// std::logic_error: the template and the code that fills it must agree.
std::string fill_template(std::string_view templ, const std::map<std::string, std::string>& values);

}  // namespace limber
