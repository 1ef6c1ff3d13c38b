#pragma once

#include <cstdio>

namespace limber::cli {

// Colour only on a terminal and never when NO_COLOR is set (https://no-color.org).
bool use_color(std::FILE* stream);

}  // namespace limber::cli
