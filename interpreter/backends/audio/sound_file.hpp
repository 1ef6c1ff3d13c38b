#pragma once

// A Timeline written to a sound file with libsndfile, the format chosen by the extension:
// .wav and .flac (16-bit), .ogg (Vorbis), .opus (Opus in Ogg, at 48 kHz) and .mp3 where the
// installed libsndfile can encode it. Written to a temporary file beside the output and renamed
// into place at the end, so a failure never leaves a partial file under the asked-for name.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "interpreter/backends/audio/timeline.hpp"

namespace limber::audio {

// The output cannot be written; the message names the file and what to do.
struct SoundFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The extensions limber writes and that this machine's libsndfile can encode.
std::vector<std::string> writable_extensions();

// Throws SoundFileError when `out` cannot be written (an extension limber cannot encode, no
// such folder, a folder in its place): checked before any work, and again by the writer.
void check_output(const std::filesystem::path& out);

// Writes `count` samples to the open file (libsndfile's SNDFILE*, opaque here) and returns how
// many it wrote, leaving errno set when it wrote fewer: sf_writef_float, or in a test one that
// fails midway (a full disk is hard to come by on demand).
using FrameWriter = std::function<std::int64_t(void* file, const float*, std::int64_t count)>;
std::int64_t libsndfile_frames(void* file, const float* frames, std::int64_t count);

// Throws SoundFileError, whose message names the file and the reason in plain words ("you may
// not write in the folder …", "the disk is full"). `progress` is told the fraction written.
void write_sound_file(const Timeline& timeline, const std::filesystem::path& out,
                      const std::function<void(double)>& progress = {},
                      const FrameWriter& write = libsndfile_frames);

}  // namespace limber::audio
