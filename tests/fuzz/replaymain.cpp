// The replay driver of the ordinary (gcc) build: links against one fuzz target instead of libFuzzer
// and runs its seed corpus, then deterministic mutations of it, for a bounded number and time, so
// that every CTest run exercises the targets without clang (docs/robustness.md, "Fuzzing").
//
//   fuzz_replay_<target> [--mutations N] [--seconds S] CORPUS...
//
// CORPUS is a file or a folder (read recursively). A crash, sanitizer report or abort in the target
// fails the test; otherwise the driver prints what it ran and exits 0.

#include "fuzzsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

/** xorshift64* (Vigna, "An experimental exploration of Marsaglia's xorshift generators", 2016). */
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed ? seed : 1) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(next() % n); }

private:
    quint64 m_state;
};

/** Tokens that matter to the parsers under test: JSON syntax, edge numbers, SQLite header bytes. */
const std::array<std::string, 22> kTokens = {
    "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "0", "1e309", "-0", "NaN",
    "9223372036854775808", "\"\\u0000\"", "\"\\ud800\"", "\xff\xfe", "\n", "SQLite format 3", "%", "\\"};

std::vector<char> mutate(const std::vector<char> &seed, const std::vector<std::vector<char>> &corpus, Random &random)
{
    std::vector<char> out = seed;
    const int steps = 1 + int(random.below(4));
    for (int s = 0; s < steps; ++s) {
        const std::size_t at = random.below(out.size() + 1);
        switch (random.below(7)) {
        case 0: // flip one bit
            if (!out.empty())
                out[random.below(out.size())] ^= char(1u << random.below(8));
            break;
        case 1: // overwrite a byte with an edge value
            if (!out.empty())
                out[random.below(out.size())] = std::array<char, 6>{0, char(0xff), 0x7f, char(0x80), '"', '9'}[random.below(6)];
            break;
        case 2: { // delete a range
            const std::size_t n = std::min(out.size() - std::min(at, out.size()), 1 + random.below(64));
            out.erase(out.begin() + qsizetype(at), out.begin() + qsizetype(at + n));
            break;
        }
        case 3: { // duplicate a range in place
            if (out.empty())
                break;
            const std::size_t from = random.below(out.size());
            const std::size_t n = std::min(out.size() - from, 1 + random.below(256));
            const std::vector<char> chunk(out.begin() + qsizetype(from), out.begin() + qsizetype(from + n));
            out.insert(out.begin() + qsizetype(at), chunk.begin(), chunk.end());
            break;
        }
        case 4: { // insert a token
            const std::string &t = kTokens[random.below(kTokens.size())];
            out.insert(out.begin() + qsizetype(at), t.begin(), t.end());
            break;
        }
        case 5: { // splice in a piece of another seed
            const std::vector<char> &other = corpus[random.below(corpus.size())];
            if (other.empty())
                break;
            const std::size_t from = random.below(other.size());
            const std::size_t n = std::min(other.size() - from, 1 + random.below(512));
            out.insert(out.begin() + qsizetype(at), other.begin() + qsizetype(from), other.begin() + qsizetype(from + n));
            break;
        }
        default: // truncate
            out.resize(at);
            break;
        }
    }
    return out;
}

void run(const std::vector<char> &input)
{
    // A copy of exactly the input's size, so that ASan catches a read one byte past the end.
    std::unique_ptr<std::uint8_t[]> copy(new std::uint8_t[std::max<std::size_t>(input.size(), 1)]);
    std::memcpy(copy.get(), input.data(), input.size());
    LLVMFuzzerTestOneInput(copy.get(), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    long mutations = 3000;
    double seconds = 20;
    std::vector<std::vector<char>> corpus;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--mutations") && i + 1 < argc) {
            mutations = std::atol(argv[++i]);
            continue;
        }
        if (arg == QLatin1String("--seconds") && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
            continue;
        }
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << arg;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            corpus.emplace_back(data.begin(), data.end());
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: %s [--mutations N] [--seconds S] CORPUS...\n", argv[0]);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    for (const auto &seed : corpus)
        run(seed);
    Random random(0x9E3779B97F4A7C15ULL);
    long done = 0;
    for (; done < mutations && timer.elapsed() < qint64(seconds * 1000); ++done)
        run(mutate(corpus[random.below(corpus.size())], corpus, random));
    std::printf("replay: %zu seeds and %ld of %ld mutations in %.1f s, no crash\n", corpus.size(), done, mutations,
                double(timer.elapsed()) / 1000.0);
    return 0;
}
