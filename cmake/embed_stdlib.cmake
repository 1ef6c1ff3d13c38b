# Writes OUTPUT, a C++ file holding every `.limber` file of STDLIB_DIR as bytes, so the limber
# binary carries its standard library (Wren's wren_core.wren.inc does the same). Run by CMake
# at build time whenever a library file changes.
file(GLOB modules RELATIVE "${STDLIB_DIR}" "${STDLIB_DIR}/*.limber")
list(SORT modules)
set(entries "")
set(arrays "")
set(index 0)
foreach(module IN LISTS modules)
  string(REGEX REPLACE "\\.limber$" "" name "${module}")
  file(READ "${STDLIB_DIR}/${module}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND arrays "const char module_${index}[] = {${bytes} 0};\n")
  string(APPEND entries "    {\"${name}\", std::string_view(module_${index}, ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from stdlib/*.limber by cmake/embed_stdlib.cmake: do not edit.
#include \"interpreter/check/embedded_stdlib.hpp\"

namespace limber {
namespace {
${arrays}}  // namespace

std::span<const EmbeddedModule> embedded_stdlib() {
  static const EmbeddedModule modules[] = {
${entries}  };
  return modules;
}

}  // namespace limber
")
# Only touch the output when it changed, so an unchanged library rebuilds nothing.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
