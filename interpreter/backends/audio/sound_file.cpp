#include "interpreter/backends/audio/sound_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sndfile.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <optional>
#include <system_error>

namespace limber::audio {

namespace fs = std::filesystem;

namespace {

// The folder a file is written in: its parent, or the working folder for a bare name.
fs::path folder_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

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

// Why `out` could not be written, from the system's error number, in words a therapist can
// act on (libsndfile's own read "System error : Permission denied.").
std::string reason(int error, const fs::path& out) {
  const fs::path folder = folder_of(out);
  switch (error) {
    case EACCES:
    case EPERM:
      return fmt::format("you may not write in the folder {}", folder.string());
    case EROFS:
      return fmt::format("the folder {} is on a read-only disk", folder.string());
    case ENOSPC:
    case EDQUOT:
      return "the disk is full: free some space on it, or write the file on another disk";
    case EFBIG:
      return "it would grow past the largest file this system allows (ulimit -f): raise the "
             "limit and render again";
    default: {
      std::string words = std::generic_category().message(error);
      if (!words.empty()) words[0] = static_cast<char>(std::tolower(words[0]));
      return words;
    }
  }
}

SoundFileError cannot_write(const fs::path& out, const std::string& why) {
  return SoundFileError(fmt::format("cannot write {}: {}", out.string(), why));
}

// Writes the timeline in blocks of a second, at `rate` (linear interpolation when it differs
// from the timeline's: speech and tones sit far below either rate's limit).
void write_blocks(SNDFILE* file, const Timeline& timeline, int rate, const fs::path& target,
                  const FrameWriter& write, const std::function<void(double)>& progress) {
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
    errno = 0;
    if (write(file, out.data(), count) != count) {
      const int error = errno;
      throw cannot_write(target, error != 0 ? reason(error, target) : sf_strerror(file));
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
  const fs::path folder = folder_of(out);
  if (!fs::is_directory(folder, ec)) {
    throw SoundFileError(
        fmt::format("cannot write {}: there is no folder {}", out.string(), folder.string()));
  }
}

std::int64_t libsndfile_frames(void* file, const float* frames, std::int64_t count) {
  return sf_writef_float(static_cast<SNDFILE*>(file), frames, count);
}

namespace {

void write_through_temporary(const Timeline& timeline, const fs::path& out,
                             const std::function<void(double)>& progress,
                             const FrameWriter& write) {
  const Format& format = format_for(out);
  const fs::path folder = folder_of(out);
  TemporaryFile temporary(folder /
                          fmt::format(".{}.{}.partial", out.filename().string(), getpid()));
  // Opened here rather than by libsndfile, so that a failure has the system's reason.
  const int fd = ::open(temporary.path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw cannot_write(out, reason(errno, out));
  SF_INFO info{};
  info.samplerate = format.rate;
  info.channels = 1;
  info.format = format.format;
  // The descriptor stays ours (closed below, whatever happens), so that a failed open in
  // libsndfile cannot leave it to be closed twice.
  struct Descriptor {
    int fd;
    ~Descriptor() { ::close(fd); }
  } descriptor{fd};
  SNDFILE* file = sf_open_fd(descriptor.fd, SFM_WRITE, &info, SF_FALSE);
  if (file == nullptr) {
    throw cannot_write(out,
                       fmt::format("libsndfile cannot start the file ({})", sf_strerror(nullptr)));
  }
  try {
    write_blocks(file, timeline, format.rate, out, write, progress);
  } catch (const SoundFileError&) {
    sf_close(file);
    throw;
  }
  // Finishing writes the headers (and an encoder's last frames): it can fail as writing can.
  errno = 0;
  if (sf_close(file) != 0 || ::fsync(descriptor.fd) != 0) {
    const int error = errno;
    throw cannot_write(out, error != 0 ? reason(error, out) : "the file could not be finished");
  }
  std::error_code ec;
  fs::rename(temporary.path(), out, ec);
  if (ec) throw cannot_write(out, reason(ec.value(), out));
  temporary.keep();
}

}  // namespace

void write_sound_file(const Timeline& timeline, const fs::path& out,
                      const std::function<void(double)>& progress, const FrameWriter& write) {
  check_output(out);
  // A file already under the name is only ever replaced whole, by the rename at the end: when
  // writing fails, the therapist is told that it is still there as it was.
  std::error_code ec;
  const bool replacing = fs::exists(out, ec);
  try {
    write_through_temporary(timeline, out, progress, write);
  } catch (const SoundFileError& e) {
    if (!replacing) throw;
    throw SoundFileError(
        fmt::format("{}. The {} that was there is unchanged", e.what(), out.filename().string()));
  }
}

}  // namespace limber::audio
