// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <chrono>

namespace store {

namespace {
std::int64_t realNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

std::int64_t Clock::now() const
{
    return realNow() + m_offsetSeconds.load();
}

bool Clock::moveTo(std::int64_t epochSeconds)
{
    if (!m_fake)
        return false;
    std::int64_t offset = m_offsetSeconds.load();
    for (;;) {
        if (epochSeconds < realNow() + offset)
            return false;
        if (m_offsetSeconds.compare_exchange_weak(offset, epochSeconds - realNow()))
            return true;
    }
}

} // namespace store
