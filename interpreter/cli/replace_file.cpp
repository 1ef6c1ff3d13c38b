#include "interpreter/cli/replace_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace limber::cli {

namespace {

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::optional<ReplaceFailure> replace_file(const std::filesystem::path& target,
                                           std::string_view text, mode_t new_file_mode) {
  std::string temp =
      (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return ReplaceFailure{true, std::strerror(errno)};

  // mkstemp creates the file readable by its owner only: keep the original's permissions.
  struct stat original {};
  const mode_t mode =
      ::stat(target.c_str(), &original) == 0 ? original.st_mode & 07777 : new_file_mode;
  bool ok = ::fchmod(fd, mode) == 0;
  ok = ok && write_all(fd, text) && ::fsync(fd) == 0;
  const int error = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && std::rename(temp.c_str(), target.c_str()) == 0) return std::nullopt;

  const std::string reason = std::strerror(ok ? errno : error);
  std::remove(temp.c_str());
  return ReplaceFailure{false, reason};
}

}  // namespace limber::cli
