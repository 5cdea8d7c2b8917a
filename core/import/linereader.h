#pragma once

#include "../result.h"

#include <QFile>
#include <QString>

#include <cstddef>
#include <string_view>
#include <vector>

namespace hostreview::core::import {

/**
 * Reads a text file line by line in fixed chunks (never the whole file), so memory stays constant
 * whatever the file's size. Lines are returned without their "\n" (and "\r"); every line handed out
 * is followed in memory by at least kPadding readable bytes, as simdjson requires.
 */
class LineReader {
public:
    static constexpr std::size_t kChunkBytes = std::size_t(4) << 20;   ///< bytes read per call
    static constexpr std::size_t kMaxLineBytes = std::size_t(1) << 20; ///< longer lines are skipped
    static constexpr std::size_t kPadding = 64;                        ///< ≥ SIMDJSON_PADDING
    static constexpr std::size_t kProbeBytes = 64 * 1024;              ///< first block checked for binary data

    LineReader();

    /**
     * Opens `path` and checks its first block: an empty file, NUL bytes, gzip data or invalid
     * UTF-8 are refused with a message naming the file.
     */
    Result<void> open(const QString &path);

    /**
     * Returns the next line in `line`; false at the end of the file or on a read error (see
     * error()). A line longer than kMaxLineBytes is returned empty with tooLong() set.
     */
    bool next(std::string_view &line);

    qint64 lineNumber() const { return m_lineNumber; }   ///< 1-based number of the last line returned
    qint64 bytesDone() const { return m_consumed; }      ///< bytes of the file consumed so far
    qint64 size() const { return m_size; }               ///< file size in bytes
    bool tooLong() const { return m_tooLong; }            ///< the last line exceeded kMaxLineBytes
    bool unterminated() const { return m_unterminated; }  ///< the last line had no final newline
    const QString &readError() const { return m_readError; }

    /** Returns how many bytes are allocated from `p` (inside the buffer) to the buffer's end. */
    std::size_t capacityFrom(const char *p) const { return std::size_t(m_buf.data() + m_buf.size() - p); }

private:
    bool refill();

    QFile m_file;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    bool m_tooLong = false;
    bool m_unterminated = false;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    QString m_readError;
};

} // namespace hostreview::core::import
