#pragma once

#include "interpreter/check/check.hpp"

namespace limber {

// An exercise that is unknown only because its library module is not used (`hold chin_tuck 10s`
// without `use neck`): rewrites its unknown-exercise error to say where the exercise is and to
// suggest the `use`. A name written with hyphens (`chin-tuck`) or with a typo (`chin_tuk`, when
// nothing in scope is close) is looked up too. The modules the program did not read are parsed
// only here, and only when some exercise is unknown, so a clean check never pays for them.
void hint_unused_modules(Program& program, const CheckOptions& options);

}  // namespace limber
