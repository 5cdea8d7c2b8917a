#include "linereader.h"

#include <simdjson.h>

#include <QFileInfo>

#include <cstring>

namespace hostreview::core::import {

static_assert(LineReader::kPadding >= simdjson::SIMDJSON_PADDING, "the line buffer must satisfy simdjson's padding");

LineReader::LineReader()
    : m_buf(kChunkBytes + kMaxLineBytes + kPadding, '\0')
{
}

Result<void> LineReader::open(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(name, QStringLiteral("cannot open: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    if (m_size == 0)
        return fail(name, QStringLiteral("the file is empty: nothing to import"));
    if (!refill())
        return fail(name, QStringLiteral("cannot read: %1").arg(m_readError));

    const std::size_t probe = std::min(m_end, kProbeBytes);
    const char *data = m_buf.data();
    if (probe >= 2 && static_cast<unsigned char>(data[0]) == 0x1f && static_cast<unsigned char>(data[1]) == 0x8b)
        return fail(name, QStringLiteral("is gzip-compressed: decompress it first (gunzip -k)"));
    if (const void *nul = std::memchr(data, '\0', probe))
        return fail(name, QStringLiteral("is not a text log: NUL byte at offset %1 (binary or corrupted file)")
                              .arg(static_cast<const char *>(nul) - data));
    // Validate whole lines only: the block may end inside a multi-byte character.
    std::size_t checked = probe;
    if (probe < m_end) {
        const void *lastNl = nullptr;
        for (std::size_t i = probe; i > 0; --i)
            if (data[i - 1] == '\n') {
                lastNl = data + i;
                break;
            }
        if (lastNl)
            checked = std::size_t(static_cast<const char *>(lastNl) - data);
    }
    if (!simdjson::validate_utf8(data, checked))
        return fail(name, QStringLiteral("is not UTF-8 text: invalid UTF-8 in the first %1 bytes").arg(checked));
    return {};
}

bool LineReader::refill()
{
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    const std::size_t room = m_buf.size() - kPadding - m_end;
    const std::size_t want = std::min(room, kChunkBytes);
    if (want == 0)
        return true;
    const qint64 got = m_file.read(m_buf.data() + m_end, qint64(want));
    if (got < 0) {
        m_readError = m_file.errorString();
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += std::size_t(got);
    std::memset(m_buf.data() + m_end, 0, kPadding);
    return true;
}

bool LineReader::next(std::string_view &line)
{
    m_tooLong = false;
    m_unterminated = false;
    for (;;) {
        const char *start = m_buf.data() + m_pos;
        const void *nl = std::memchr(start, '\n', m_end - m_pos);
        if (nl) {
            const char *stop = static_cast<const char *>(nl);
            const std::size_t consumed = std::size_t(stop - start) + 1;
            m_pos += consumed;
            m_consumed += qint64(consumed);
            ++m_lineNumber;
            if (stop > start && stop[-1] == '\r')
                --stop;
            line = std::string_view(start, std::size_t(stop - start));
            return true;
        }
        if (m_end - m_pos > kMaxLineBytes) {
            // Skip the over-long line up to its newline, chunk by chunk.
            m_consumed += qint64(m_end - m_pos);
            m_pos = m_end = 0;
            for (;;) {
                if (!refill() || m_eof) {
                    ++m_lineNumber;
                    m_tooLong = true;
                    line = {};
                    return m_readError.isEmpty();
                }
                const void *nl2 = std::memchr(m_buf.data(), '\n', m_end);
                if (nl2) {
                    const std::size_t consumed = std::size_t(static_cast<const char *>(nl2) - m_buf.data()) + 1;
                    m_pos = consumed;
                    m_consumed += qint64(consumed);
                    ++m_lineNumber;
                    m_tooLong = true;
                    line = {};
                    return true;
                }
                m_consumed += qint64(m_end);
                m_end = 0;
            }
        }
        if (m_eof) {
            if (m_pos == m_end)
                return false;
            const std::size_t len = m_end - m_pos;
            line = std::string_view(start, len);
            m_consumed += qint64(len);
            m_pos = m_end;
            ++m_lineNumber;
            m_unterminated = true;
            return true;
        }
        if (!refill())
            return false;
    }
}

} // namespace hostreview::core::import
