// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace store {
class Clock;
} // namespace store

namespace application {

// --fake-clock: tests move the server's time forward (API.md). Whatever runs on time (credit
// expiry, housekeeping) has registered to catch up before the move is answered.
class TestClock
{
public:
    explicit TestClock(store::Clock &clock);

    [[nodiscard]] bool enabled() const;
    // ValidationFailed when `now` is in the clock's past (forward only).
    void moveTo(std::int64_t now);
    void onMoved(std::function<void()> catchUp);

private:
    store::Clock &m_clock;
    std::vector<std::function<void()>> m_catchUps;
};

} // namespace application
