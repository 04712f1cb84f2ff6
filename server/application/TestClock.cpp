// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestClock.h"

#include "Clock.h"
#include "DomainError.h"

namespace application {

TestClock::TestClock(store::Clock &clock)
    : m_clock(clock)
{
}

bool TestClock::enabled() const
{
    return m_clock.isFake();
}

void TestClock::moveTo(std::int64_t now)
{
    if (!m_clock.moveTo(now))
        throw domain::Error(domain::ErrorCode::ValidationFailed, "the clock moves forward only");
    for (const auto &catchUp : m_catchUps)
        catchUp();
}

void TestClock::onMoved(std::function<void()> catchUp)
{
    m_catchUps.push_back(std::move(catchUp));
}

} // namespace application
