#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace Steward::Demo {

/** The demo data's random numbers: xoshiro256** seeded through splitmix64, with every
 *  distribution computed here rather than by the standard library, whose distributions
 *  differ between implementations. The same seed gives the same numbers on every platform.
 *
 *  Each generated row draws from its own stream, forRow(seed, stream, index), so a row can
 *  be regenerated on its own (a retried transaction, or another table that needs the row's
 *  facts) and the tables do not depend on the order they are written in. */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix(x);
    }

    /** Stream @p stream (see streamId()) of row @p index under @p seed. */
    static DemoRandom forRow(quint64 seed, quint64 stream, quint64 index)
    {
        return DemoRandom(seed * 0x9E3779B97F4A7C15ULL ^ stream ^ (index * 0xD1B54A32D192ED03ULL) ^
                          (index >> 29));
    }

    /** A stable 64-bit id for a stream name (FNV-1a). */
    static constexpr quint64 streamId(std::string_view name)
    {
        quint64 hash = 0xcbf29ce484222325ULL;
        for (const char c : name) {
            hash ^= quint8(c);
            hash *= 0x100000001b3ULL;
        }
        return hash;
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, @p bound); 0 when @p bound is not positive. Scaling 53 random bits
     *  is exact enough for any bound demo data uses. */
    qint64 below(qint64 bound)
    {
        if (bound <= 0)
            return 0;
        return std::min<qint64>(bound - 1, qint64(unit() * double(bound)));
    }
    /** Uniform in [@p low, @p high]. */
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    /** Uniform in [0, 1). */
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

    /** A value in [0, @p count) skewed towards 0: index = count * u^exponent. An exponent
     *  of 1 is uniform; 3 puts about half the picks in the first tenth. */
    qint64 skewed(qint64 count, double exponent)
    {
        if (count <= 0)
            return 0;
        return std::min<qint64>(count - 1, qint64(double(count) * std::pow(unit(), exponent)));
    }

    /** Standard normal (Box-Muller). */
    double normal()
    {
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /** Log-normal around @p median with spread @p sigma (0.5 is moderate, 1 is wide). */
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    /** Index into @p weights chosen in proportion to the weights. */
    template <typename Weights> int weighted(const Weights &weights)
    {
        qint64 total = 0;
        for (const auto w : weights)
            total += w;
        qint64 r = below(total);
        int index = 0;
        for (const auto w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace Steward::Demo
