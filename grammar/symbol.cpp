#include "grammar/symbol.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <vector>

namespace limber {

namespace {

// Texts are found by number in chunks of a fixed size that never move, so that reading one needs
// no lock while another thread interns; the table of chunks is zero until used (it costs no
// memory then). Nothing here is zeroed when it is allocated: only the entries and bytes written
// are ever read, and a page never written is never faulted in, which at start-up is most of the
// cost (docs/benchmarks.md, "Start-up is page faults").
constexpr std::uint32_t chunk_bits = 12;
constexpr std::uint32_t chunk_size = 1u << chunk_bits;
constexpr std::uint32_t max_chunks = 1u << 16;  // 268 million distinct texts
constexpr std::size_t block_size = 64 * 1024;

// A kept text; unlike std::string_view, it has no constructor that would write every entry.
struct Kept {
  const char* data;
  std::uint32_t size;
  std::string_view view() const { return {data, size}; }
};
Kept* chunks[max_chunks];  // NOLINT: one table for the process

// The table's lock: held for one lookup, and now and then an insert, so a thread that finds it
// taken spins until it is free rather than sleeping. Threads parsing the two halves of a large
// file take it tens of thousands of times; with a mutex each collision put a thread to sleep in
// the kernel and woke it again, a quarter of the parse's time on the clock.
class SpinLock {
 public:
  void lock() {
    for (int tries = 0; taken_.exchange(true, std::memory_order_acquire); ++tries) {
      while (taken_.load(std::memory_order_relaxed)) {
        // The holder may have lost its core: after a while, let it have this one.
        if (++tries > 1000) std::this_thread::yield();
      }
    }
  }
  void unlock() { taken_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> taken_{false};
};

struct Interner {
  SpinLock lock;
  std::unordered_map<std::string_view, std::uint32_t> ids;  // views into `blocks`
  std::vector<std::unique_ptr<char[]>> blocks;              // the texts, never freed
  std::vector<std::unique_ptr<Kept[]>> chunk_storage;
  char* free = nullptr;  // the unused end of the last block
  std::size_t free_size = 0;
  std::uint32_t count = 1;  // number 0 is the empty text, which needs no entry

  std::string_view store(std::string_view text) {
    if (text.size() > free_size) {
      const std::size_t size = std::max(block_size, text.size());
      blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
      free = blocks.back().get();
      free_size = size;
    }
    std::memcpy(free, text.data(), text.size());
    const std::string_view stored(free, text.size());
    free += text.size();
    free_size -= text.size();
    return stored;
  }

  std::uint32_t add(std::string_view text) {
    if (count == chunk_size * max_chunks) {
      throw std::length_error("more distinct names and values than limber can keep");
    }
    const std::uint32_t id = count++;
    Kept*& chunk = chunks[id >> chunk_bits];
    if (chunk == nullptr) {
      chunk_storage.push_back(std::make_unique_for_overwrite<Kept[]>(chunk_size));
      chunk = chunk_storage.back().get();
    }
    const std::string_view stored = store(text);
    chunk[id & (chunk_size - 1)] = {stored.data(), static_cast<std::uint32_t>(stored.size())};
    ids.emplace(stored, id);
    return id;
  }
};

// Never destroyed: trees (and so symbols) may still be read while statics are torn down.
Interner& interner() {
  static Interner* const instance = new Interner;
  return *instance;
}

}  // namespace

namespace {

// The texts a thread interned lately, by their hash: a tree repeats a few hundred spellings
// hundreds of thousands of times, and these are found without the lock (which threads parsing
// the pieces of one file would otherwise take turns at) and without the table's lookup. A slot
// holds only the number (0: empty), its text read from the chunks: the cache is thread-local
// storage, which the loader zeroes for the main thread at start-up, page by page (8 KiB here,
// not 32 KiB).
constexpr std::size_t recent_slots = 2048;
thread_local std::uint32_t recent[recent_slots];  // NOLINT: one small cache per thread

// Which slot of `recent` a text has: eight bytes at a time, multiplied in and folded (names
// and values are a few bytes, some texts a few dozen), where std::hash's MurmurHash was a third
// of interning one.
std::size_t recent_slot(std::string_view text) {
  constexpr std::uint64_t mix = 0x9E3779B97F4A7C15ull;
  std::uint64_t hash = text.size();
  const char* at = text.data();
  std::size_t left = text.size();
  for (; left >= 8; at += 8, left -= 8) {
    std::uint64_t eight;
    std::memcpy(&eight, at, 8);
    hash = (hash ^ eight) * mix;
    hash ^= hash >> 29;
  }
  std::uint64_t rest = 0;
  for (std::size_t i = 0; i < left; ++i)
    rest |= std::uint64_t{static_cast<unsigned char>(at[i])} << (8 * i);
  hash = (hash ^ rest) * mix;
  return static_cast<std::size_t>(hash ^ hash >> 32) & (recent_slots - 1);
}

}  // namespace

Symbol::Symbol(std::string_view text) {
  if (text.empty()) return;
  std::uint32_t& slot = recent[recent_slot(text)];
  if (slot != 0) {
    // The entry was written before this thread took the number under the lock.
    const Kept kept = chunks[slot >> chunk_bits][slot & (chunk_size - 1)];
    if (kept.size == text.size() && std::memcmp(kept.data, text.data(), text.size()) == 0) {
      id_ = slot;
      return;
    }
  }
  Interner& table = interner();
  const std::lock_guard held(table.lock);
  const auto found = table.ids.find(text);
  id_ = found != table.ids.end() ? found->second : table.add(text);
  slot = id_;
}

std::size_t Symbol::kept() {
  Interner& table = interner();
  const std::lock_guard held(table.lock);
  return table.count - 1;
}

std::string_view Symbol::view() const {
  if (id_ == 0) return {};
  return chunks[id_ >> chunk_bits][id_ & (chunk_size - 1)].view();
}

}  // namespace limber
