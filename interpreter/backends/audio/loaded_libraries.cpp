// The sound libraries (espeak-ng, PortAudio, libsndfile) are loaded when a command first
// speaks, plays or writes sound, not when limber starts. Linked the ordinary way, they bring 33
// more shared libraries with them (PulseAudio, JACK, ALSA, X11, D-Bus, the codecs…), and loading
// and relocating those took 5 of the 7 ms that `limber check` on a small file needed, for a
// command that never makes a sound.
//
// Each function limber calls is defined here under its own name, with the library's own
// declaration, so that the code calling it is written as if the library were linked: on first
// use it finds the real function with dlsym and calls it from then on.

#include <dlfcn.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <portaudio.h>
#include <sndfile.h>

#include <stdexcept>
#include <string>

namespace {

// The library's file name (its soname, which CMake reads from the library found at configure
// time), opened once.
void* open_library(const char* soname) {
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    throw std::runtime_error(std::string("cannot load the sound library ") + soname + ": " +
                             (why != nullptr ? why : "unknown error") +
                             " (reinstall it, or run tools/install-deps.sh)");
  }
  return handle;
}

void* espeak_ng_library() {
  static void* const handle = open_library(LIMBER_ESPEAK_NG_SONAME);
  return handle;
}
void* portaudio_library() {
  static void* const handle = open_library(LIMBER_PORTAUDIO_SONAME);
  return handle;
}
void* sndfile_library() {
  static void* const handle = open_library(LIMBER_SNDFILE_SONAME);
  return handle;
}

template <typename Function>
Function real(void* library, const char* name) {
  void* found = dlsym(library, name);
  if (found == nullptr) {
    throw std::runtime_error(std::string("the sound library has no function ") + name +
                             " (it may be too old: reinstall it)");
  }
  return reinterpret_cast<Function>(found);
}

}  // namespace

// `REAL(library, name)`: the library's own `name`, found once.
#define REAL(library, name) \
  static const auto real_##name = real<decltype(&::name)>(library##_library(), #name)

extern "C" {

// ---- PortAudio: live playback

PaError Pa_Initialize(void) {
  REAL(portaudio, Pa_Initialize);
  return real_Pa_Initialize();
}
PaError Pa_Terminate(void) {
  REAL(portaudio, Pa_Terminate);
  return real_Pa_Terminate();
}
const char* Pa_GetErrorText(PaError code) {
  REAL(portaudio, Pa_GetErrorText);
  return real_Pa_GetErrorText(code);
}
PaDeviceIndex Pa_GetDefaultOutputDevice(void) {
  REAL(portaudio, Pa_GetDefaultOutputDevice);
  return real_Pa_GetDefaultOutputDevice();
}
const PaDeviceInfo* Pa_GetDeviceInfo(PaDeviceIndex device) {
  REAL(portaudio, Pa_GetDeviceInfo);
  return real_Pa_GetDeviceInfo(device);
}
PaError Pa_IsFormatSupported(const PaStreamParameters* input, const PaStreamParameters* output,
                             double rate) {
  REAL(portaudio, Pa_IsFormatSupported);
  return real_Pa_IsFormatSupported(input, output, rate);
}
PaError Pa_OpenStream(PaStream** stream, const PaStreamParameters* input,
                      const PaStreamParameters* output, double rate, unsigned long frames,
                      PaStreamFlags flags, PaStreamCallback* callback, void* user_data) {
  REAL(portaudio, Pa_OpenStream);
  return real_Pa_OpenStream(stream, input, output, rate, frames, flags, callback, user_data);
}
const PaStreamInfo* Pa_GetStreamInfo(PaStream* stream) {
  REAL(portaudio, Pa_GetStreamInfo);
  return real_Pa_GetStreamInfo(stream);
}
PaError Pa_StartStream(PaStream* stream) {
  REAL(portaudio, Pa_StartStream);
  return real_Pa_StartStream(stream);
}
PaError Pa_AbortStream(PaStream* stream) {
  REAL(portaudio, Pa_AbortStream);
  return real_Pa_AbortStream(stream);
}
PaError Pa_CloseStream(PaStream* stream) {
  REAL(portaudio, Pa_CloseStream);
  return real_Pa_CloseStream(stream);
}

// ---- espeak-ng: speech

const char* espeak_Info(const char** path_data) {
  REAL(espeak_ng, espeak_Info);
  return real_espeak_Info(path_data);
}
const espeak_VOICE** espeak_ListVoices(espeak_VOICE* voice_spec) {
  REAL(espeak_ng, espeak_ListVoices);
  return real_espeak_ListVoices(voice_spec);
}
espeak_ERROR espeak_SetParameter(espeak_PARAMETER parameter, int value, int relative) {
  REAL(espeak_ng, espeak_SetParameter);
  return real_espeak_SetParameter(parameter, value, relative);
}
void espeak_SetSynthCallback(t_espeak_callback* callback) {
  REAL(espeak_ng, espeak_SetSynthCallback);
  real_espeak_SetSynthCallback(callback);
}
void espeak_ng_ClearErrorContext(espeak_ng_ERROR_CONTEXT* context) {
  REAL(espeak_ng, espeak_ng_ClearErrorContext);
  real_espeak_ng_ClearErrorContext(context);
}
int espeak_ng_GetSampleRate(void) {
  REAL(espeak_ng, espeak_ng_GetSampleRate);
  return real_espeak_ng_GetSampleRate();
}
void espeak_ng_GetStatusCodeMessage(espeak_ng_STATUS status, char* buffer, size_t length) {
  REAL(espeak_ng, espeak_ng_GetStatusCodeMessage);
  real_espeak_ng_GetStatusCodeMessage(status, buffer, length);
}
espeak_ng_STATUS espeak_ng_Initialize(espeak_ng_ERROR_CONTEXT* context) {
  REAL(espeak_ng, espeak_ng_Initialize);
  return real_espeak_ng_Initialize(context);
}
espeak_ng_STATUS espeak_ng_InitializeOutput(espeak_ng_OUTPUT_MODE mode, int buffer_length,
                                            const char* device) {
  REAL(espeak_ng, espeak_ng_InitializeOutput);
  return real_espeak_ng_InitializeOutput(mode, buffer_length, device);
}
void espeak_ng_InitializePath(const char* path) {
  REAL(espeak_ng, espeak_ng_InitializePath);
  real_espeak_ng_InitializePath(path);
}
espeak_ng_STATUS espeak_ng_SetVoiceByName(const char* name) {
  REAL(espeak_ng, espeak_ng_SetVoiceByName);
  return real_espeak_ng_SetVoiceByName(name);
}
espeak_ng_STATUS espeak_ng_Synthesize(const void* text, size_t size, unsigned int position,
                                      espeak_POSITION_TYPE position_type, unsigned int end_position,
                                      unsigned int flags, unsigned int* unique_identifier,
                                      void* user_data) {
  REAL(espeak_ng, espeak_ng_Synthesize);
  return real_espeak_ng_Synthesize(text, size, position, position_type, end_position, flags,
                                   unique_identifier, user_data);
}

// ---- libsndfile: sound files

SNDFILE* sf_open_fd(int fd, int mode, SF_INFO* info, int close_desc) {
  REAL(sndfile, sf_open_fd);
  return real_sf_open_fd(fd, mode, info, close_desc);
}
int sf_format_check(const SF_INFO* info) {
  REAL(sndfile, sf_format_check);
  return real_sf_format_check(info);
}
sf_count_t sf_writef_float(SNDFILE* file, const float* frames, sf_count_t count) {
  REAL(sndfile, sf_writef_float);
  return real_sf_writef_float(file, frames, count);
}
const char* sf_strerror(SNDFILE* file) {
  REAL(sndfile, sf_strerror);
  return real_sf_strerror(file);
}
int sf_close(SNDFILE* file) {
  REAL(sndfile, sf_close);
  return real_sf_close(file);
}

}  // extern "C"
