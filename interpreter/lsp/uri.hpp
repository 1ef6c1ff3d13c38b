#pragma once

// `file://` URIs as editors send them, and the paths the checker reads.

#include <string>
#include <string_view>

namespace limber::lsp {

// The path of a `file:` URI, percent-decoded; any other URI (`untitled:1`) is returned as it
// is, since it still names the document in diagnostics.
std::string path_of_uri(std::string_view uri);

// `file:///abs/path` for an absolute path, percent-encoding what a URI may not hold.
std::string uri_of_path(std::string_view path);

}  // namespace limber::lsp
