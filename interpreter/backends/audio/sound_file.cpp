#include "interpreter/backends/audio/sound_file.hpp"

#include <fmt/format.h>
#include <sndfile.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace limber::audio {

namespace fs = std::filesystem;

namespace {

struct Format {
  std::string_view extension;
  int format;
  int rate;  // Opus encodes only at a few rates; the others keep the timeline's own
};

constexpr std::array<Format, 5> formats{{
    {".wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, sample_rate},
    {".flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, sample_rate},
    {".ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, sample_rate},
    {".opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000},
    {".mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, sample_rate},
}};

bool can_write(const Format& format) {
  SF_INFO info{};
  info.samplerate = format.rate;
  info.channels = 1;
  info.format = format.format;
  return sf_format_check(&info) == SF_TRUE;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
  }
  return out;
}

const Format& format_for(const fs::path& out) {
  const std::string extension = lower(out.extension().string());
  for (const Format& format : formats) {
    if (format.extension != extension) continue;
    if (can_write(format)) return format;
    throw SoundFileError(fmt::format(
        "cannot write {}: this machine's libsndfile cannot encode {} files; write {} instead",
        out.string(), extension, joined(writable_extensions())));
  }
  throw SoundFileError(fmt::format("cannot write {}: name the file with the format's extension: {}",
                                   out.string(), joined(writable_extensions())));
}

// Writes the timeline in blocks of a second, at `rate` (linear interpolation when it differs
// from the timeline's: speech and tones sit far below either rate's limit).
void write_blocks(SNDFILE* file, const Timeline& timeline, int rate,
                  const std::function<void(double)>& progress) {
  const std::int64_t total = timeline.total_samples();
  const std::int64_t frames = total * rate / sample_rate;
  const std::int64_t block = rate;
  std::vector<float> source;
  std::vector<float> out;
  for (std::int64_t first = 0; first < frames; first += block) {
    const std::int64_t count = std::min(block, frames - first);
    out.assign(static_cast<std::size_t>(count), 0.0F);
    if (rate == sample_rate) {
      timeline.mix_into(out, first);
    } else {
      // The source samples under this block, and one more for the interpolation.
      const double step = static_cast<double>(sample_rate) / rate;
      const auto from = static_cast<std::int64_t>(std::floor(first * step));
      const auto to = static_cast<std::int64_t>(std::floor((first + count) * step)) + 2;
      source.assign(static_cast<std::size_t>(to - from), 0.0F);
      timeline.mix_into(source, from);
      for (std::int64_t k = 0; k < count; ++k) {
        const double at = (first + k) * step - static_cast<double>(from);
        const auto i = static_cast<std::size_t>(at);
        const auto fraction = static_cast<float>(at - static_cast<double>(i));
        out[static_cast<std::size_t>(k)] = source[i] + (source[i + 1] - source[i]) * fraction;
      }
    }
    if (sf_writef_float(file, out.data(), count) != count) {
      throw SoundFileError(sf_strerror(file));
    }
    if (progress) progress(static_cast<double>(first + count) / static_cast<double>(frames));
  }
}

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(fs::path path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    std::error_code ec;
    if (!kept_) fs::remove(path_, ec);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const fs::path& path() const { return path_; }
  void keep() { kept_ = true; }

 private:
  fs::path path_;
  bool kept_ = false;
};

}  // namespace

std::vector<std::string> writable_extensions() {
  std::vector<std::string> extensions;
  for (const Format& format : formats) {
    if (can_write(format)) extensions.emplace_back(format.extension);
  }
  return extensions;
}

void check_output(const fs::path& out) {
  format_for(out);
  std::error_code ec;
  if (fs::is_directory(out, ec)) {
    throw SoundFileError(fmt::format("cannot write {}: it is a folder", out.string()));
  }
  const fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    throw SoundFileError(
        fmt::format("cannot write {}: there is no folder {}", out.string(), folder.string()));
  }
}

void write_sound_file(const Timeline& timeline, const fs::path& out,
                      const std::function<void(double)>& progress) {
  check_output(out);
  const Format& format = format_for(out);
  std::error_code ec;
  const fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
  TemporaryFile temporary(folder /
                          fmt::format(".{}.{}.partial", out.filename().string(), getpid()));
  SF_INFO info{};
  info.samplerate = format.rate;
  info.channels = 1;
  info.format = format.format;
  SNDFILE* file = sf_open(temporary.path().c_str(), SFM_WRITE, &info);
  if (file == nullptr) {
    throw SoundFileError(fmt::format("cannot write {}: {}", out.string(), sf_strerror(nullptr)));
  }
  try {
    write_blocks(file, timeline, format.rate, progress);
  } catch (const SoundFileError& e) {
    sf_close(file);
    throw SoundFileError(fmt::format("cannot write {}: {}", out.string(), e.what()));
  }
  if (sf_close(file) != 0) {
    throw SoundFileError(
        fmt::format("cannot write {}: the file could not be finished", out.string()));
  }
  fs::rename(temporary.path(), out, ec);
  if (ec) throw SoundFileError(fmt::format("cannot write {}: {}", out.string(), ec.message()));
  temporary.keep();
}

}  // namespace limber::audio
