#pragma once

// Shared set-up of the fuzz targets (docs/robustness.md, "Fuzzing"). Each target defines the two
// libFuzzer entry points; the replay main (replaymain.cpp) calls the same ones in the gcc build.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace hostreview::fuzz {

/**
 * Prepares the process once: a QCoreApplication (the SQL driver and Qt's plugin loader want one),
 * logging switched off (a fuzzer calls the loaders millions of times) and the offscreen platform.
 */
void initialize(int *argc, char ***argv);

/** Returns the bytes libFuzzer handed over as a QByteArray, without copying them. */
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/**
 * Returns a path of this process's own where a target writes its input as a file: in /dev/shm when
 * there is one (no disk writes), in the system's temporary folder otherwise.
 */
QString scratchPath(const QString &suffix);

/** Writes `data` to `path`, replacing it; returns false when it cannot. */
bool writeScratch(const QString &path, const std::uint8_t *data, std::size_t size);

} // namespace hostreview::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
