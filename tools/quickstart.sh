#!/usr/bin/env bash
# Builds limber and shows it at work on a routine from examples/: a newcomer's first minute.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh build
cmake --preset release -DLIMBER_TESTS=OFF >/dev/null
cmake --build --preset release --target limber

routine=examples/spine-mobility.limber
echo
echo "\$ build/limber check $routine"
build/limber check "$routine"
echo
echo "\$ build/limber plan $routine"
build/limber plan "$routine"
# A guided session at 60 times the speed (about 16 s). The one condition and the screening
# checklist are answered here, so nothing waits for input; a patient's run asks them. A
# demonstration is not a patient's session, so it is kept out of the session log.
echo
echo "\$ build/limber run --speed 60 --unless flare_up --screened --no-log $routine"
build/limber run --speed 60 --unless flare_up --screened --no-log "$routine"
# The same session as a sound file a phone can play: spoken cues and tones on the plan's timeline.
echo
echo "\$ build/limber render --unless flare_up $routine -o spine-mobility.wav"
build/limber render --unless flare_up "$routine" -o spine-mobility.wav
echo "wrote spine-mobility.wav"
