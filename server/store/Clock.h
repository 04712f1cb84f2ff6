// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>

namespace store {

// The server's one source of time (UTC epoch seconds): token expiry, history times, tenure,
// monthly spend and credit due times all read it. With a fake clock, tests may move it forward
// (POST /api/v1/test/clock); it then runs on at real speed from the time set.
class Clock
{
public:
    explicit Clock(bool fake = false)
        : m_fake(fake)
    {
    }

    [[nodiscard]] std::int64_t now() const;
    [[nodiscard]] bool isFake() const { return m_fake; }
    // Moves a fake clock to `epochSeconds`. False when that is in the clock's past (forward only)
    // or the clock is real.
    bool moveTo(std::int64_t epochSeconds);

private:
    bool m_fake;
    std::atomic<std::int64_t> m_offsetSeconds{0};
};

} // namespace store
